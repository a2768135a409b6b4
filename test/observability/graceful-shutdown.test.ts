import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';

/**
 * SIGTERM on the real `npm start` entry point (src/cli/serve.ts, embedded store): the in-flight
 * request finishes with 200, new connections are refused meanwhile, and the process logs `stopped`
 * and exits 0. The in-flight request is a slow client: its headers arrive before the signal, the
 * rest of its body only after new connections are already refused, so it is in flight for certain.
 * It sends `Expect: 100-continue`, so the server's `100 Continue` tells the test that the request has
 * been parsed and handed to the app (Node answers it just before it emits `request`): no guessing
 * with a sleep.
 */

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
let child: ChildProcess | null = null;

let dataDir: string | null = null;

/** Starting the service (tsx compiling it) gets its own budget: a busy machine needs far more than 20 s. */
const SERVICE_START_MS = 90_000;

afterEach(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

it(
  'finishes in-flight requests on SIGTERM, refuses new ones, logs stopped and exits 0',
  async () => {
    // A data directory of its own: the repository's `.data` may be locked by a service a developer runs.
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'yrd-graph-shutdown-'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
    };
    delete env['NEO4J_URI'];
    delete env['NODE_ENV'];
    child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts'], {
      cwd: repositoryRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    const logs: Record<string, unknown>[] = [];
    const stderr: string[] = [];
    createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        stderr.push(line);
      }
    });
    const logged = (message: string) => logs.some((line) => line['msg'] === message);

    await expect
      .poll(() => logs.find((line) => typeof line['url'] === 'string'), {
        timeout: SERVICE_START_MS,
        interval: 100,
      })
      .toBeDefined();
    const url = new URL(String(logs.find((line) => typeof line['url'] === 'string')!['url']));
    const port = Number(url.port);

    // The slow client: headers and half of the body now, the rest after the signal.
    const body = JSON.stringify({ query: 'query InFlight { summary { entityCount } }' });
    const half = Math.floor(body.length / 2);
    const request = http.request({
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-request-id': 'in-flight-1',
        expect: '100-continue',
      },
    });
    const accepted = new Promise<void>((resolve) => request.once('continue', () => resolve()));
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.once('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
      });
      request.once('error', reject);
    });
    request.flushHeaders();
    // From the 100 Continue on, the request is in flight: the server has parsed it and is reading its body.
    await accepted;
    request.write(body.slice(0, half));

    child.kill('SIGTERM');
    await expect
      .poll(() => logged('shutting down: finishing in-flight requests'), { timeout: 5_000 })
      .toBe(true);
    await expect.poll(() => canConnect(port), { timeout: 5_000, interval: 50 }).toBe(false);
    expect(child.exitCode).toBeNull();

    request.end(body.slice(half));
    const response = await answered;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({
      data: { summary: { entityCount: expect.any(Number) } },
    });

    expect(await exited, `stderr:\n${stderr.join('\n')}`).toBe(0);
    expect(logs.find((line) => line['requestId'] === 'in-flight-1')).toMatchObject({
      msg: 'request completed',
      status: 200,
      operationName: 'InFlight',
    });
    const messages = logs.map((line) => line['msg']);
    expect(messages).toContain('stopped');
    expect(messages.indexOf('stopped')).toBeGreaterThan(
      logs.findIndex((line) => line['requestId'] === 'in-flight-1'),
    );
  },
  30_000 + SERVICE_START_MS,
);

/** Whether a new TCP connection to the port is accepted. */
function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
