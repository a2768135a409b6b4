/**
 * A bounded load test of the GraphQL API with a realistic mix of operations (autocannon).
 *
 *   npm run load -- --url http://127.0.0.1:4000 --duration 20 --connections 10
 *   npm run load                      # starts the service itself on the embedded store, then stops it
 *   npm run load -- --store neo4j     # starts a local Neo4j (tools/neo4j), seeds it, serves from it
 *
 * Loopback only unless --allow-remote. Bounded by --duration (≤ 300 s) and --max-requests. Reports
 * throughput, latency percentiles, non-2xx answers and GraphQL errors (from the response bodies and
 * from the server's `graphql_errors_total`), and the server's resident memory before and after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEFAULT_DATASET_DIR } from '../../src/config.js';
import { loadDataset } from '../../src/dataset/index.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/launch.js';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The mix: each connection sends these in turn, so each is an equal share of the load. */
const OPERATIONS: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'EntityWithRelationships',
    query: `query EntityWithRelationships($id: ID!) { entity(id: $id) { id name description
      relationships(first: 20) { edges { direction other { id name kind }
        node { type evidence { quote section } } } } } }`,
    variables: { id: 'city:wenzhou' },
  },
  {
    name: 'Search',
    query: 'query Search($q: String!) { search(query: $q, first: 10) { score entity { id name kind } } }',
    variables: { q: 'jiad' },
  },
  {
    name: 'NeighborhoodDepth1',
    query: `query NeighborhoodDepth1 { neighborhood(id: "district:jiading", depth: 1) {
      truncated nodes { id name kind } relationships { id type from { id } to { id } } } }`,
  },
  {
    name: 'NeighborhoodDepth2',
    query: `query NeighborhoodDepth2 { neighborhood(id: "city:wenzhou", depth: 2, limit: 200) {
      truncated nodes { id name kind } relationships { id type from { id } to { id } } } }`,
  },
  {
    name: 'ShortestPath',
    query: `query ShortestPath { shortestPath(from: "city:taizhou", to: "district:jiading") {
      length nodes { id name } relationships { type evidence { quote } } } }`,
  },
  {
    name: 'EntitiesPage',
    query: `query EntitiesPage { entities(first: 20) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id name kind } } } }`,
  },
  {
    name: 'Summary',
    query: `query Summary { summary { entityCount relationshipCount entitiesByKind { kind count }
      relationshipsByType { type count } } }`,
  },
];

interface LoadOptions {
  url: string | null;
  store: 'embedded' | 'neo4j';
  duration: number;
  connections: number;
  maxRequests: number;
  allowRemote: boolean;
}

function readOptions(): LoadOptions {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      store: { type: 'string', default: 'embedded' },
      duration: { type: 'string', default: '15' },
      connections: { type: 'string', default: '10' },
      'max-requests': { type: 'string', default: '1000000' },
      'allow-remote': { type: 'boolean', default: false },
    },
  });
  const number = (name: string, value: string, max: number) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > max)
      throw new Error(`--${name} must be a whole number from 1 to ${max} (got "${value}").`);
    return parsed;
  };
  if (values.store !== 'embedded' && values.store !== 'neo4j')
    throw new Error(`--store must be embedded or neo4j (got "${values.store}").`);
  if (values.url && values.store === 'neo4j')
    throw new Error('--store starts a service of its own; leave it out when you give --url.');
  return {
    url: values.url ?? null,
    store: values.store,
    duration: number('duration', values.duration, 300),
    connections: number('connections', values.connections, 200),
    maxRequests: number('max-requests', values['max-requests'], 10_000_000),
    allowRemote: values['allow-remote'],
  };
}

function assertLoopback(url: string, allowRemote: boolean): void {
  const host = new URL(url).hostname;
  if (allowRemote || ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) return;
  throw new Error(`Refusing to load ${host}: only loopback by default. Pass --allow-remote if you own it.`);
}

/** Runs `npm start`'s entry point in a process of its own, so load and service do not share a CPU loop. */
async function spawnService(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts'], {
    cwd: repositoryRoot,
    // Production settings, access log included: the measurement pays for what production pays for.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The service logs its URL as JSON on stdout; the rest of stdout (the access log) is drained unread.
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /"url":"(http:[^"]+)\/graphql"/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the service exited with code ${code} before it was up`)));
  });
  return { url, child };
}

async function scrapeMetrics(url: string): Promise<{ rssBytes: number; graphqlErrors: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = (pattern: RegExp) =>
    [...text.matchAll(pattern)].reduce((sum, match) => sum + Number(match[1]), 0);
  return {
    rssBytes: value(/^process_resident_memory_bytes (\S+)$/gm),
    graphqlErrors: value(/^graphql_errors_total\{[^}]*\} (\S+)$/gm),
  };
}

async function main(): Promise<void> {
  const options = readOptions();
  let neo4j: LocalNeo4j | null = null;
  let neo4jHome: string | null = null;
  let child: ChildProcess | null = null;
  let url = options.url;

  try {
    if (url) {
      assertLoopback(url, options.allowRemote);
    } else {
      const env: NodeJS.ProcessEnv = { NEO4J_URI: undefined };
      if (options.store === 'neo4j') {
        neo4jHome = await mkdtemp(path.join(os.tmpdir(), 'yrd-graph-load-neo4j-'));
        neo4j = await startLocalNeo4j({ homeDir: neo4jHome });
        const store = createNeo4jStore({ uri: neo4j.uri, user: 'neo4j', password: 'load' });
        try {
          await store.ensureSchema();
          await store.importDataset(await loadDataset(DEFAULT_DATASET_DIR));
        } finally {
          await store.close();
        }
        env['NEO4J_URI'] = neo4j.uri;
        env['NEO4J_PASSWORD'] = 'load';
      }
      const spawned = await spawnService(env);
      child = spawned.child;
      url = spawned.url;
      child.stdout!.resume();
    }

    const before = await scrapeMetrics(url);
    let bodiesWithErrors = 0;
    const latencies: number[] = [];
    const cannonOptions = {
      url: `${url}/graphql`,
      connections: options.connections,
      duration: options.duration,
      maxOverallRequests: options.maxRequests,
      requests: OPERATIONS.map((operation) => ({
        method: 'POST' as const,
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: operation.query,
          operationName: operation.name,
          variables: operation.variables ?? {},
        }),
        onResponse: (_status: number, body: string) => {
          if (body.includes('"errors"')) bodiesWithErrors += 1;
        },
      })),
    };
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(cannonOptions, (error, done) => (error ? reject(error) : resolve(done)));
      instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });
    const after = await scrapeMetrics(url);

    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const report = {
      target: url,
      store: options.url ? 'external' : options.store,
      durationSeconds: result.duration,
      connections: options.connections,
      requests: result.requests.total,
      throughputPerSecond: result.requests.average,
      latencyMs: {
        p50: percentile(latencies, 0.5),
        p95: percentile(latencies, 0.95),
        p99: percentile(latencies, 0.99),
        max: percentile(latencies, 1),
        mean: Math.round(result.latency.mean * 100) / 100,
      },
      non2xx: result.non2xx,
      socketErrors: result.errors,
      timeouts: result.timeouts,
      responsesWithGraphQLErrors: bodiesWithErrors,
      graphqlErrorsCountedByServer: after.graphqlErrors - before.graphqlErrors,
      serverMemory: { before: mb(before.rssBytes), after: mb(after.rssBytes) },
    };
    console.log(JSON.stringify(report, null, 2));
    if (result.non2xx > 0 || result.errors > 0 || bodiesWithErrors > 0) process.exitCode = 1;
  } finally {
    if (child) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child!.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    }
    await neo4j?.stop();
    if (neo4jHome) await rm(neo4jHome, { recursive: true, force: true });
  }
}

/** The q-quantile (nearest rank) of some milliseconds, to 0.01 ms. */
function percentile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return Math.round(sorted[rank]! * 100) / 100;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
