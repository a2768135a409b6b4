import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { createContext, type GraphQLContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/create-apollo-server.js';
import { createLogger } from '../../src/logger.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

/** The request time limit: a request that runs past it is answered at the deadline with TIMEOUT. */

const TIMEOUT_MS = 150;
let store: KnowledgeGraphStore;
let slowStore: KnowledgeGraphStore;
let server: ApolloServer<GraphQLContext>;
let storeCallsStarted = 0;

beforeAll(async () => {
  store = createEmbeddedStore({ dataset: await bundledDataset() });
  // Every relationship page takes 400 ms: longer than the request's limit.
  slowStore = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        storeCallsStarted += 1;
        if (String(property).toLowerCase().includes('relationships')) {
          await new Promise((resolve) => setTimeout(resolve, 400));
        }
        return (value as (...inner: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  server = createApolloServer({
    logger: createLogger({ level: 'silent' }),
    introspection: true,
    requestTimeoutMs: TIMEOUT_MS,
  });
  await server.start();
});

afterAll(async () => {
  await server.stop();
  await store.close();
});

async function run(query: string, onStore: KnowledgeGraphStore) {
  const started = Date.now();
  const response = await server.executeOperation(
    { query },
    { contextValue: createContext({ store: onStore, requestId: 'test-request' }) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { result: response.body.singleResult, elapsed: Date.now() - started };
}

describe('request time limit', () => {
  it('answers at the deadline with TIMEOUT for the fields still waiting, keeping what was ready', async () => {
    // `ready` needs only the entity; `waiting` reads its relationships with it, and they are slow.
    const { result, elapsed } = await run(
      '{ ready: entity(id: "city:wenzhou") { name } waiting: entity(id: "city:wenzhou") { relationships { edges { other { id } } } } }',
      slowStore,
    );
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(elapsed).toBeLessThan(390);
    expect(result.data).toEqual({ ready: { name: 'Wenzhou' }, waiting: null });
    expect(result.errors).toEqual([
      {
        message: `The query ran longer than the ${TIMEOUT_MS} ms limit. Ask for less: a smaller depth, limit or page.`,
        locations: [{ line: 1, column: 46 }],
        path: ['waiting'],
        extensions: { code: 'TIMEOUT', timeoutMs: TIMEOUT_MS, requestId: 'test-request' },
      },
    ]);
  });

  it('starts no store call for the request once its time is up', async () => {
    await run('{ entity(id: "city:wenzhou") { relationships { edges { other { id } } } } }', slowStore);
    const before = storeCallsStarted;
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The page that was waiting finished in the background; `other` was never asked for.
    expect(storeCallsStarted).toBe(before);
  });

  it('leaves requests within the limit alone', async () => {
    const { result } = await run('{ entity(id: "city:wenzhou") { name } }', store);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ entity: { name: expect.any(String) } });
  });
});
