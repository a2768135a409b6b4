import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { expect, inject } from 'vitest';
import { createContext, type GraphQLContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/create-apollo-server.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { SecurityOptions } from '../../src/server/create-app.js';
import type { WorkTurns } from '../../src/turns/index.js';
import { startService, type RunningService } from '../../src/server/start-service.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';
import { bundledDataset } from './bundled-dataset.js';
import { openTestNeo4jStore } from './neo4j-test-database.js';

/** A GraphQL result whose `data` tests may read freely. */
// The shape of `data` depends on the operation; tests narrow it by what they asked for.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TestResult = FormattedExecutionResult<Record<string, any>>;

/** Runs one operation in-process and returns its single result. */
export type Execute = (query: string, variables?: Record<string, unknown>) => Promise<TestResult>;

export interface GraphQLHarness {
  store: KnowledgeGraphStore;
  server: ApolloServer<GraphQLContext>;
  execute: Execute;
  /** Stops the Apollo server and closes the store. */
  stop(): Promise<void>;
}

export interface GraphQLHarnessOptions {
  /** Wraps (or replaces) the embedded store on the bundled dataset. @default the store itself */
  wrapStore?: (store: KnowledgeGraphStore) => KnowledgeGraphStore;
  /** @default 'test-request' */
  requestId?: string;
  /** @default a silent logger */
  logger?: Logger;
}

/**
 * An Apollo server on the embedded store of the bundled dataset, with a silent logger. Each `execute`
 * builds a fresh context (fresh loaders), as the HTTP integration does per request.
 */
export async function createGraphQLHarness(options: GraphQLHarnessOptions = {}): Promise<GraphQLHarness> {
  const base = await openStoreUnderTest();
  const store = options.wrapStore ? options.wrapStore(base) : base;
  const server = createApolloServer({
    logger: options.logger ?? createLogger({ level: 'silent' }),
    introspection: true,
  });
  await server.start();
  const requestId = options.requestId ?? 'test-request';
  const execute: Execute = async (query, variables) => {
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: createContext({ store, requestId }) },
    );
    expect(response.body.kind).toBe('single');
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as TestResult;
  };
  return {
    store,
    server,
    execute,
    async stop() {
      await server.stop();
      await base.close();
    },
  };
}

/**
 * The store the GraphQL suites run on: the embedded store, or with TEST_STORE=neo4j (the vitest
 * project `graphql-neo4j`) the real Neo4j of the global setup, so the same API tests hold both.
 */
export async function openStoreUnderTest(): Promise<KnowledgeGraphStore> {
  if (process.env['TEST_STORE'] === 'neo4j') return openTestNeo4jStore(inject('neo4j'));
  return createEmbeddedStore({ dataset: await bundledDataset() });
}

/** The port methods a counting store counts. */
export type StoreMethod = Exclude<keyof KnowledgeGraphStore, 'kind'>;

export interface CountingStore {
  store: KnowledgeGraphStore;
  /** Calls per method since the last reset; methods never called are absent. */
  calls: Partial<Record<StoreMethod, number>>;
  /** The total number of calls (round trips) since the last reset. */
  total(): number;
  reset(): void;
}

/** Wraps a store so every call of a port method is counted (one call is one round trip to a real store). */
export function countingStore(inner: KnowledgeGraphStore): CountingStore {
  const calls: Partial<Record<StoreMethod, number>> = {};
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const method = property as StoreMethod;
        calls[method] = (calls[method] ?? 0) + 1;
        return (value as (...inner: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    store,
    calls,
    total: () => Object.values(calls).reduce((sum, count) => sum + count, 0),
    reset() {
      for (const key of Object.keys(calls)) delete calls[key as StoreMethod];
    },
  };
}

/** The errors of a result, failing the test when there are none. */
export function errorsOf(result: TestResult): NonNullable<TestResult['errors']> {
  expect(result.errors, 'expected the operation to fail').toBeDefined();
  return result.errors!;
}

/** The one error of a result, failing the test when there are none or several. */
export function onlyError(result: TestResult): NonNullable<TestResult['errors']>[number] {
  const errors = errorsOf(result);
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

/** The data of a result, failing the test (with the errors) when there are any. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dataOf(result: TestResult): Record<string, any> {
  expect(result.errors).toBeUndefined();
  expect(result.data).toBeTruthy();
  return result.data!;
}

export interface TestServiceOptions {
  /** Wraps (or replaces) the embedded store on the bundled dataset. @default the store itself */
  wrapStore?: (store: KnowledgeGraphStore) => KnowledgeGraphStore;
  /** @default true */
  introspection?: boolean;
  /** Apollo's CSRF prevention (a GET needs a preflight-forcing header). @default false, as in production */
  csrfPrevention?: boolean;
  /** Credentials, CORS and landing page. @default the service's DEFAULT_SECURITY */
  security?: SecurityOptions;
  /** How long a client has to send a request. @default the service's */
  requestReadTimeoutMs?: number;
  /** Where exports and analytics wait for their turn. @default the process's */
  workTurns?: WorkTurns;
  /** @default a silent logger */
  logger?: Logger;
}

/** The real HTTP service on 127.0.0.1 and a free port, over the embedded store, with a silent logger. */
export async function startTestService(options: TestServiceOptions = {}): Promise<RunningService> {
  const embedded = createEmbeddedStore({ dataset: await bundledDataset() });
  return startService({
    store: options.wrapStore ? options.wrapStore(embedded) : embedded,
    logger: options.logger ?? createLogger({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
    introspection: options.introspection ?? true,
    csrfPrevention: options.csrfPrevention ?? false,
    ...(options.security ? { security: options.security } : {}),
    ...(options.requestReadTimeoutMs === undefined
      ? {}
      : { requestReadTimeoutMs: options.requestReadTimeoutMs }),
    ...(options.workTurns ? { workTurns: options.workTurns } : {}),
  });
}
