import { afterAll, beforeAll, inject } from 'vitest';
import type { Authentication } from '../../src/auth/index.js';
import { createContext } from '../../src/graphql/context.js';
import type { Neo4jStore } from '../../src/store/neo4j/index.js';
import { createGraphQLHarness, type GraphQLHarness, type TestResult } from './graphql-harness.js';
import { openTestNeo4jStore, resetToBundledDataset } from './neo4j-test-database.js';

/** The plan the write tests quote, and a sentence of it with its offsets. */
export const PLAN = 'wenzhou-yrd-action-plan-2020';
export const PORT_QUOTE =
  'Wenzhou will also build an important hub port influencing southern Zhejiang, northern Fujian and eastern Jiangxi';
/** Where PORT_QUOTE is in the plan's text (seed/wenzhou-yrd/sources/wenzhou-yrd-action-plan-2020.txt). */
export const PORT_QUOTE_START = 6960;
/** A QUOTED evidence input that holds: what a test record needs to be written. */
export const PORT_QUOTED = {
  kind: 'QUOTED',
  source: PLAN,
  quote: PORT_QUOTE,
  start: PORT_QUOTE_START,
  end: PORT_QUOTE_START + PORT_QUOTE.length,
  section: 'Task Three',
} as const;

/** The curator the write tests act as. */
export const CURATOR: Authentication = { principal: { name: 'alice', role: 'curator' } };

export type Execute = (
  query: string,
  variables?: Record<string, unknown>,
  authentication?: Authentication,
) => Promise<TestResult>;

/**
 * For a describe block of a `*.writes.test.ts` file: a harness on the store the project names (the
 * embedded store in project main, Neo4j in neo4j-writes), whose writes are undone on Neo4j when the
 * block ends (the database is shared with later files), and `execute`, which runs an operation as
 * CURATOR unless told otherwise.
 */
export function useCurationHarness(requestId: string): { execute: Execute; harness: () => GraphQLHarness } {
  let harness: GraphQLHarness;

  beforeAll(async () => {
    harness = await createGraphQLHarness();
  });

  afterAll(async () => {
    await harness.stop();
    if (process.env['TEST_STORE'] === 'neo4j') {
      const store: Neo4jStore = openTestNeo4jStore(inject('neo4j'));
      await resetToBundledDataset(store);
      await store.close();
    }
  });

  const execute: Execute = async (query, variables = {}, authentication = CURATOR) => {
    const response = await harness.server.executeOperation(
      { query, variables },
      { contextValue: createContext({ store: harness.store, requestId, authentication }) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as TestResult;
  };
  return { execute, harness: () => harness };
}
