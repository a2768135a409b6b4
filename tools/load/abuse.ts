/**
 * Measures what three abuses cost the service (issue 10, and the download probe), and prints the figures:
 *
 *   npm run abuse                     # about a minute; --seconds 5 --documents 10000 by default
 *
 * It builds the service (`tsc`, as `npm start` does; `--no-build` uses dist/ as it is) and starts it as
 * it ships, `node dist/src/cli/serve.js`, on the embedded store in a process of its own (production
 * settings, loopback, a fresh DATA_DIR) and, for each abuse sent from 8 connections:
 * - `/health` latency, asked one after another during the abuse (p50, p99, max; target p99 < 50 ms);
 * - the throughput of a well-formed query from 2 connections beside the abuse, against the same
 *   client alone (target ≥ 0.5×);
 * The abuses: two cheap over-limit documents, refused, and whole-graph GEXF downloads, each laid out
 * before it is written (they take turns, see src/export/export-turns.ts). And
 * - for 10,000 unique documents just under the byte limit (each one parsed, validated and cached),
 *   the service's peak resident memory (target < 300 MB).
 * Bounded: --seconds per phase (≤ 60) and --documents (≤ 20,000). Loopback only. `--node-option`
 * (repeatable) passes an option to the service's node, e.g. `--node-option=--cpu-prof`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { QUERY_LIMITS } from '../../src/graphql/guards/index.js';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

const WELL_FORMED = JSON.stringify({
  query: `query EntityWithRelationships { entity(id: "city:wenzhou") { id name description
    relationships(first: 20) { edges { direction other { id name kind } node { type } } } } }`,
});

/** The probe's abuse: one field 1,200 times, under the token and byte limits. */
const REPEATED_FIELD = JSON.stringify({
  query: `{ summary { ${Array.from({ length: 1200 }, () => 'entityCount').join(' ')} } }`,
});

/** The same object field in 50 distinct fragments: 0.6 s of validation each before the limits. */
const SAME_FIELD_IN_FRAGMENTS = JSON.stringify({
  query: `{ entity(id: "city:wenzhou") { ${Array.from({ length: 50 }, (_, i) => `...f${i}`).join(' ')} } } ${Array.from(
    { length: 50 },
    (_, i) => `fragment f${i} on Entity { relationships(first: 1) { edges { other { id } } } }`,
  ).join(' ')}`,
});

/** A valid document of `bytes` bytes, unique by `index`: a short query and a comment. */
function uniqueDocument(index: number, bytes: number): string {
  const query = `{ summary { entityCount } } # ${index} `;
  return JSON.stringify({ query: query + 'x'.repeat(bytes - query.length) });
}

interface Options {
  seconds: number;
  documents: number;
  build: boolean;
  nodeOptions: string[];
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '5' },
      documents: { type: 'string', default: '10000' },
      'no-build': { type: 'boolean', default: false },
      'node-option': { type: 'string', multiple: true, default: [] },
    },
  });
  const seconds = Number(values.seconds);
  const documents = Number(values.documents);
  if (!(seconds > 0 && seconds <= 60)) throw new Error('--seconds must be from 1 to 60');
  if (!(documents > 0 && documents <= 20_000)) throw new Error('--documents must be from 1 to 20000');
  return { seconds, documents, build: !values['no-build'], nodeOptions: values['node-option'] };
}

/** Starts the built service; its log is read until it says where it listens, then drained unread. */
async function spawnService(
  options: Options,
  dataDir: string,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...options.nodeOptions, 'dist/src/cli/serve.js'], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /"url":"(http:[^"]+)\/graphql"/.exec(line);
      if (!match) return;
      lines.close();
      // The access log keeps coming: read it (so the service never blocks on a full pipe), unparsed.
      child.stdout!.resume();
      resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the service exited with code ${code} before it was up`)));
  });
  return { url, child };
}

/** The resident memory of a process, from /proc (Linux). */
async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (!kilobytes) throw new Error('no VmRSS in /proc status');
  return Number(kilobytes) * 1024;
}

/** Asks `/health` one request after another until `stop` resolves; returns each latency in ms. */
async function probeHealth(url: string, stop: Promise<unknown>): Promise<number[]> {
  let stopped = false;
  void stop.then(() => (stopped = true));
  const latencies: number[] = [];
  while (!stopped) {
    const started = performance.now();
    const response = await fetch(`${url}/health`);
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
  }
  return latencies;
}

function graphql(url: string, connections: number, body: string, seconds: number) {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
  });
}

/** Whole-graph GEXF downloads: the dearest thing an anonymous client can ask for by a plain GET. */
function downloads(url: string, connections: number, seconds: number) {
  return autocannon({ url: `${url}/export/graph?format=gexf`, connections, duration: seconds });
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const options = readOptions();
  if (options.build)
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: repositoryRoot, stdio: 'inherit' });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yrd-graph-abuse-'));
  const { url, child } = await spawnService(options, dataDir);
  const [load1, load5] = os.loadavg();
  try {
    console.log(
      `service ${url} (node dist/src/cli/serve.js, embedded store, NODE_ENV=production, pid ${child.pid}); ` +
        `${os.cpus().length} cores, load average ${load1!.toFixed(1)} (1 min) ${load5!.toFixed(1)} (5 min)`,
    );
    // Warm up: JIT, the document cache for the well-formed query.
    await graphql(url, 2, WELL_FORMED, 2);

    const alone = graphql(url, 2, WELL_FORMED, options.seconds);
    const aloneHealth = await probeHealth(url, alone);
    const baseline = (await alone).requests.average;
    console.log(
      `baseline: well-formed ${baseline.toFixed(0)} req/s (2 connections); /health p99 ${ms(percentile(aloneHealth, 0.99))}`,
    );

    for (const [name, send] of [
      ['1,200 repetitions of one field', () => graphql(url, 8, REPEATED_FIELD, options.seconds)],
      ['one field in 50 distinct fragments', () => graphql(url, 8, SAME_FIELD_IN_FRAGMENTS, options.seconds)],
      ['whole-graph GEXF downloads', () => downloads(url, 8, options.seconds)],
    ] as const) {
      const abuse = send();
      const wellFormed = graphql(url, 2, WELL_FORMED, options.seconds);
      const health = await probeHealth(url, Promise.all([abuse, wellFormed]));
      const [abused, served] = await Promise.all([abuse, wellFormed]);
      console.log(
        `${name} (8 connections): ${abused.requests.average.toFixed(0)} answers/s, non-2xx ${abused.non2xx} of ${abused.requests.total}; ` +
          `/health p50 ${ms(percentile(health, 0.5))} p99 ${ms(percentile(health, 0.99))} max ${ms(Math.max(...health))} (n=${health.length}); ` +
          `well-formed ${served.requests.average.toFixed(0)} req/s = ${(served.requests.average / baseline).toFixed(2)}× baseline`,
      );
    }

    const bytes = QUERY_LIMITS.documentBytes - 100;
    const before = await rssBytes(child.pid!);
    let peak = before;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await rssBytes(child.pid!));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    let sent = 0;
    const unique = await autocannon({
      url: `${url}/graphql`,
      connections: 8,
      amount: options.documents,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => ({ ...request, body: uniqueDocument((sent += 1), bytes) }),
        },
      ],
    });
    sampling = false;
    await sampler;
    const after = await rssBytes(child.pid!);
    console.log(
      `${unique.requests.total} unique ${bytes}-byte documents (8 connections, ${unique.non2xx} non-2xx, ${(unique.duration ?? 0).toFixed(1)} s): ` +
        `RSS ${mb(before)} before, peak ${mb(peak)}, ${mb(after)} after`,
    );
    console.log(`load average at the end: ${os.loadavg()[0]!.toFixed(1)} (1 min)`);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

function mb(value: number): string {
  return `${(value / 1024 / 1024).toFixed(0)} MB`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
