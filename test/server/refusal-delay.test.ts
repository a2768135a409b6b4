import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/create-apollo-server.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type AppOptions } from '../../src/server/create-app.js';
import { createRequestListener } from '../../src/server/serve-hot-path.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

/**
 * An over-limit query's refusal is held back (issue 10: a client sending only refusals could still take
 * the CPU from well-formed clients), on the lean path and on the Express app alike, while a well-formed
 * query sent at the same time is answered at once.
 */

const DELAY_MS = 400;
const OVER_LIMIT = `{ summary { ${Array.from({ length: 1200 }, () => 'entityCount').join(' ')} } }`;
const WELL_FORMED = '{ summary { entityCount } }';
/** Within every limit the text shows, refused only after validation, by its estimated cost. */
const OVER_COST =
  '{ entities(first: 100) { edges { node { relationships(first: 100) { edges { other { relationships(first: 100) { edges { node { id } } } } } } } } } }';
/** Parses, and fails validation (graphql-js's own rule, after the limits). */
const INVALID = '{ summary { entityCount noSuchField } }';

let store: KnowledgeGraphStore;
let apollo: ApolloServer<GraphQLContext>;
const servers: http.Server[] = [];

async function serve(listener: (options: AppOptions) => http.RequestListener): Promise<string> {
  const server = http.createServer(
    listener({ apollo, store, logger: createLogger({ level: 'silent' }), refusalDelayMs: DELAY_MS }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Posts a query (or any body) and says when its answer arrived, in milliseconds from `start`. */
async function post(url: string, query: string | unknown[], start: number) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(typeof query === 'string' ? { query } : query),
  });
  const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
  return { status: response.status, body, at: performance.now() - start };
}

beforeAll(async () => {
  store = createEmbeddedStore({ dataset: await bundledDataset() });
  apollo = createApolloServer({ logger: createLogger({ level: 'silent' }), introspection: true });
  await apollo.start();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await apollo.stop();
  await store.close();
});

describe.each([
  ['the lean path', createRequestListener],
  ['the Express app', createApp as (options: AppOptions) => http.RequestListener],
])('%s with a refusal delay', (_name, listener) => {
  it('holds the refusal back, and answers a well-formed query sent meanwhile first', async () => {
    const url = await serve(listener);
    const start = performance.now();
    const [refused, answered] = await Promise.all([
      post(url, OVER_LIMIT, start),
      post(url, WELL_FORMED, start),
    ]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('LIMIT_EXCEEDED');
    expect(refused.at).toBeGreaterThanOrEqual(DELAY_MS);
    expect(answered.status).toBe(200);
    expect(answered.at).toBeLessThan(refused.at);
  });

  it('holds back the refusal of a batch too', async () => {
    const url = await serve(listener);
    const start = performance.now();
    const [refused, answered] = await Promise.all([
      post(
        url,
        Array.from({ length: 1000 }, () => 0),
        start,
      ),
      post(url, WELL_FORMED, start),
    ]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(refused.at).toBeGreaterThanOrEqual(DELAY_MS);
    expect(answered.at).toBeLessThan(refused.at);
  });

  it.each([
    ['over the cost limit', OVER_COST, 'LIMIT_EXCEEDED'],
    ['that fails validation', INVALID, 'GRAPHQL_VALIDATION_FAILED'],
  ])(
    'holds back the refusal of a document %s, which Apollo refuses after parsing it',
    async (_what, query, code) => {
      const url = await serve(listener);
      const start = performance.now();
      const [refused, answered] = await Promise.all([post(url, query, start), post(url, WELL_FORMED, start)]);
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.extensions.code).toBe(code);
      expect(refused.at).toBeGreaterThanOrEqual(DELAY_MS);
      expect(answered.status).toBe(200);
      expect(answered.at).toBeLessThan(refused.at);
    },
  );
});
