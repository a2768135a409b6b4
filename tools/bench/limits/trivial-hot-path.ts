/**
 * The trivial-operation comparison of the bench (issue 15, item 3) on its own, in about a minute:
 *
 *   npx tsx tools/bench/limits/trivial-hot-path.ts [--seconds 5] [--passes 3] [--connections 20] [--no-build]
 *
 * `{ __typename }` on our service as it ships (`node dist/src/cli/serve.js`, embedded store,
 * NODE_ENV=production, LOG_LEVEL=silent as in the bench), Apollo 5's standalone hello-world, and our
 * `/health`, back to back in every pass. Prints each pass and the median req/s, with our trivial
 * operation as a fraction of hello-world's (target ≥ 0.8×), and the server's CPU time per request
 * (from /proc, Linux): on a machine shared with other work, req/s follows the neighbours' load, while
 * CPU per request mostly follows the server's own work. Loopback only.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildBenchChildren, startChildService } from '../child-service.js';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    passes: { type: 'string', default: '3' },
    connections: { type: 'string', default: '20' },
    'no-build': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const passes = Number(values.passes);
const connections = Number(values.connections);
if (!(seconds > 0 && seconds <= 60 && passes > 0 && passes <= 10 && connections > 0 && connections <= 100)) {
  throw new Error('--seconds 1..60, --passes 1..10, --connections 1..100');
}

/** A port free now, for a service that logs nothing (so it cannot say which port it took). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startOurs(dataDir: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/src/cli/serve.js'], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the service exited with code ${child.exitCode}`);
    const up = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (attempt > 300) throw new Error('the service did not answer /health within a minute');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** User and system CPU time of a process so far, in µs (Linux: /proc/PID/stat, in clock ticks of 10 ms). */
async function cpuMicroseconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

interface Run {
  requestsPerSecond: number;
  cpuMicrosecondsPerRequest: number;
}

async function run(url: string, pid: number, method: 'GET' | 'POST'): Promise<Run> {
  const cpuBefore = await cpuMicroseconds(pid);
  const result = await autocannon({
    url,
    method,
    connections,
    duration: seconds,
    ...(method === 'POST'
      ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }
      : {}),
  });
  const cpu = (await cpuMicroseconds(pid)) - cpuBefore;
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    requestsPerSecond: result.requests.average,
    cpuMicrosecondsPerRequest: cpu / result.requests.total,
  };
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

if (!values['no-build']) buildBenchChildren();
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yrd-graph-trivial-'));
const ours = await startOurs(dataDir);
const hello = await startChildService('limits/serve-hello-world.ts', [], 512, '/');
try {
  console.log(
    `${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}; ${connections} connections, ${seconds} s per run`,
  );
  const helloPid = Number(hello.ready['pid']);
  const runs = { trivial: [] as Run[], hello: [] as Run[], health: [] as Run[] };
  await run(`${ours.url}/graphql`, ours.pid, 'POST'); // warm-up
  await run(hello.url, helloPid, 'POST');
  const show = (r: Run) =>
    `${r.requestsPerSecond.toFixed(0)} req/s (${r.cpuMicrosecondsPerRequest.toFixed(0)} µs CPU/req)`;
  for (let pass = 1; pass <= passes; pass += 1) {
    runs.trivial.push(await run(`${ours.url}/graphql`, ours.pid, 'POST'));
    runs.hello.push(await run(hello.url, helloPid, 'POST'));
    runs.health.push(await run(`${ours.url}/health`, ours.pid, 'GET'));
    console.log(
      `pass ${pass}: { __typename } ${show(runs.trivial.at(-1)!)}, hello-world ${show(runs.hello.at(-1)!)}, /health ${show(runs.health.at(-1)!)}`,
    );
  }
  const rate = (list: Run[]) => median(list.map((r) => r.requestsPerSecond));
  const cpu = (list: Run[]) => median(list.map((r) => r.cpuMicrosecondsPerRequest));
  console.log(
    `median req/s: { __typename } ${rate(runs.trivial).toFixed(0)} = ${(rate(runs.trivial) / rate(runs.hello)).toFixed(2)}× hello-world (${rate(runs.hello).toFixed(0)}), ` +
      `/health ${rate(runs.health).toFixed(0)} = ${(rate(runs.health) / rate(runs.hello)).toFixed(2)}×`,
  );
  console.log(
    `median CPU per request: { __typename } ${cpu(runs.trivial).toFixed(0)} µs, hello-world ${cpu(runs.hello).toFixed(0)} µs, /health ${cpu(runs.health).toFixed(0)} µs: ` +
      `hello-world's CPU per request is ${(cpu(runs.hello) / cpu(runs.trivial)).toFixed(2)}× ours for { __typename }; load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
} finally {
  await hello.stop();
  await ours.stop();
  await rm(dataDir, { recursive: true, force: true });
}
