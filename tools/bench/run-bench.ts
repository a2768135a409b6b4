/**
 * `npm run bench -- [--sizes 10k,100k] [--stores embedded,neo4j] [--duration 10] [--connections 8]
 * [--seed 42] [--work DIR] [--neo4j-uri URI | SIZE=URI,…] [--latency-duration 5] [--turns 3] [--warmup 3]
 * [--append FILE.json]`: for each size and store, generates the dataset, starts
 * what is needed (a local Neo4j on a free port with a temp home, seeded with `npm run seed`), runs the
 * fixed query mix over HTTP with autocannon, the plain driver (THE LIMIT) and the Neo4j GraphQL
 * Library (THE PEER) on the same Neo4j, and writes tools/bench/results/. A script, not a test.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { writeGexf } from '../../src/export/index.js';
import { parseSize, writeDataset } from '../generate/index.js';
import { subgraphFrom } from '../../src/store/neo4j/neo4j-records.js';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/launch.js';
import { buildBenchChildren, startChildService, type ChildService } from './child-service.js';
import { driverSamples } from './driver-loop.js';
import { httpLoad, httpSamples, postOnce, resultOf, type LoadResult } from './http-load.js';
import { QUERIES, type Samples } from './queries.js';
import { writeReports, type BenchResults, type ResultRow } from './report.js';
import { graphFor, samplesOf } from './samples.js';
import { measureInTurns, type Turn } from './turns.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10k,100k' },
    stores: { type: 'string', default: 'embedded,neo4j' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '8' },
    /** Seconds of the one-client latency pass (0 skips it). */
    'latency-duration': { type: 'string', default: '5' },
    seed: { type: 'string', default: '42' },
    work: { type: 'string', default: path.join(os.tmpdir(), 'yrd-bench') },
    /** A running, seeded Neo4j: one URI for every size, or `SIZE=URI,…` per size (sizes without one start their own). */
    'neo4j-uri': { type: 'string' },
    /** Results of an earlier run to add this run's to (e.g. a size measured on its own). */
    append: { type: 'string' },
    /** Only these queries of the mix (comma-separated names), e.g. to re-measure one after a fix. */
    queries: { type: 'string' },
    /** Name of the report: tools/bench/results/NAME.md and DATE-SIZES-NAME.json (default latest.md). */
    report: { type: 'string' },
    'heap-mb': { type: 'string', default: '12000' },
    /** Largest size Neo4j is benchmarked at (seeding is the slow part). */
    'neo4j-max': { type: 'string', default: '1M' },
    /** Seconds each target runs each query per round of the Neo4j warm-up (0 skips it; see warmNeo4j). */
    warmup: { type: 'string', default: '3' },
    /** Turns each Neo4j target takes per query and pass, sharing --duration (see measureInTurns). */
    turns: { type: 'string', default: '3' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const latencyDuration = Number(values['latency-duration']);
/** Each query is measured under load (`connections` clients) and, unloaded, by one client at a time. */
const passes = [
  { connections, durationSeconds: duration },
  ...(latencyDuration > 0 && connections !== 1 ? [{ connections: 1, durationSeconds: latencyDuration }] : []),
];
const warmupSeconds = Number(values.warmup);
const turnRounds = Number(values.turns);
/** Rounds of the Neo4j warm-up: at least three, then until every target's figures settle. */
const WARMUP_ROUNDS = { min: 3, max: 8, settledWithin: 0.05 };
/** Turns each target of the trivial operation takes per pass (see measureTrivial). */
const TRIVIAL_TURNS = 5;

const seed = Number(values.seed);
const heapMb = Number(values['heap-mb']);
const stores = values.stores!.split(',');
const log = (text: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`);

const mix = values.queries
  ? QUERIES.filter((query) => values.queries!.split(',').includes(query.name))
  : QUERIES;
if (mix.length === 0) throw new Error(`--queries names none of: ${QUERIES.map((q) => q.name).join(', ')}`);
const results: BenchResults = {
  date: new Date().toISOString(),
  commit: commitOf(),
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  machine: machineInfo(),
  settings: {
    durationSeconds: duration,
    connections,
    latencyPass: latencyDuration > 0 ? `1 connection for ${latencyDuration} s` : 'off',
    seed,
    nodeHeapMb: heapMb,
    neo4jWarmup:
      warmupSeconds > 0
        ? `the mix on every target, ${warmupSeconds} s each per round, until every target's figures settle (${WARMUP_ROUNDS.min}–${WARMUP_ROUNDS.max} rounds)`
        : 'off',
    neo4jTurns: `on Neo4j, ours, the driver, the HTTP limit and the peer take ${turnRounds} turns of ${(duration / turnRounds).toFixed(2)} s each per query and pass (the order rotating), after 1 s each unmeasured; each row pools its turns' latencies`,
    neo4jMemory:
      'a Neo4j the bench starts: heap 1 GB and page cache 1 GB below 1M entities, 3 GB and 6 GB from 1M',
  },
  loading: [],
  rows: [],
  notes: [
    'Other work may have shared these 2 cores during the run (see the load average at start), so absolute numbers are pessimistic and noisy; ratios measured back to back are the more meaningful.',
    'The load generator (autocannon) and the plain-driver loop run in the bench process; each service runs in its own process; Neo4j in its own JVM — all on the same 2 cores.',
    'Our service, the HTTP limit, hello-world and the peer run compiled by tsc (tsconfig.bench.json), as `npm start` runs the service; runs before 4 December 2026 ran them under tsx, which cost our service 9% to 16% more CPU per request on the embedded store.',
  ],
  peerCannot: Object.fromEntries(mix.filter((q) => !q.peer).map((q) => [q.name, q.why ?? ''])),
  roundTripChecks: [],
};
if (values.append) {
  // One report for runs that had to be split (a size on a Neo4j seeded beforehand, for example).
  const earlier = JSON.parse(await readFile(values.append, 'utf8')) as BenchResults;
  results.command = `${earlier.command}; then ${results.command}`;
  results.loading.unshift(...earlier.loading);
  results.rows.unshift(...earlier.rows);
  results.roundTripChecks.unshift(...earlier.roundTripChecks);
  results.notes.push(`Appended to the run of ${earlier.date} (${values.append}).`);
}

buildBenchChildren();
for (const sizeText of values.sizes!.split(',')) {
  const size = parseSize(sizeText);
  const graph = graphFor(size, seed);
  const samples = samplesOf(graph, seed);
  const directory = path.join(values.work!, `n${size}-s${seed}`);
  // writeDataset writes JSON Lines; a directory from before it (YAML) is generated again.
  if (!existsSync(path.join(directory, 'relationships.jsonl'))) {
    const started = performance.now();
    await writeDataset({ graph, seed, out: directory });
    results.loading.push({
      size: sizeText,
      what: 'generate',
      seconds: (performance.now() - started) / 1000,
      entitiesPerSecond: size / ((performance.now() - started) / 1000),
      relationshipsPerSecond: graph.relationshipCount / ((performance.now() - started) / 1000),
    });
  }
  for (const store of stores) {
    if (store === 'embedded') {
      log(`${sizeText}: embedded store`);
      const service = await startChildService('service-process.ts', ['embedded', directory], heapMb);
      const seconds = Number(service.ready['startMs']) / 1000;
      results.loading.push({
        size: sizeText,
        what: 'embedded start (loadDataset + createEmbeddedStore + service)',
        seconds,
        entitiesPerSecond: size / seconds,
        relationshipsPerSecond: graph.relationshipCount / seconds,
        detail: `loadDataset ${service.ready['loadMs']} ms; RSS ${service.ready['rssMb']} MB, heap ${service.ready['heapUsedMb']} MB`,
      });
      for (const query of mix) {
        for (const pass of passes) {
          await measure(service, sizeText, 'embedded', query.name, bodiesOf(query.ours, samples), pass);
        }
      }
      await checkRoundTrips(service, sizeText, 'embedded', samples);
      await service.stop();
      continue;
    }
    if (size > parseSize(values['neo4j-max']!)) {
      log(`${sizeText}: Neo4j skipped (--neo4j-max ${values['neo4j-max']})`);
      continue;
    }
    let local: LocalNeo4j | null = null;
    let uri = neo4jUriFor(sizeText);
    if (!uri) {
      log(`${sizeText}: starting Neo4j`);
      local = await startLocalNeo4j({
        homeDir: path.join(values.work!, `neo4j-n${size}-${Date.now()}`),
        // A 1M graph (4.5 GB of store) is seeded with a 3 GB heap and read from a page cache that holds it.
        pageCacheMb: size >= 1_000_000 ? 6144 : 1024,
        heapMb: size >= 1_000_000 ? 3072 : 1024,
        transactionTimeoutSeconds: 120,
      });
      uri = local.uri;
      await seedNeo4j(uri, directory, sizeText, size, graph.relationshipCount);
    }
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'bench'), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
    });
    const [component] = (
      await driver.executeQuery(
        'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
      )
    ).records;
    results.machine['neo4j'] =
      `${component?.get('name')} ${component?.get('version')} ${component?.get('edition')}`;
    try {
      // Ours, the limit and the peer answer each query back to back, so noise on a shared machine
      // falls on all three alike.
      log(`${sizeText}: our service on Neo4j, the plain driver and the peer (@neo4j/graphql)`);
      const service = await startChildService('service-process.ts', ['neo4j', uri], heapMb);
      const peer = await startChildService('peer/serve-peer.ts', [uri], heapMb, '/');
      const httpLimit = await startChildService(
        'limits/serve-http-limit.ts',
        [uri, JSON.stringify(samples)],
        heapMb,
        '/',
      );
      await warmNeo4j(sizeText, samples, { service, driver, httpLimit, peer });
      for (const query of mix) {
        for (const pass of passes) {
          await compareInTurns(sizeText, query, samples, pass, { service, driver, httpLimit, peer });
        }
      }
      await measureTrivial(service, sizeText);
      await checkRoundTrips(service, sizeText, 'neo4j', samples);
      await httpLimit.stop();
      await peer.stop();
      await service.stop();
    } finally {
      await driver.close();
      await local?.stop();
    }
  }
  await writeReports(results, path.join(import.meta.dirname, 'results'), values.report);
}
const files = await writeReports(results, path.join(import.meta.dirname, 'results'), values.report);
log(`wrote ${files.join(', ')}`);
process.exit(0);

type Pass = (typeof passes)[number];

function bodiesOf(
  operation: (samples: Samples, i: number) => { query: string; variables: Record<string, unknown> },
  samples: Samples,
): string[] {
  return Array.from({ length: 64 }, (_, i) => JSON.stringify(operation(samples, i)));
}

/** What the HTTP limit is sent for a query: its name and the sample index, nothing to parse but JSON. */
function limitBodiesOf(name: string): string[] {
  return Array.from({ length: 64 }, (_, i) => JSON.stringify({ query: name, i }));
}

/**
 * A trivial operation, `{ __typename }`, on our service against Apollo's standalone hello-world and our
 * own `/health` (no GraphQL at all): what the hot path costs before any store call. The three take
 * TRIVIAL_TURNS turns (see measureInTurns) and each row pools its target's turns: a request takes a
 * tenth of a millisecond, so one run's figure moves with whatever else the machine does in those
 * seconds (one run of 2 December 2026 gave 0.63× and 1.12× of hello-world for the same build at two
 * sizes). Why pooled and not the median round of each: on 3 December five rounds of each gave
 * ours/hello-world 0.79 to 0.92 round by round, while the machine slowed by a third over the half
 * minute; the median of each target came from different rounds, and their ratio was 0.79.
 */
async function measureTrivial(service: ChildService, size: string): Promise<void> {
  const hello = await startChildService('limits/serve-hello-world.ts', [], heapMb, '/');
  const trivial = [JSON.stringify({ query: '{ __typename }' })];
  const health = service.url.replace(/\/graphql$/, '/health');
  for (const pass of passes) {
    const load = (url: string, bodies: string[], method: 'GET' | 'POST') => (seconds: number) =>
      httpSamples({ url, bodies, method, connections: pass.connections, durationSeconds: seconds });
    const before = await service.stats();
    const measured = await measureInTurns<ResultRow['target']>(
      [
        { target: 'neo4j', load: load(service.url, trivial, 'POST') },
        { target: 'hello', load: load(hello.url, trivial, 'POST') },
        { target: 'health', load: load(health, [], 'GET') },
      ],
      // Turns as long as a query's (--duration shared by --turns), more of them.
      { rounds: TRIVIAL_TURNS, secondsEach: pass.durationSeconds / turnRounds, primeSeconds: 1 },
    );
    const after = await service.stats();
    pushTurnRows(
      measured,
      { size, query: 'trivial', connections: pass.connections, turns: TRIVIAL_TURNS },
      {
        storeCallsPerRequest:
          (after.storeCalls - before.storeCalls) / Math.max(1, measured.get('neo4j')?.requests ?? 0),
        rssBeforeMb: before.rssMb,
        rssAfterMb: after.rssMb,
      },
    );
  }
  await hello.stop();
}

/** Round trips whatever the page size: the nested query with first 1, 10 and 100, one request each. */
async function checkRoundTrips(
  service: ChildService,
  size: string,
  target: 'embedded' | 'neo4j',
  samples: Samples,
): Promise<void> {
  for (const first of [1, 10, 100]) {
    const body = JSON.stringify(QUERIES[0]!.ours(samples, 0)).replaceAll('first: 10', `first: ${first}`);
    const before = await service.stats();
    await postOnce(service.url, body);
    const after = await service.stats();
    results.roundTripChecks.push({
      size,
      target,
      query: 'entity-nested-2',
      first,
      storeCalls: after.storeCalls - before.storeCalls,
    });
  }
}

/**
 * Waits until Neo4j runs nothing but this check: a transaction from the previous measurement (a client
 * that gave up does not stop the server's work) would otherwise be charged to the next one.
 */
async function waitForQuietNeo4j(driver: Driver): Promise<void> {
  const until = performance.now() + 60_000;
  while (performance.now() < until) {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS running",
      {},
      { database: 'neo4j' },
    );
    if (Number(records[0]?.get('running') ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  log('  Neo4j still busy after 60 s; measuring anyway');
}

/**
 * Runs the whole mix untimed until Neo4j is warm: each query on our service, the driver loop, the HTTP
 * limit and the peer (each sends its own statements, so each has its own code paths to compile), round
 * after round until the geometric mean of every target's throughput on every query moves less than 5%
 * from one round to the next. Why: a JVM fresh from start-up and seeding runs Cypher slowly until its
 * JIT has compiled the hot paths. Measured on 3 December 2026 on the 10k graph, 8 clients: the driver
 * loop's nested query gave 885 req/s in the first minute after seeding and 2,895 on a Neo4j that had
 * run for minutes, and our service 191 and 918. Why every target: the run of 3 December stopped when
 * the driver's figures settled, after three rounds at 10k, and measured our nested query at 504 req/s;
 * the same build on a Neo4j that had run the mix for some minutes more served 710 to 1,363.
 */
async function warmNeo4j(sizeText: string, samples: Samples, targets: Neo4jTargets): Promise<void> {
  if (warmupSeconds <= 0) return;
  const started = performance.now();
  let previous: number | null = null;
  for (let round = 1; round <= WARMUP_ROUNDS.max; round++) {
    const throughputs: number[] = [];
    for (const query of mix) {
      for (const turn of neo4jTurnsOf(query, samples, connections, targets)) {
        throughputs.push(resultOf(await turn.load(warmupSeconds)).throughput);
      }
    }
    const mean = Math.exp(
      throughputs.reduce((sum, value) => sum + Math.log(Math.max(value, 0.01)), 0) / throughputs.length,
    );
    log(`${sizeText}: warm-up round ${round}: the geometric mean of every target's req/s ${mean.toFixed(1)}`);
    const settled = previous !== null && Math.abs(mean - previous) / previous < WARMUP_ROUNDS.settledWithin;
    if (round >= WARMUP_ROUNDS.min && settled) break;
    previous = mean;
  }
  results.loading.push({
    size: sizeText,
    what: `neo4j warm-up (the mix on every target, ${warmupSeconds} s each, until every target's figures settle)`,
    seconds: (performance.now() - started) / 1000,
    entitiesPerSecond: null,
    relationshipsPerSecond: null,
  });
}

/** What the driver loop runs for a query: its 64 statements, and the export's GEXF writing. */
function driverLoadOf(driver: Driver, query: (typeof QUERIES)[number], samples: Samples, workers: number) {
  const statements = Array.from({ length: 64 }, (_, i) => query.driver(samples, i));
  const post =
    query.name === 'export-gexf'
      ? (rows: Record<string, unknown>[]) => writeGexf(subgraphFrom(rows[0]!))
      : undefined;
  return { driver, statements, ...(post ? { post } : {}), workers };
}

/** What a query is measured on with Neo4j: our service, the driver, the HTTP limit and the peer. */
interface Neo4jTargets {
  service: ChildService;
  driver: Driver;
  httpLimit: ChildService;
  peer: ChildService;
}

/**
 * How each Neo4j target is loaded with one query, for the warm-up and the measurement alike: ours, the
 * driver loop, the HTTP limit, and the peer where it can express the query.
 */
function neo4jTurnsOf(
  query: (typeof QUERIES)[number],
  samples: Samples,
  connections: number,
  { service, driver, httpLimit, peer }: Neo4jTargets,
): Turn<ResultRow['target']>[] {
  const overHttp = (url: string, bodies: string[]) => (seconds: number) =>
    httpSamples({ url, bodies, connections, durationSeconds: seconds });
  return [
    { target: 'neo4j', load: overHttp(service.url, bodiesOf(query.ours, samples)) },
    {
      target: 'driver',
      load: (seconds) =>
        driverSamples({ ...driverLoadOf(driver, query, samples, connections), durationSeconds: seconds }),
    },
    { target: 'http-limit', load: overHttp(httpLimit.url, limitBodiesOf(query.name)) },
    ...(query.peer
      ? [{ target: 'peer' as const, load: overHttp(peer.url, bodiesOf(query.peer, samples)) }]
      : []),
  ];
}

/**
 * One query on Neo4j: ours, the plain driver, the HTTP limit and the peer (where it can express the
 * query) take turns (see measureInTurns), `rounds` each, and each row pools its target's turns. Store
 * calls per request count every request our service answered here, primed or measured.
 */
async function compareInTurns(
  size: string,
  query: (typeof QUERIES)[number],
  samples: Samples,
  pass: Pass,
  targets: Neo4jTargets,
): Promise<void> {
  const { service, driver, httpLimit, peer } = targets;
  await checkAnswers(service, 'neo4j', query.name, bodiesOf(query.ours, samples));
  await checkAnswers(httpLimit, 'http-limit', query.name, limitBodiesOf(query.name));
  if (query.peer) await checkAnswers(peer, 'peer', query.name, bodiesOf(query.peer, samples));
  const rssBefore = (await service.stats()).rssMb;
  const counted = { storeCalls: 0, requests: 0 };
  const turns = neo4jTurnsOf(query, samples, pass.connections, targets).map((turn) =>
    turn.target !== 'neo4j'
      ? turn
      : {
          ...turn,
          load: async (seconds: number) => {
            const before = await service.stats();
            const run = await turn.load(seconds);
            counted.storeCalls += (await service.stats()).storeCalls - before.storeCalls;
            counted.requests += run.latencies.length;
            return run;
          },
        },
  );
  const measured = await measureInTurns(turns, {
    rounds: turnRounds,
    secondsEach: pass.durationSeconds / turnRounds,
    primeSeconds: 1,
    beforeTurn: () => waitForQuietNeo4j(driver),
  });
  pushTurnRows(
    measured,
    { size, query: query.name, connections: pass.connections, turns: turnRounds },
    {
      storeCallsPerRequest: counted.storeCalls / Math.max(1, counted.requests),
      rssBeforeMb: rssBefore,
      rssAfterMb: (await service.stats()).rssMb,
    },
  );
}

/** A row per target of measureInTurns; ours (`neo4j`) carries its store calls and RSS, the driver 1 call. */
function pushTurnRows(
  measured: Map<ResultRow['target'], LoadResult>,
  row: { size: string; query: string; connections: number; turns: number },
  ours: { storeCallsPerRequest: number; rssBeforeMb: number; rssAfterMb: number },
): void {
  for (const [target, result] of measured) {
    const mine = target === 'neo4j';
    results.rows.push({
      ...result,
      ...row,
      target,
      storeCallsPerRequest: mine ? ours.storeCallsPerRequest : target === 'driver' ? 1 : null,
      rssBeforeMb: mine ? ours.rssBeforeMb : null,
      rssAfterMb: mine ? ours.rssAfterMb : null,
    });
    log(
      `  ${target} ${row.query} ×${row.connections} (${row.turns} turns): ${result.throughput} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.non2xx}/${result.graphqlErrors}/${result.errors}`,
    );
  }
}

/** Sends a few of the bodies once and logs any answer that is not a 200 with data and no errors. */
async function checkAnswers(
  service: ChildService,
  target: string,
  name: string,
  bodies: string[],
): Promise<void> {
  for (const body of bodies.slice(0, 3)) {
    const { status, json } = await postOnce(service.url, body);
    if (status !== 200 || json['errors'] || !json['data']) {
      log(`  ${target} ${name}: BAD ANSWER ${status} ${JSON.stringify(json).slice(0, 400)}`);
    }
  }
}

async function measure(
  service: ChildService,
  size: string,
  target: ResultRow['target'],
  name: string,
  bodies: string[],
  pass: Pass,
  method: 'GET' | 'POST' = 'POST',
): Promise<ResultRow> {
  // Verify answers on a sample before loading: 200, data present, no errors.
  if (method === 'POST') await checkAnswers(service, target, name, bodies);
  await httpLoad({ url: service.url, bodies, method, connections: pass.connections, durationSeconds: 1 });
  const before = await service.stats();
  const result = await httpLoad({ url: service.url, bodies, method, ...pass });
  const after = await service.stats();
  const counted = target === 'embedded' || target === 'neo4j';
  const perRequest = counted ? (after.storeCalls - before.storeCalls) / Math.max(1, result.requests) : null;
  const row: ResultRow = {
    ...result,
    size,
    target,
    query: name,
    connections: pass.connections,
    storeCallsPerRequest: perRequest,
    rssBeforeMb: before.rssMb,
    rssAfterMb: after.rssMb,
  };
  results.rows.push(row);
  log(
    `  ${target} ${name} ×${pass.connections}: ${result.throughput} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.non2xx}/${result.graphqlErrors}/${result.errors}, store calls/req ${perRequest?.toFixed(2) ?? '–'}`,
  );
  return row;
}

async function seedNeo4j(
  uri: string,
  directory: string,
  sizeText: string,
  size: number,
  relationships: number,
): Promise<void> {
  log(`${sizeText}: seeding with npm run seed`);
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${heapMb}`, '--import', 'tsx', 'src/cli/seed.ts', '--dataset', directory],
      {
        env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: 'bench' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let text = '';
    child.stdout.on('data', (chunk) => (text += String(chunk)));
    child.stderr.on('data', (chunk) => (text += String(chunk).replace(/\r/g, '\n')));
    child.once('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`seed failed:\n${text.slice(-2000)}`)),
    );
  });
  const seconds = (performance.now() - started) / 1000;
  const readLine = output.split('\n').find((line) => line.startsWith('Read ')) ?? '';
  const loadedLine = output.split('\n').find((line) => line.startsWith('Loaded ')) ?? '';
  const importSeconds = Number(/in ([\d.]+) s:/.exec(loadedLine)?.[1] ?? seconds);
  results.loading.push({
    size: sizeText,
    what: 'neo4j seed (npm run seed: loadDataset + import)',
    seconds,
    entitiesPerSecond: size / importSeconds,
    relationshipsPerSecond: relationships / importSeconds,
    detail: `${readLine.trim()} Import alone ${importSeconds} s (rates are for the import alone).`,
  });
  log(`  seeded in ${seconds.toFixed(1)} s (import ${importSeconds} s)`);
}

/** The commit measured, so every row of tools/bench/results/ can be traced to the code that made it. */
function commitOf(): string {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'src', 'tools/bench', 'tools/generate', 'schema'],
      {
        encoding: 'utf8',
      },
    ).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function machineInfo(): Record<string, unknown> {
  const java = (() => {
    try {
      return execFileSync('java', ['-version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }).split('\n')[0];
    } catch (error) {
      return String((error as { stderr?: string }).stderr ?? '').split('\n')[0];
    }
  })();
  return {
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    java: java || execJavaVersion(),
    loadAverageAtStart: os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' '),
  };
}

function execJavaVersion(): string {
  const result = spawnSyncSafe();
  return result;
}

function spawnSyncSafe(): string {
  try {
    return execFileSync('sh', ['-c', 'java -version 2>&1 | head -1'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** The `--neo4j-uri` for a size: the one URI given, or the one named for the size in `SIZE=URI,…`. */
function neo4jUriFor(sizeText: string): string | undefined {
  const option = values['neo4j-uri'];
  if (!option?.includes('=')) return option;
  const pairs = option.split(',').map((pair) => pair.split('=') as [string, string]);
  return pairs.find(([size]) => parseSize(size) === parseSize(sizeText))?.[1];
}
