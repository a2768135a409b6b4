import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors.js';
import type { RunningService } from '../../src/server/start-service.js';
import { startTestService } from '../support/graphql-harness.js';
import { scrape, sumOf } from './metrics-text.js';

/** GET /metrics over a real socket: HTTP, GraphQL and store counters move with the traffic. */

let service: RunningService;

beforeAll(async () => {
  service = await startTestService({
    // `sources` fails as if the database were down, so store errors can be observed.
    wrapStore: (store) => ({
      ...store,
      listSources: () => Promise.reject(new StoreUnavailableError('test outage')),
    }),
  });
});

afterAll(async () => {
  await service?.stop();
});

async function postGraphQL(query: string): Promise<Response> {
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  await response.arrayBuffer();
  return response;
}

describe('GET /metrics', () => {
  it("serves Prometheus' text format with the process metrics", async () => {
    const response = await fetch(`${service.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE http_requests_total counter');
    expect(text).toContain('# TYPE graphql_errors_total counter');
    expect(text).toContain('# TYPE store_call_duration_seconds histogram');
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('counts a GraphQL request by route and status, and its operation by name and outcome', async () => {
    const before = await scrape(service.url);
    await postGraphQL('query MetricsSummary { summary { entityCount } }');
    const after = await scrape(service.url);
    const http = { method: 'POST', route: '/graphql', status: '200' };
    expect(sumOf(after, 'http_requests_total', http) - sumOf(before, 'http_requests_total', http)).toBe(1);
    expect(
      sumOf(after, 'http_request_duration_seconds_count', http) -
        sumOf(before, 'http_request_duration_seconds_count', http),
    ).toBe(1);
    expect(
      sumOf(after, 'graphql_operations_total', { operation: 'MetricsSummary', outcome: 'success' }),
    ).toBe(1);
  });

  it('counts store calls by store kind, method and outcome', async () => {
    const before = await scrape(service.url);
    await postGraphQL(
      '{ a: entity(id: "city:wenzhou") { name } b: entity(id: "district:jiading") { name } }',
    );
    const after = await scrape(service.url);
    const labels = { store: 'embedded', method: 'getEntities', outcome: 'ok' };
    // Two ids, one DataLoader batch: one call.
    expect(sumOf(after, 'store_calls_total', labels) - sumOf(before, 'store_calls_total', labels)).toBe(1);
    expect(
      sumOf(after, 'store_call_duration_seconds_count', { store: 'embedded', method: 'getEntities' }) -
        sumOf(before, 'store_call_duration_seconds_count', { store: 'embedded', method: 'getEntities' }),
    ).toBe(1);
  });

  it('counts errors by the code the client received', async () => {
    const before = await scrape(service.url);
    await postGraphQL('query Bad { entities(first: 0) { totalCount } }');
    await postGraphQL('{ nope }');
    await postGraphQL('query Down { sources { id } }');
    const after = await scrape(service.url);
    const delta = (code: string) =>
      sumOf(after, 'graphql_errors_total', { code }) - sumOf(before, 'graphql_errors_total', { code });
    expect(delta('BAD_USER_INPUT')).toBe(1);
    expect(delta('GRAPHQL_VALIDATION_FAILED')).toBe(1);
    expect(delta('STORE_UNAVAILABLE')).toBe(1);
    expect(sumOf(after, 'graphql_operations_total', { operation: 'Bad', outcome: 'error' })).toBe(1);
    expect(sumOf(after, 'graphql_operations_total', { operation: 'Down', outcome: 'error' })).toBe(1);
    expect(sumOf(after, 'store_calls_total', { method: 'listSources', outcome: 'STORE_UNAVAILABLE' })).toBe(
      1,
    );
    expect(
      sumOf(after, 'http_requests_total', { route: '/graphql', status: '400' }) -
        sumOf(before, 'http_requests_total', { route: '/graphql', status: '400' }),
    ).toBe(1);
  });

  it('labels unknown paths as one route, so made-up URLs cannot grow the metric', async () => {
    await (await fetch(`${service.url}/no/such/${Date.now()}`)).arrayBuffer();
    const after = await scrape(service.url);
    expect(sumOf(after, 'http_requests_total', { route: 'unmatched', status: '404' })).toBeGreaterThan(0);
    expect(after.some((sample) => sample.labels['route']?.startsWith('/no/'))).toBe(false);
  });

  it('keeps each service instance in a registry of its own', async () => {
    const other = await startTestService();
    try {
      const samples = await scrape(other.url);
      expect(sumOf(samples, 'graphql_operations_total')).toBe(0);
    } finally {
      await other.stop();
    }
  });
});
