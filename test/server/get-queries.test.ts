import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey, parseApiKeys } from '../../src/auth/index.js';
import { createLogger } from '../../src/logger.js';
import { startService, type RunningService, type ServiceOptions } from '../../src/server/start-service.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

// Queries by GET without a preflight-forcing header (urql's default), and what keeps that safe:
// credentials only in headers, no mutation over GET or in a body a cross-site form can send, and every
// guard a POST meets. docs/front-end.md has the reasoning.

const KEYS = parseApiKeys(
  `curie:curator:${hashApiKey('curator-key')},dash:reader:${hashApiKey('reader-key')}`,
);
/** The Accept header urql sends with a GET. */
const URQL_ACCEPT =
  'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function startWith(options: Partial<ServiceOptions> = {}): Promise<RunningService> {
  return startService({
    store: createEmbeddedStore({ dataset: await bundledDataset() }),
    logger: createLogger({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
    introspection: true,
    security: { apiKeys: KEYS, corsOrigins: [], landingPage: false },
    ...options,
  });
}

function get(service: RunningService, query: string, headers: Record<string, string> = {}) {
  return fetch(`${service.url}/graphql?query=${encodeURIComponent(query)}`, { headers });
}

function post(service: RunningService, query: string, headers: Record<string, string> = {}) {
  return fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
}

const PORT_ID = 'infrastructure:get-port';
/** A sentence of the plan: evidence must quote its source. */
const QUOTE =
  'Wenzhou will also build an important hub port influencing southern Zhejiang, northern Fujian and eastern Jiangxi';
/** Where QUOTE is in the plan's text (seed/wenzhou-yrd/sources/wenzhou-yrd-action-plan-2020.txt). */
const QUOTE_START = 6960;
const UPSERT = `mutation { upsertEntity(entity: {
  id: "${PORT_ID}", kind: INFRASTRUCTURE, name: "GET Port",
  evidence: [{ kind: QUOTED, quote: "${QUOTE}", start: ${QUOTE_START}, end: ${QUOTE_START + QUOTE.length},
    section: "Task Three", source: "wenzhou-yrd-action-plan-2020" }]
}) { changed } }`;
const READ_PORT = `{ entity(id: "${PORT_ID}") { id name } }`;

describe('GET /graphql with the defaults', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startWith();
  });

  afterAll(async () => {
    await service.stop();
  });

  it('answers a query sent as urql sends it, and tells caches not to keep the answer', async () => {
    const response = await get(service, '{ entity(id: "city:wenzhou") { name } }', { accept: URQL_ACCEPT });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ data: { entity: { name: 'Wenzhou' } } });
  });

  it("never runs a mutation over GET, even with a curator's key", async () => {
    const refused = await get(service, UPSERT, { authorization: 'Bearer curator-key' });
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe('POST');
    expect(((await refused.json()) as Body).errors?.[0]?.message).toBe(
      'GET requests only support query operations, not mutation operations',
    );
    expect(((await (await post(service, READ_PORT)).json()) as Body).data).toEqual({ entity: null });

    // The same mutation and key by POST do write: the GET was refused for its method alone.
    const written = await post(service, UPSERT, { authorization: 'Bearer curator-key' });
    expect(((await written.json()) as Body).data).toEqual({ upsertEntity: { changed: true } });
    expect(((await (await post(service, READ_PORT)).json()) as Body).data).toEqual({
      entity: { id: PORT_ID, name: 'GET Port' },
    });
  });

  it('never reads an operation from a body a cross-site form can send', async () => {
    const forms = [
      { 'content-type': 'text/plain', body: JSON.stringify({ query: UPSERT }) },
      { 'content-type': 'application/x-www-form-urlencoded', body: `query=${encodeURIComponent(UPSERT)}` },
    ];
    for (const { body, ...headers } of forms) {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        // Even with a key, which a cross-site form could not add.
        headers: { ...headers, authorization: 'Bearer curator-key' },
        body,
      });
      expect(response.status, headers['content-type']).toBe(415);
      expect(((await response.json()) as Body).errors?.[0]?.message).toMatch(
        /^A GraphQL POST is read as JSON, and this one has Content-Type/,
      );
    }
  });

  it('checks a GET against every guard a POST meets, with the same answer', async () => {
    const tooDeep =
      '{ entity(id: "city:wenzhou") { relationships { edges { other { relationships { edges { other { relationships { edges { other { relationships { edges { other { id } } } } } } } } } } } } } }';
    const tooManyAliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: summary { entityCount }`).join(' ')} }`;
    const tooDear =
      '{ entities(first: 100) { edges { node { relationships(first: 100) { edges { other { relationships(first: 100) { edges { node { id } } } } } } } } } }';
    const badPage = '{ entities(first: 0) { totalCount } }';
    // Over the parser's 5,000 tokens, in a form that still fits a URL (3 tokens a level).
    const tooLong = `{ summary ${'{a'.repeat(1700)}${'}'.repeat(1700)} }`;
    const refusals = [
      [tooDeep, 'LIMIT_EXCEEDED'],
      [tooManyAliases, 'LIMIT_EXCEEDED'],
      [tooDear, 'LIMIT_EXCEEDED'],
      [badPage, 'BAD_USER_INPUT'],
      [tooLong, 'GRAPHQL_PARSE_FAILED'],
    ] as const;
    for (const [query, code] of refusals) {
      const [byGet, byPost] = await Promise.all([get(service, query), post(service, query)]);
      const [getBody, postBody] = [(await byGet.json()) as Body, (await byPost.json()) as Body];
      const withoutRequestIds = (body: Body) =>
        body.errors?.map(({ extensions, ...error }) => ({
          ...error,
          extensions: { ...extensions, requestId: undefined },
        }));
      expect(byGet.status, query.slice(0, 80)).toBe(byPost.status);
      const what = query.slice(0, 80);
      expect(getBody.data ?? null, what).toBeNull();
      expect(withoutRequestIds(getBody), what).toEqual(withoutRequestIds(postBody));
      expect(
        getBody.errors?.map((error) => error.extensions?.['code']),
        what,
      ).toEqual([code]);
    }
    // The parse failure is the token limit's (graphql-js's own wording, "more that").
    const long = (await (await get(service, tooLong)).json()) as Body;
    expect(long.errors?.[0]?.message).toMatch(/^Syntax Error: Document contains more that 5000 tokens/);
  });

  // BUG: Node refuses a request whose URL and headers pass its 16 KiB limit before the service sees
  // it, with a bare `431` and no body: Apollo Client (`useGETForQueries`) reported only "Received
  // status code 431", though the same query by POST is within every limit of the service.
  it('answers a GET too long for a URL with a JSON error saying to send it by POST', async () => {
    // Within every limit of the service (a comment counts only towards the 20,000 bytes).
    const query = `{ summary { entityCount } }\n# ${'x'.repeat(17_000)}`;
    const response = await get(service, query);
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({
      errors: [
        {
          message:
            'The request line and headers are longer than 16384 bytes: send a long query by POST ' +
            '(with Apollo Client, turn off useGETForQueries), and keep each header short.',
          extensions: { code: 'BAD_REQUEST', requestId },
        },
      ],
    });
    // The same text by POST is answered.
    const byPost = (await (await post(service, query)).json()) as Body;
    expect(byPost).toMatchObject({ data: { summary: { entityCount: expect.any(Number) as number } } });
  });
});

describe('GET /graphql under the request deadline', () => {
  let service: RunningService;

  beforeAll(async () => {
    const store = createEmbeddedStore({ dataset: await bundledDataset() });
    service = await startWith({
      requestTimeoutMs: 300,
      // A store whose summary never answers: only the deadline can end the request.
      store: Object.assign(Object.create(store) as KnowledgeGraphStore, {
        summary: () => new Promise<never>(() => {}),
      }),
    });
  });

  afterAll(async () => {
    await service.stop();
  });

  it('answers a GET that outruns the deadline with TIMEOUT, as a POST', async () => {
    for (const send of [get, post]) {
      const response = await send(service, '{ summary { entityCount } }');
      const body = (await response.json()) as Body;
      expect(
        body.errors?.map((error) => error.extensions?.['code']),
        send.name,
      ).toEqual(['TIMEOUT']);
      expect(body.data ?? null).toBeNull();
    }
  });
});

describe('GET /graphql when reads require a key', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startWith({ readsRequireKey: true });
  });

  afterAll(async () => {
    await service.stop();
  });

  it('refuses a GET without a key (what a cross-site request is) and answers one with a key', async () => {
    const anonymous = await get(service, '{ summary { entityCount } }');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as Body).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

    const keyed = await get(service, '{ summary { entityCount } }', { 'x-api-key': 'reader-key' });
    expect(keyed.status).toBe(200);
    expect(((await keyed.json()) as Body).data).toEqual({ summary: { entityCount: expect.any(Number) } });
  });
});

describe('GET /graphql with CSRF_PREVENTION on', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startWith({ csrfPrevention: true });
  });

  afterAll(async () => {
    await service.stop();
  });

  it('refuses a GET without a preflight-forcing header, and answers one with it', async () => {
    const plain = await get(service, '{ summary { entityCount } }', { accept: URQL_ACCEPT });
    expect(plain.status).toBe(400);
    expect(((await plain.json()) as Body).errors?.[0]?.message).toMatch(
      /^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)\. .*apollo-require-preflight/s,
    );
    const preflighted = await get(service, '{ summary { entityCount } }', {
      'apollo-require-preflight': 'true',
    });
    expect(preflighted.status).toBe(200);
  });
});
