import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../src/server/start-service.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

/** Liveness and a time-boxed readiness on a store that hangs; one access-log line per request. */

let service: RunningService;
/** Pings the store has been asked for, by this test's service. */
let pingCalls: number;
/** This test's access log, one parsed JSON line each. */
let lines: Record<string, unknown>[];

// Every test gets its own service, so none depends on what an earlier one left behind (a ping still
// in flight, log lines, counters).
beforeEach(async () => {
  pingCalls = 0;
  lines = [];
  const embedded = createEmbeddedStore({ dataset: await bundledDataset() });
  // A database that accepts connections but never answers: the worst case for a readiness probe.
  const hanging: KnowledgeGraphStore = {
    ...embedded,
    ping: () => {
      pingCalls += 1;
      return new Promise(() => {});
    },
  };
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  service = await startService({
    store: hanging,
    logger: pino({ level: 'debug' }, sink),
    host: '127.0.0.1',
    port: 0,
    introspection: true,
  });
});

afterEach(async () => {
  await service?.stop();
});

describe('liveness and readiness', () => {
  it('answers /health and /live without asking the store', async () => {
    for (const path of ['/health', '/live']) {
      const response = await fetch(`${service.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', store: 'embedded' });
    }
    expect(pingCalls).toBe(0);
  });

  it('answers /ready with 503 within 2 s when the store does not answer', async () => {
    const started = performance.now();
    const response = await fetch(`${service.url}/ready`);
    const elapsed = performance.now() - started;
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      store: 'embedded',
      reachable: false,
      detail: 'the store did not answer within 1500 ms',
    });
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(2000);
  });

  it('shares one store ping among concurrent /ready probes', async () => {
    const responses = await Promise.all(Array.from({ length: 5 }, () => fetch(`${service.url}/ready`)));
    expect(responses.map((response) => response.status)).toEqual([503, 503, 503, 503, 503]);
    expect(pingCalls).toBe(1);
  });
});

describe('access log', () => {
  it('writes one JSON line per request with its request id, status, duration and operation name', async () => {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'access-log-1' },
      body: JSON.stringify({ query: 'query LogMe { summary { entityCount } }' }),
    });
    await response.arrayBuffer();
    await expect.poll(() => lines.filter((line) => line['requestId'] === 'access-log-1')).toHaveLength(1);
    const line = lines.find((entry) => entry['requestId'] === 'access-log-1')!;
    expect(line).toMatchObject({
      level: 30,
      msg: 'request completed',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationName: 'LogMe',
    });
    expect(line['durationMs']).toEqual(expect.any(Number));
  });

  it('logs the path without its query string, and probes at debug level', async () => {
    const response = await fetch(`${service.url}/health?secret=1`, {
      headers: { 'x-request-id': 'probe-1' },
    });
    await response.arrayBuffer();
    await expect.poll(() => lines.some((line) => line['requestId'] === 'probe-1')).toBe(true);
    expect(lines.find((line) => line['requestId'] === 'probe-1')).toMatchObject({
      level: 20,
      path: '/health',
      status: 200,
    });
  });

  it('logs a 503 (a refusal the service chose) at warn level, not as a failure', async () => {
    const response = await fetch(`${service.url}/ready`, { headers: { 'x-request-id': 'refused-1' } });
    expect(response.status).toBe(503);
    await expect.poll(() => lines.some((line) => line['requestId'] === 'refused-1')).toBe(true);
    expect(lines.find((line) => line['requestId'] === 'refused-1')).toMatchObject({
      level: 40,
      msg: 'request refused: unavailable',
      status: 503,
    });
  });

  it('logs a request whose client went away as aborted, with status 499', async () => {
    const controller = new AbortController();
    const pending = fetch(`${service.url}/ready`, {
      signal: controller.signal,
      headers: { 'x-request-id': 'gone-1' },
    }).catch(() => null);
    // The request is in the handler once it has asked the store for its ping (which never answers).
    await expect.poll(() => pingCalls).toBe(1);
    controller.abort();
    await pending;
    await expect.poll(() => lines.some((line) => line['requestId'] === 'gone-1')).toBe(true);
    expect(lines.find((line) => line['requestId'] === 'gone-1')).toMatchObject({
      status: 499,
      aborted: true,
      path: '/ready',
    });
  });
});
