import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/create-apollo-server.js';
import { createLogger } from '../../src/logger.js';
import { createServiceMetrics, type ServiceMetrics } from '../../src/observability/index.js';
import { createApp, type AppOptions } from '../../src/server/create-app.js';
import { createRequestListener } from '../../src/server/serve-hot-path.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

/**
 * The service's request listener serves `/graphql` and `/health` on a lean path of `node:http` calls
 * (issue 15) and everything else on the Express app. Whatever path a request takes, the client must
 * read the same answer: each request here goes to both the listener and the Express app alone, and
 * their status, headers and bodies are compared (less what differs by nature: dates, fresh request
 * ids, the ETag Express adds to GraphQL answers).
 */

const REPEATED_1200 = `{ summary { ${Array.from({ length: 1200 }, () => 'entityCount').join(' ')} } }`;
const ORIGIN = 'https://app.example';

interface Served {
  url: string;
  metrics: ServiceMetrics;
  close(): Promise<void>;
}

let store: KnowledgeGraphStore;
let apollo: ApolloServer<GraphQLContext>;
let lean: Served;
let express: Served;
let apolloRequests = 0;

async function serve(listen: (options: AppOptions) => http.RequestListener): Promise<Served> {
  const metrics = createServiceMetrics({ defaultMetrics: false });
  const server = http.createServer(
    listen({
      apollo,
      store,
      logger: createLogger({ level: 'silent' }),
      metrics,
      security: { apiKeys: [], corsOrigins: [ORIGIN], landingPage: true },
      bodyLimit: '100kb',
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    metrics,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

beforeAll(async () => {
  store = createEmbeddedStore({ dataset: await bundledDataset() });
  apollo = createApolloServer({ logger: createLogger({ level: 'silent' }), introspection: true });
  await apollo.start();
  const handle = apollo.executeHTTPGraphQLRequest.bind(apollo);
  apollo.executeHTTPGraphQLRequest = (request) => {
    apolloRequests += 1;
    return handle(request);
  };
  lean = await serve(createRequestListener);
  express = await serve(createApp);
});

afterAll(async () => {
  await lean.close();
  await express.close();
  await apollo.stop();
  await store.close();
});

interface Sent {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Headers whose values differ between any two answers, whichever path served them. */
const VARYING = new Set(['date', 'etag', 'x-request-id', 'connection', 'keep-alive']);

function send(base: string, sent: Sent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(sent.path, base);
    const request = http.request(
      { host: url.hostname, port: url.port, path: sent.path, method: sent.method, headers: sent.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [key, value] of Object.entries(response.headers)) {
            if (!VARYING.has(key)) headers[key] = String(value);
          }
          const body = Buffer.concat(chunks)
            .toString('utf8')
            .replaceAll(String(response.headers['x-request-id']), '<request id>');
          resolve({ status: response.statusCode ?? 0, headers, body });
        });
      },
    );
    request.on('error', reject);
    request.end(sent.body);
  });
}

const json = (value: unknown, headers: Record<string, string> = {}): Sent => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(value),
});

const CASES: [string, Sent][] = [
  ['a trivial operation', json({ query: '{ __typename }' })],
  [
    'a named query with variables',
    json({ query: 'query One($id: ID!) { entity(id: $id) { id name } }', variables: { id: 'city:wenzhou' } }),
  ],
  ['a validation error', json({ query: '{ nope }' })],
  ['a syntax error', json({ query: '{ summary {' })],
  ['a body without a query', json({ variables: {} })],
  ['a batch', json([{ query: '{ __typename }' }, { query: '{ __typename }' }])],
  [
    'a JSON number',
    { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: '42' },
  ],
  [
    'malformed JSON',
    { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: '{"query": ' },
  ],
  [
    'a byte-order mark',
    {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: `\ufeff${JSON.stringify({ query: '{ __typename }' })}`,
    },
  ],
  ['charset utf-8', json({ query: '{ __typename }' }, { 'content-type': 'application/json; charset=utf-8' })],
  [
    'charset latin1',
    json({ query: '{ __typename }' }, { 'content-type': 'application/json; charset=latin1' }),
  ],
  ['text/plain', json({ query: '{ __typename }' }, { 'content-type': 'text/plain' })],
  [
    'a gzip body',
    {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ query: '{ __typename }' })),
    },
  ],
  ['a body over the limit', json({ query: `{ __typename } # ${'x'.repeat(110 * 1024)}` })],
  ['an over-limit document', json({ query: REPEATED_1200 })],
  [
    'an over-limit document, GraphQL media type',
    json({ query: REPEATED_1200 }, { accept: 'application/graphql-response+json' }),
  ],
  [
    'an over-limit document, unusual accept',
    json({ query: REPEATED_1200 }, { accept: 'text/html;q=0.1, application/json' }),
  ],
  ['an over-limit document from an allowed origin', json({ query: REPEATED_1200 }, { origin: ORIGIN })],
  ['a mutation without a key', json({ query: 'mutation { retractEntity(id: "city:wenzhou") { changed } }' })],
  ['an allowed origin', json({ query: '{ __typename }' }, { origin: ORIGIN })],
  ['another origin', json({ query: '{ __typename }' }, { origin: 'https://evil.example' })],
  ['a given request id', json({ query: '{ nope }' }, { 'x-request-id': 'trace-7' })],
  ['a bad API key', json({ query: '{ __typename }' }, { 'x-api-key': 'not-a-key' })],
  [
    'a preflight',
    {
      method: 'OPTIONS',
      path: '/graphql',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    },
  ],
  ['a GET query', { method: 'GET', path: `/graphql?query=${encodeURIComponent('{ __typename }')}` }],
  [
    'a GET mutation',
    {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('mutation { retractEntity(id: "x") { changed } }')}`,
    },
  ],
  ['a GET without a query', { method: 'GET', path: '/graphql' }],
  [
    'an over-limit GET',
    {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(`{ summary { ${Array.from({ length: 600 }, () => 'entityCount').join(' ')} } }`)}`,
    },
  ],
  ['a PUT', json({ query: '{ __typename }' }, {})],
  ['/health', { method: 'GET', path: '/health' }],
  ['/live', { method: 'GET', path: '/live' }],
  ['HEAD /health', { method: 'HEAD', path: '/health' }],
  ['an unknown path', { method: 'GET', path: '/nowhere' }],
];
CASES.find(([name]) => name === 'a PUT')![1].method = 'PUT';

describe('the lean path answers as the Express app does', () => {
  it.each(CASES)('%s', async (_name, sent) => {
    const viaExpress = await send(express.url, sent);
    const viaLean = await send(lean.url, sent);
    expect(viaLean).toEqual(viaExpress);
  });

  it('keeps a request id the client gave, in the header and the errors', async () => {
    const answer = await send(lean.url, json({ query: '{ nope }' }, { 'x-request-id': 'trace-8' }));
    expect(answer.body).toContain('"requestId":"<request id>"');
    const raw = await fetch(`${lean.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-8' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(raw.headers.get('x-request-id')).toBe('trace-8');
    expect(await raw.json()).toMatchObject({ errors: [{ extensions: { requestId: 'trace-8' } }] });
  });

  it('refuses an over-limit document without Apollo, and counts it as the app does', async () => {
    const counted = async () =>
      (await lean.metrics.graphqlErrors.get()).values.find((value) => value.labels.code === 'LIMIT_EXCEEDED')
        ?.value ?? 0;
    const before = { apollo: apolloRequests, counted: await counted() };
    const answer = await send(lean.url, json({ query: REPEATED_1200 }));
    expect(answer.status).toBe(400);
    expect(apolloRequests).toBe(before.apollo);
    expect(await counted()).toBe(before.counted + 1);
  });

  it('counts every request it serves in http_requests_total, once', async () => {
    const total = async () =>
      (await lean.metrics.httpRequests.get()).values
        .filter((value) => value.labels.route === '/graphql')
        .reduce((sum, value) => sum + value.value, 0);
    const before = await total();
    await send(lean.url, json({ query: '{ __typename }' }));
    await send(lean.url, json([{ query: '{ __typename }' }]));
    await send(lean.url, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(await total()).toBe(before + 3);
  });
});
