/**
 * Where the CPU of a request goes, by process: our service and the HTTP limit, each answering one query
 * of the bench's mix under load, on a Neo4j already seeded with the bench's dataset of that size:
 *
 *   npx tsx tools/bench/cpu-per-request.ts --neo4j-uri URI [--size 10k] [--seed 42]
 *     [--queries entity-nested-2,shortest-path] [--rounds 3] [--seconds 6] [--connections 8] [--warmup 3]
 *     [--no-build]
 *
 * Each round runs ours, then the limit (the order alternating), each after `--warmup` seconds of the
 * same load, as the bench warms up. One second left our first round of a fresh process up to 2.2 times as
 * costly per request as its later rounds (code not yet optimised by V8); after 3 s it was still 1.4
 * times as costly in one run, so compare later rounds, or give a longer `--warmup`. It
 * prints req/s, p50 and the CPU time per request of the service (ours or the limit), of Neo4j's JVM and
 * of this process (the load generator), read from /proc (Linux). Why: with 8 clients on two cores
 * shared by all three, req/s and p50 follow whichever process takes the CPU, and CPU per request says
 * which it is; our p50 against the limit's is a comparison of services only where Neo4j's share is the
 * same. The Neo4j process is the one listening on the URI's port. A script, not a test.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { parseSize } from '../generate/index.js';
import { buildBenchChildren, startChildService, type ChildService } from './child-service.js';
import { httpSamples, resultOf } from './http-load.js';
import { QUERIES } from './queries.js';
import { graphFor, samplesOf } from './samples.js';

const { values } = parseArgs({
  options: {
    'neo4j-uri': { type: 'string' },
    size: { type: 'string', default: '10k' },
    seed: { type: 'string', default: '42' },
    queries: { type: 'string', default: 'entity-nested-2,shortest-path' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '6' },
    connections: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
  },
});
const uri = values['neo4j-uri'];
if (!uri)
  throw new Error('--neo4j-uri bolt://HOST:PORT of a Neo4j seeded with the bench dataset (password bench)');
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const warmupSeconds = Number(values.warmup);
if (!(warmupSeconds >= 0)) throw new Error(`--warmup: seconds, 0 or more (got ${values.warmup})`);
const seed = Number(values.seed);
const samples = samplesOf(graphFor(parseSize(values.size!), seed), seed);
const mix = values.queries!.split(',').map((name) => {
  const query = QUERIES.find((candidate) => candidate.name === name);
  if (!query) throw new Error(`--queries: no query ${name} (${QUERIES.map((q) => q.name).join(', ')})`);
  return query;
});

/** The pid listening on the URI's port: Neo4j's JVM (`ss` from iproute2). */
function listenerOf(boltUri: string): number {
  const port = new URL(boltUri.replace(/^bolt/, 'http')).port;
  const line = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(line)?.[1];
  if (!pid) throw new Error(`no process of this user listens on port ${port}`);
  return Number(pid);
}

/** User and system CPU time of a process so far, in ms (/proc/PID/stat, clock ticks of 10 ms). */
async function cpuMs(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

if (!values['no-build']) buildBenchChildren();
const neo4jPid = listenerOf(uri);
const ours = await startChildService('service-process.ts', ['neo4j', uri], 4096);
const limit = await startChildService(
  'limits/serve-http-limit.ts',
  [uri, JSON.stringify(samples)],
  4096,
  '/',
);
const targets: { name: string; service: ChildService; bodies: (query: (typeof mix)[number]) => string[] }[] =
  [
    {
      name: 'ours',
      service: ours,
      bodies: (query) => Array.from({ length: 64 }, (_, i) => JSON.stringify(query.ours(samples, i))),
    },
    {
      name: 'HTTP limit',
      service: limit,
      bodies: (query) => Array.from({ length: 64 }, (_, i) => JSON.stringify({ query: query.name, i })),
    },
  ];

try {
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  console.log(`npx tsx tools/bench/cpu-per-request.ts ${process.argv.slice(2).join(' ')}`);
  console.log(
    `commit ${commit}; ${new Date().toISOString()}; node ${process.version}; ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `${values.size} graph, ${connections} clients, ${seconds} s per run after ${warmupSeconds} s of warm-up, ${rounds} rounds`,
  );
  for (const query of mix) {
    for (let round = 1; round <= rounds; round++) {
      const order = round % 2 === 1 ? targets : [...targets].reverse();
      for (const target of order) {
        const { pid } = target.service;
        const load = (durationSeconds: number) =>
          httpSamples({
            url: target.service.url,
            bodies: target.bodies(query),
            connections,
            durationSeconds,
          });
        await load(warmupSeconds);
        const before = [await cpuMs(pid), await cpuMs(neo4jPid), await cpuMs(process.pid)];
        const result = resultOf(await load(seconds));
        const after = [await cpuMs(pid), await cpuMs(neo4jPid), await cpuMs(process.pid)];
        if (result.non2xx + result.graphqlErrors + result.errors > 0) {
          throw new Error(`${target.name} ${query.name}: errors ${JSON.stringify(result)}`);
        }
        const [service, database, generator] = after.map((ms, index) =>
          ((ms - before[index]!) / result.requests).toFixed(2),
        );
        console.log(
          `${query.name} round ${round} ${target.name}: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms; CPU ms per request: service ${service}, Neo4j ${database}, load ${generator}`,
        );
      }
    }
  }
} finally {
  await ours.stop();
  await limit.stop();
}
process.exit(0);
