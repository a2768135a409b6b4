/**
 * THE PEER in its own process: the Neo4j GraphQL Library with tools/bench/peer/type-defs.graphql over the
 * same Neo4j, served by Apollo Server standalone on 127.0.0.1 (a free port):
 * `node dist/tools/bench/peer/serve-peer.js URI` (see buildBenchChildren).
 * Sends `ready` with its URL and memory over IPC.
 */
import { readFile } from 'node:fs/promises';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const uri = process.argv[2]!;
const started = performance.now();
const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'bench'), { maxConnectionPoolSize: 50 });
// Compiled into dist/tools/bench/peer/ (see buildBenchChildren), where the type definitions are not.
const typeDefs = await readFile(
  new URL(
    import.meta.url.endsWith('.js')
      ? '../../../../tools/bench/peer/type-defs.graphql'
      : './type-defs.graphql',
    import.meta.url,
  ),
  'utf8',
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
const memory = () => ({ rssMb: Math.round(process.memoryUsage().rss / 1048576) });
process.send!({ type: 'ready', url, startMs: Math.round(performance.now() - started), ...memory() });
process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') process.send!({ type: 'stats', storeCalls: 0, ...memory() });
  if (message.type === 'stop')
    void server
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0));
});
