import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../../src/model/index.js';
import type { Neo4jStore } from '../../../src/store/neo4j/index.js';
import { bundledDataset } from '../../support/bundled-dataset.js';
import { openTestNeo4jStore, resetToBundledDataset } from '../../support/neo4j-test-database.js';

// Writes to the shared test Neo4j: runs after every reading test, and restores the bundled dataset.
describe('deleteAll on Neo4j', () => {
  let store: Neo4jStore;
  let dataset: Dataset;

  beforeAll(async () => {
    store = openTestNeo4jStore(inject('neo4j'));
    dataset = await bundledDataset();
  });

  afterAll(async () => {
    await resetToBundledDataset(store);
    await store.close();
  });

  // History kept past its records would greet the next seed (or a test run on a reused NEO4J_URI)
  // with changes to a graph that no longer exists.
  it('removes the curation history with the records it describes', async () => {
    const [first] = dataset.entities;
    const at = new Date().toISOString();
    await store.write({
      id: `${at}-0000abcd`,
      at,
      actor: 'test',
      operations: [{ action: 'UPSERT_ENTITY', entity: { ...first!, description: 'Rewritten by a test.' } }],
    });
    const page = { first: 10, after: null };
    expect((await store.history({ targetId: first!.id }, page)).items).toHaveLength(1);

    await store.deleteAll();

    expect((await store.history({ targetId: null }, page)).items).toEqual([]);
    expect((await store.summary()).entityCount).toBe(0);
  });
});
