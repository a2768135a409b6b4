/**
 * THE HTTP LIMIT in its own process: the least any HTTP service can cost on top of the database. A bare
 * `node:http` server that, for each POST `{"query": NAME, "i": N}`, runs the plain driver's hand-written
 * Cypher for that query and sample (tools/bench/queries.ts) as an auto-commit read, post-processes it as the
 * in-process limit does (the export serialises GEXF), and writes the rows as JSON. No GraphQL, no
 * Express, no validation, no logging: `node dist/tools/bench/limits/serve-http-limit.js URI
 * SAMPLES_JSON`, compiled as our service is (see buildBenchChildren).
 * Sends `ready` with its URL and memory over IPC, like the other bench services.
 */
import { createServer, type IncomingMessage } from 'node:http';
import neo4j from 'neo4j-driver';
import { writeGexf } from '../../../src/export/index.js';
import { subgraphFrom } from '../../../src/store/neo4j/neo4j-records.js';
import { QUERIES, type Samples } from '../queries.js';

const [uri, samplesJson] = process.argv.slice(2) as [string, string];
const samples = JSON.parse(samplesJson) as Samples;
const started = performance.now();
const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'bench'), {
  disableLosslessIntegers: true,
  maxConnectionPoolSize: 50,
});

/** The same 64 statements per query that the in-process driver loop cycles through. */
const statements = new Map(
  QUERIES.map((query) => [query.name, Array.from({ length: 64 }, (_, i) => query.driver(samples, i))]),
);
const postProcess: Record<string, (rows: Record<string, unknown>[]) => unknown> = {
  'export-gexf': (rows) => ({ content: writeGexf(subgraphFrom(rows[0]!)) }),
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const server = createServer((request, response) => {
  void (async () => {
    try {
      const { query, i } = JSON.parse(await readBody(request)) as { query: string; i: number };
      const statement = statements.get(query)?.[i % 64];
      if (!statement) {
        response
          .writeHead(400, { 'content-type': 'application/json' })
          .end('{"errors":[{"message":"unknown query"}]}');
        return;
      }
      const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
      let rows: Record<string, unknown>[];
      try {
        rows = (await session.run(statement.cypher, statement.params)).records.map((record) =>
          record.toObject(),
        );
      } finally {
        await session.close();
      }
      const data = postProcess[query]?.(rows) ?? rows;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (error) {
      response
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  })();
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  const memory = () => ({ rssMb: Math.round(process.memoryUsage().rss / 1048576) });
  process.send!({
    type: 'ready',
    url: `http://127.0.0.1:${address.port}/`,
    startMs: Math.round(performance.now() - started),
    ...memory(),
  });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stats') process.send!({ type: 'stats', storeCalls: 0, ...memory() });
    if (message.type === 'stop') server.close(() => void driver.close().then(() => process.exit(0)));
  });
});
