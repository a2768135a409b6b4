import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset, EntityRecord } from '../../../src/model/index.js';
import type { ImportProgress, Neo4jStore } from '../../../src/store/neo4j/index.js';
import { bundledDataset } from '../../support/bundled-dataset.js';
import { openTestNeo4jStore, resetToBundledDataset } from '../../support/neo4j-test-database.js';

/** The records one at a time, as a streamed dataset yields them; throws after `failAfter` of them. */
async function* streamed<T>(records: readonly T[], failAfter = Infinity): AsyncGenerator<T> {
  for (const [index, record] of records.entries()) {
    if (index === failAfter) throw new Error('the stream stopped');
    yield record;
  }
}

// Writes to the shared test Neo4j: runs after every reading test, and restores the bundled dataset.
describe('streaming a dataset into Neo4j', () => {
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

  it('completes a load that stopped half-way when it is run again', async () => {
    await store.deleteAll();
    const stopped = store.importDataset(
      { ...dataset, entities: streamed<EntityRecord>(dataset.entities, 50) },
      { batchSize: 20 },
    );
    await expect(stopped).rejects.toThrow('the stream stopped');
    // The two full batches before the failure were written; the ten rows after them were not.
    expect((await store.summary()).entityCount).toBe(40);

    const completed = await store.importDataset(
      { ...dataset, entities: streamed(dataset.entities), relationships: streamed(dataset.relationships) },
      { batchSize: 20, concurrency: 3 },
    );
    expect(completed.entities).toEqual({ created: dataset.entities.length - 40, updated: 0, unchanged: 40 });
    expect(completed.relationships).toEqual({
      created: dataset.relationships.length,
      updated: 0,
      unchanged: 0,
    });
    const summary = await store.summary();
    expect(summary.entityCount).toBe(dataset.entities.length);
    for (const relationship of dataset.relationships.slice(0, 25)) {
      expect((await store.getRelationships([relationship.id]))[0]).toEqual(relationship);
    }
    expect(summary.relationshipsByType['PART_OF_TASK']).toBe(
      dataset.relationships.filter((r) => r.type === 'PART_OF_TASK').length,
    );

    const again = await store.importDataset(dataset, { batchSize: 20, concurrency: 3 });
    expect(again.entities).toEqual({ created: 0, updated: 0, unchanged: dataset.entities.length });
    expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: dataset.relationships.length });
  });

  it('reports progress without a total when a stream does not say its counts', async () => {
    const progress: ImportProgress[] = [];
    await store.importDataset(
      { ...dataset, entities: streamed(dataset.entities), relationships: streamed(dataset.relationships) },
      { batchSize: 50, onProgress: (p) => progress.push(p) },
    );
    const entities = progress.filter((p) => p.phase === 'entities');
    expect(entities.every((p) => p.total === null)).toBe(true);
    expect(entities.at(-1)!.done).toBe(dataset.entities.length);
    expect(progress.at(-1)).toEqual({
      phase: 'relationships',
      done: dataset.relationships.length,
      total: null,
    });
  });

  it('updates a relationship whose properties changed, in place', async () => {
    const [first] = dataset.relationships;
    const changed = { ...first!, properties: { ...first!.properties, year: 2031 } };
    const summary = await store.importDataset({
      ...dataset,
      relationships: [changed, ...dataset.relationships.slice(1)],
    });
    expect(summary.relationships).toEqual({
      created: 0,
      updated: 1,
      unchanged: dataset.relationships.length - 1,
    });
    expect((await store.getRelationships([first!.id]))[0]).toEqual(changed);
    expect((await store.summary()).relationshipCount).toBe(dataset.relationships.length);
  });
});
