import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { createContext, type GraphQLContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/create-apollo-server.js';
import { createLogger } from '../../src/logger.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

/** The request time limit: a request that runs past it is answered at the deadline with TIMEOUT. */

// Long enough that parsing, validating and the first (unheld) store call of a cold request fit on a
// busy machine: only the held relationship page may run into it.
const TIMEOUT_MS = 1_000;
// How late the answer may come after the deadline: a timer firing late on a busy machine, nothing more.
// The held page never answers on its own, so only the deadline can end the request.
const LATE_MS = 250;
let store: KnowledgeGraphStore;
let server: ApolloServer<GraphQLContext>;

/**
 * The store with every relationship page held until `release()`: a query slower than any deadline,
 * without a sleep, so the test does not depend on how fast the machine is.
 */
interface HeldStore {
  store: KnowledgeGraphStore;
  /** Store calls started so far (held or not). */
  callsStarted(): number;
  /** The store methods called so far, in order. */
  methodsCalled(): string[];
  /** Lets the held pages answer, and resolves once they have. */
  release(): Promise<void>;
}

function holdRelationshipPages(inner: KnowledgeGraphStore): HeldStore {
  let calls = 0;
  const methods: string[] = [];
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  const held: Promise<unknown>[] = [];
  const wrapped = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls += 1;
        methods.push(String(property));
        const call = () => (value as (...inner: unknown[]) => unknown).apply(target, args);
        if (!String(property).toLowerCase().includes('relationships')) return call();
        const answer = gate.then(call);
        held.push(answer);
        return answer;
      };
    },
  });
  return {
    store: wrapped,
    callsStarted: () => calls,
    methodsCalled: () => [...methods],
    async release() {
      open();
      await Promise.allSettled(held);
    },
  };
}

let slow: HeldStore;

beforeAll(async () => {
  store = createEmbeddedStore({ dataset: await bundledDataset() });
  server = createApolloServer({
    logger: createLogger({ level: 'silent' }),
    introspection: true,
    requestTimeoutMs: TIMEOUT_MS,
  });
  await server.start();
});

beforeEach(() => {
  slow = holdRelationshipPages(store);
});

afterEach(async () => {
  await slow.release();
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
    // `waiting` reads its relationships ahead with the entity, so it waits on the held page; `ready` does not.
    const { result, elapsed } = await run(
      '{ ready: entity(id: "city:wenzhou") { name } waiting: entity(id: "city:wenzhou") { name relationships { edges { other { id } } } } }',
      slow.store,
    );
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + LATE_MS);
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
    const { result } = await run(
      '{ entity(id: "city:wenzhou") { relationships { edges { other { id degree } } } } }',
      slow.store,
    );
    expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual(['TIMEOUT']);
    const before = slow.callsStarted();
    // The page that was waiting answers after the deadline. Were the execution to go on, the `degree`
    // loader of its `other` ends would call the store in the promise jobs and ticks that follow: one
    // macrotask later that call has started (checked with no time limit), so this is long enough.
    await slow.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(slow.callsStarted()).toBe(before);
  });

  it('starts no resolver for the request once it has been answered, so no new store call', async () => {
    // `search` fails at once and, being non-null, takes `data` with it: graphql-js answers without
    // waiting for the held page.
    const { result, elapsed } = await run(
      '{ entity(id: "city:wenzhou") { relationships { edges { other { id degree } } } } bad: search(query: "") { score } }',
      slow.store,
    );
    expect(elapsed).toBeLessThan(TIMEOUT_MS);
    expect(result.data).toBeNull();
    expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    // The entity's loader had been asked before the answer and reads its batch in the tick after. Were
    // the execution to go on after that, the `degree` loader of its `other` ends would call the store
    // too, as above.
    await slow.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(slow.methodsCalled()).toEqual(['relationshipsOf']);
  });

  it('leaves requests within the limit alone', async () => {
    const { result } = await run('{ entity(id: "city:wenzhou") { name } }', store);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ entity: { name: expect.any(String) } });
  });
});
