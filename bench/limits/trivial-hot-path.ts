/**
 * The trivial-operation comparison of the bench (issue 15, item 3) on its own, in about a minute:
 *
 *   npx tsx bench/limits/trivial-hot-path.ts [--seconds 5] [--passes 3] [--connections 20] [--no-build]
 *
 * `{ __typename }` on our service as it ships (`node dist/src/cli/serve.js`, embedded store,
 * NODE_ENV=production, LOG_LEVEL=silent as in the bench), Apollo 5's standalone hello-world, and our
 * `/health`, back to back in every pass. Prints each pass and the median req/s, with our trivial
 * operation as a fraction of hello-world's (target ≥ 0.8×). Loopback only.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startChildService } from '../child-service.js';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

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
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

async function requestsPerSecond(url: string, method: 'GET' | 'POST'): Promise<number> {
  const result = await autocannon({
    url,
    method,
    connections,
    duration: seconds,
    ...(method === 'POST'
      ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }
      : {}),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

if (!values['no-build'])
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: repositoryRoot, stdio: 'inherit' });
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yrd-graph-trivial-'));
const ours = await startOurs(dataDir);
const hello = await startChildService('limits/serve-hello-world.ts', [], 512, '/');
try {
  console.log(
    `${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}; ${connections} connections, ${seconds} s per run`,
  );
  const rows = { trivial: [] as number[], hello: [] as number[], health: [] as number[] };
  await requestsPerSecond(`${ours.url}/graphql`, 'POST'); // warm-up
  await requestsPerSecond(hello.url, 'POST');
  for (let pass = 1; pass <= passes; pass += 1) {
    rows.trivial.push(await requestsPerSecond(`${ours.url}/graphql`, 'POST'));
    rows.hello.push(await requestsPerSecond(hello.url, 'POST'));
    rows.health.push(await requestsPerSecond(`${ours.url}/health`, 'GET'));
    console.log(
      `pass ${pass}: { __typename } ${rows.trivial.at(-1)!.toFixed(0)} req/s, hello-world ${rows.hello.at(-1)!.toFixed(0)}, /health ${rows.health.at(-1)!.toFixed(0)}`,
    );
  }
  const [trivial, helloWorld, health] = [median(rows.trivial), median(rows.hello), median(rows.health)];
  console.log(
    `median: { __typename } ${trivial.toFixed(0)} req/s = ${(trivial / helloWorld).toFixed(2)}× hello-world (${helloWorld.toFixed(0)}), ` +
      `/health ${health.toFixed(0)} req/s = ${(health / helloWorld).toFixed(2)}×; load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
} finally {
  await hello.stop();
  await ours.stop();
  await rm(dataDir, { recursive: true, force: true });
}
