import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors.js';
import type { Dataset } from '../../src/model/index.js';
import type { RunningService } from '../../src/server/start-service.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { startTestService } from '../support/graphql-harness.js';

/** The HTTP surface, over a real socket: /graphql, /health, /ready, the landing page, start and stop. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let service: RunningService;
let dataset: Dataset;

beforeAll(async () => {
  dataset = await bundledDataset();
  service = await startTestService();
});

afterAll(async () => {
  await service?.stop();
});

function postGraphQL(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('POST /graphql', () => {
  it('answers a query sent as JSON', async () => {
    const response = await postGraphQL({
      query: 'query ($id: ID!) { entity(id: $id) { name } summary { entityCount } }',
      variables: { id: 'district:jiading' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(await response.json()).toMatchObject({
      data: { entity: { name: 'Jiading' }, summary: { entityCount: dataset.entities.length } },
    });
  });

  it("reports a GraphQL error with the response's request id", async () => {
    const response = await postGraphQL({ query: '{ entities(first: 0) { totalCount } }' });
    const requestId = response.headers.get('x-request-id');
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(requestId).toMatch(UUID);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'first',
      requestId,
    });
  });

  it('answers a validation error with 400 and the request id given by the caller', async () => {
    const response = await postGraphQL({ query: '{ nope }' }, { 'x-request-id': 'trace-42' });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-request-id')).toBe('trace-42');
    const body = (await response.json()) as { errors: { message: string; extensions: unknown }[] };
    expect(body.errors[0]).toMatchObject({
      message: 'Cannot query field "nope" on type "Query". Did you mean "node" or "nodes"?',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'trace-42' },
    });
  });
});

describe('GET /graphql', () => {
  const url = () => `${service.url}/graphql?query=${encodeURIComponent('{summary{entityCount}}')}`;

  // No preflight-forcing header is needed (urql's default GETs work); test/server/get-queries.test.ts
  // shows what keeps that safe, and docs/front-end.md gives the reasoning.
  it('answers a plain GET query', async () => {
    const response = await fetch(url());
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      data: { summary: { entityCount: dataset.entities.length } },
    });
  });
});

describe('health and readiness', () => {
  it('reports liveness at /health', async () => {
    const response = await fetch(`${service.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', store: 'embedded' });
  });

  it('reports a reachable store at /ready', async () => {
    const response = await fetch(`${service.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', store: 'embedded', reachable: true });
  });

  it('answers 503 at /ready when the store does not answer', async () => {
    const unreachable = await startTestService({
      wrapStore: (store) =>
        Object.assign(Object.create(store) as KnowledgeGraphStore, {
          ping: async () => {
            throw new StoreUnavailableError('connection refused');
          },
        }),
    });
    try {
      const response = await fetch(`${unreachable.url}/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'unavailable',
        store: 'embedded',
        reachable: false,
        detail: 'The graph store is unavailable (connection refused). Try again shortly.',
      });
    } finally {
      await unreachable.stop();
    }
  });
});

describe('introspection', () => {
  const INTROSPECTION = { query: '{ __schema { queryType { name } } }' };

  it('is allowed when the service enables it', async () => {
    const response = await postGraphQL(INTROSPECTION);
    expect(await response.json()).toMatchObject({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('is refused with GRAPHQL_VALIDATION_FAILED when the service disables it', async () => {
    const closed = await startTestService({ introspection: false });
    try {
      const response = await fetch(`${closed.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(INTROSPECTION),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        data?: unknown;
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      // The setting its operator has, not Apollo's constructor option.
      expect(body.errors[0]!.message).toBe(
        'Introspection (__schema, __type) is turned off on this service; its operator turns it on with INTROSPECTION=true.',
      );
    } finally {
      await closed.stop();
    }
  });
});

describe('landing page', () => {
  it('serves HTML that loads nothing from the internet', async () => {
    const response = await fetch(`${service.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<title>yrd-graph</title>');
    expect(html).toContain('embedded');
    const references = [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*)["']/gi)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) expect(reference).not.toMatch(/^(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
  });
});

describe('x-request-id', () => {
  it('echoes a sane request id given by the caller', async () => {
    const response = await fetch(`${service.url}/health`, { headers: { 'x-request-id': 'abc-123.def:4_5' } });
    expect(response.headers.get('x-request-id')).toBe('abc-123.def:4_5');
  });

  it('generates a new UUID for every request that gives none', async () => {
    const [a, b] = await Promise.all([fetch(`${service.url}/health`), fetch(`${service.url}/health`)]);
    expect(a.headers.get('x-request-id')).toMatch(UUID);
    expect(b.headers.get('x-request-id')).toMatch(UUID);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });

  it('replaces a request id that is too long or has unsafe characters', async () => {
    for (const given of ['x'.repeat(65), 'has space', '<script>', 'a"b']) {
      const response = await fetch(`${service.url}/health`, { headers: { 'x-request-id': given } });
      expect(response.headers.get('x-request-id'), given).toMatch(UUID);
    }
  });

  it('sets the header on 404s too', async () => {
    const response = await fetch(`${service.url}/nowhere`, { headers: { 'x-request-id': 'lost-1' } });
    expect(response.headers.get('x-request-id')).toBe('lost-1');
  });
});

describe('stop', () => {
  it('closes the socket and the store', async () => {
    let store!: KnowledgeGraphStore;
    const stopping = await startTestService({ wrapStore: (inner) => (store = inner) });
    expect((await fetch(`${stopping.url}/health`)).status).toBe(200);
    await stopping.stop();
    await expect(fetch(`${stopping.url}/health`)).rejects.toThrow();
    await expect(store.ping()).rejects.toMatchObject({ extensions: { code: 'STORE_UNAVAILABLE' } });
  });
});

describe('headers', () => {
  it('does not advertise Express', async () => {
    const response = await fetch(`${service.url}/health`);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
