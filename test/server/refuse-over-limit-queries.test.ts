import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/create-apollo-server.js';
import { createLogger } from '../../src/logger.js';
import { createServiceMetrics, type ServiceMetrics } from '../../src/observability/index.js';
import { createApp } from '../../src/server/create-app.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

/**
 * Over-limit documents are refused from their text before Apollo sees the request (issue 10: a
 * refused 1,200-field query used to pay the whole pipeline, a parse and a validation pass), with the
 * answer Apollo itself gave them.
 */

const copies = (count: number, selection: string) => Array.from({ length: count }, () => selection).join(' ');
const REPEATED_1200 = `{ summary { ${copies(1200, 'entityCount')} } }`;
/** Short enough for a URL (Node refuses request heads over 16 kB). */
const REPEATED_600 = `{ summary { ${copies(600, 'entityCount')} } }`;
const SAME_FIELD_IN_50_FRAGMENTS = `{ entity(id: "city:wenzhou") { ${Array.from({ length: 50 }, (_, i) => `...f${i}`).join(' ')} } } ${Array.from(
  { length: 50 },
  (_, i) => `fragment f${i} on Entity { relationships(first: 1) { edges { other { id } } } }`,
).join(' ')}`;

interface Service {
  url: string;
  /** Requests handed to Apollo. */
  apolloRequests: number;
  metrics: ServiceMetrics;
  /** Runs one operation through Apollo alone (parse, validation): the answer the cheap pass must match. */
  fullPath(query: string): Promise<unknown>;
  stop(): Promise<void>;
}

let store: KnowledgeGraphStore;

beforeAll(async () => {
  store = createEmbeddedStore({ dataset: await bundledDataset() });
});

afterAll(async () => {
  await store.close();
});

async function startApp(options: { csrfPrevention?: boolean } = {}): Promise<Service> {
  const apollo = createApolloServer({
    logger: createLogger({ level: 'silent' }),
    introspection: true,
    csrfPrevention: options.csrfPrevention ?? false,
  });
  await apollo.start();
  // Every request the Express integration hands to Apollo, including those Apollo refuses itself.
  const handle = apollo.executeHTTPGraphQLRequest.bind(apollo);
  apollo.executeHTTPGraphQLRequest = (request) => {
    service.apolloRequests += 1;
    return handle(request);
  };
  const metrics = createServiceMetrics({ defaultMetrics: false });
  const app = createApp({
    apollo,
    store,
    logger: createLogger({ level: 'silent' }),
    metrics,
    csrfPrevention: options.csrfPrevention ?? false,
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const service: Service = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    apolloRequests: 0,
    metrics,
    async fullPath(query) {
      const response = await apollo.executeOperation(
        { query },
        { contextValue: createContext({ store, requestId: 'full-path' }) },
      );
      return response.body.kind === 'single' ? response.body.singleResult.errors : null;
    },
    async stop() {
      await apollo.stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return service;
}

/** The errors of a response, with the request id of the full path's, to compare them. */
async function errorsOf(response: Response): Promise<unknown> {
  const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
  for (const error of body.errors) {
    expect(error.extensions['requestId']).toBe(response.headers.get('x-request-id'));
    error.extensions['requestId'] = 'full-path';
  }
  return body.errors;
}

function post(service: Service, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(service.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('refusing over-limit documents before Apollo', () => {
  let service: Service;

  beforeAll(async () => {
    service = await startApp();
  });

  afterAll(async () => {
    await service.stop();
  });

  beforeEach(() => {
    service.apolloRequests = 0;
  });

  it.each([
    ['1,200 repetitions of one field', REPEATED_1200, 'queryFields'],
    ['one object field in 50 distinct fragments', SAME_FIELD_IN_50_FRAGMENTS, 'queryRepeatedSelections'],
    ['a varied abuse', `{ summary { ${copies(700, 'x: entityCount')} } }`, 'queryAliases'],
  ])('refuses %s without Apollo, answering as Apollo did', async (_name, query, limit) => {
    const response = await post(service, { query });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const errors = await errorsOf(response);
    expect(errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'LIMIT_EXCEEDED',
          limit: expect.objectContaining({ name: limit }),
        }),
      }),
    ]);
    expect(service.apolloRequests).toBe(0);
    // The same error as the parse-and-validate path gives the same document.
    expect(errors).toEqual(await service.fullPath(query));
  });

  it('refuses an over-limit text every time, and lets a text within the limits through every time', async () => {
    for (let round = 0; round < 2; round += 1) {
      expect((await post(service, { query: REPEATED_1200 })).status).toBe(400);
      expect((await post(service, { query: '{ summary { entityCount } }' })).status).toBe(200);
    }
    expect(service.apolloRequests).toBe(2);
  });

  it("gives the parser's token-limit error past 5,000 tokens, without Apollo", async () => {
    const query = `{ summary { ${copies(5000, 'entityCount')} } }`;
    const response = await post(service, { query });
    expect(response.status).toBe(400);
    const errors = await errorsOf(response);
    expect(service.apolloRequests).toBe(0);
    expect(errors).toEqual([
      {
        message: 'Syntax Error: Document contains more that 5000 tokens. Parsing aborted.',
        locations: [{ line: 1, column: 59977 }],
        extensions: { code: 'GRAPHQL_PARSE_FAILED', requestId: 'full-path' },
      },
    ]);
    expect(errors).toEqual(await service.fullPath(query));
  });

  it('refuses a GET the same way, in the media type the client prefers', async () => {
    const response = await fetch(`${service.url}?query=${encodeURIComponent(REPEATED_600)}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(service.apolloRequests).toBe(0);
    expect(await errorsOf(response)).toEqual(await service.fullPath(REPEATED_600));
  });

  it('counts the refusals in the GraphQL metrics, as Apollo’s would be', async () => {
    // prom-client hands out its live objects: read the number itself before the request.
    const limitRefusals = async () =>
      (await service.metrics.graphqlErrors.get()).values.find(
        (value) => value.labels.code === 'LIMIT_EXCEEDED',
      )?.value ?? 0;
    const before = await limitRefusals();
    await (await post(service, { query: REPEATED_1200 })).arrayBuffer();
    expect(await limitRefusals()).toBe(before + 1);
  });

  it('passes well-formed queries, syntax errors and type-system documents on to Apollo', async () => {
    const wellFormed = await post(service, { query: '{ summary { entityCount } }' });
    expect(wellFormed.status).toBe(200);
    const syntaxError = await post(service, { query: `{ summary { ${copies(600, 'entityCount')} }` });
    expect(
      ((await syntaxError.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
        .code,
    ).toBe('GRAPHQL_PARSE_FAILED');
    const typeSystem = await post(service, {
      query: `scalar S { summary { ${copies(600, 'entityCount')} } }`,
    });
    expect(typeSystem.status).toBe(400);
    expect(service.apolloRequests).toBe(3);
  });

  it('leaves to Apollo what Apollo refuses before parsing', async () => {
    // A persisted-query hash that is not the text's (Apollo's BAD_REQUEST, test/server/http-errors.test.ts).
    const mismatch = await post(service, {
      query: REPEATED_1200,
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    expect(
      ((await mismatch.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).not.toBe('LIMIT_EXCEEDED');
    // Variables sent as a string.
    const stringVariables = await post(service, { query: REPEATED_1200, variables: '{}' });
    expect(((await stringVariables.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /^`variables` in a POST body should be provided as an object/,
    );
    // A client that accepts no JSON.
    const notAcceptable = await post(service, { query: REPEATED_1200 }, { accept: 'text/html' });
    expect(notAcceptable.status).toBe(406);
    expect(service.apolloRequests).toBe(3);
  });

  it('refuses a persisted query whose hash is the text’s, as Apollo would after parsing', async () => {
    const sha256Hash = createHash('sha256').update(REPEATED_1200).digest('hex');
    const response = await post(service, {
      query: REPEATED_1200,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    });
    expect(response.status).toBe(400);
    expect(service.apolloRequests).toBe(0);
    expect(await errorsOf(response)).toEqual(await service.fullPath(REPEATED_1200));
  });
});

describe('with CSRF prevention on', () => {
  let service: Service;

  beforeAll(async () => {
    service = await startApp({ csrfPrevention: true });
  });

  afterAll(async () => {
    await service.stop();
  });

  beforeEach(() => {
    service.apolloRequests = 0;
  });

  it('leaves a GET without a preflight header to Apollo, which blocks it', async () => {
    const response = await fetch(`${service.url}?query=${encodeURIComponent(REPEATED_600)}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /^This operation has been blocked as a potential Cross-Site Request Forgery/,
    );
    expect(service.apolloRequests).toBe(1);
  });

  it('refuses a GET with the header from its text', async () => {
    const response = await fetch(`${service.url}?query=${encodeURIComponent(REPEATED_600)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(400);
    expect(service.apolloRequests).toBe(0);
    expect(await errorsOf(response)).toEqual(await service.fullPath(REPEATED_600));
  });
});
