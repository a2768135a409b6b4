import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import neo4j from 'neo4j-driver';
import type { Dataset } from '../../../src/model/index.js';
import type { Neo4jStore } from '../../../src/store/neo4j/index.js';
import { bundledDataset } from '../../support/bundled-dataset.js';
import { openTestNeo4jStore, resetToBundledDataset } from '../../support/neo4j-test-database.js';

// Writes to the shared test Neo4j: runs after every reading test, and restores the bundled dataset.
describe('loading a dataset into Neo4j', () => {
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

  it('changes nothing when the same data is loaded again', async () => {
    const summary = await store.importDataset(dataset, { batchSize: 50 });
    expect(summary.entities).toEqual({ created: 0, updated: 0, unchanged: dataset.entities.length });
    expect(summary.relationships).toEqual({
      created: 0,
      updated: 0,
      unchanged: dataset.relationships.length,
    });
    expect(summary.sources).toEqual({ created: 0, updated: 0, unchanged: dataset.sources.length });
  });

  it('creates new records, updates changed ones, and relabels an entity whose kind changed', async () => {
    const [first, second] = dataset.entities;
    const changed: Dataset = {
      ...dataset,
      entities: [
        { ...first!, description: 'A changed description.' },
        { ...second!, kind: 'ORGANIZATION' },
        ...dataset.entities.slice(2),
        {
          ...first!,
          id: 'organization:test-added',
          kind: 'ORGANIZATION',
          name: 'Test Added Organisation',
          aliases: [],
        },
      ],
      relationships: [
        ...dataset.relationships,
        {
          id: `organization:test-added-[COOPERATES_WITH]->${first!.id}`,
          type: 'COOPERATES_WITH',
          from: 'organization:test-added',
          to: first!.id,
          properties: { year: 2024 },
          evidence: first!.evidence,
        },
      ],
    };
    const progress: string[] = [];
    const summary = await store.importDataset(changed, {
      batchSize: 40,
      onProgress: (p) => progress.push(`${p.phase}:${p.done}/${p.total}`),
    });
    expect(summary.entities).toEqual({ created: 1, updated: 2, unchanged: dataset.entities.length - 2 });
    expect(summary.relationships).toEqual({
      created: 1,
      updated: 0,
      unchanged: dataset.relationships.length,
    });
    expect(progress).toContain(`entities:${changed.entities.length}/${changed.entities.length}`);
    expect(progress.at(-1)).toBe(
      `relationships:${changed.relationships.length}/${changed.relationships.length}`,
    );

    const [updated, relabelled, added] = await store.getEntities([
      first!.id,
      second!.id,
      'organization:test-added',
    ]);
    expect(updated?.description).toBe('A changed description.');
    expect(relabelled?.kind).toBe('ORGANIZATION');
    expect(added?.name).toBe('Test Added Organisation');
    const found = await store.listEntities({ kinds: ['ORGANIZATION'] }, { first: 100, after: null });
    expect(found.items.map((entity) => entity.id)).toEqual(
      expect.arrayContaining([second!.id, 'organization:test-added']),
    );
    expect((await store.summary()).entitiesByKind[second!.kind]).toBe(
      dataset.entities.filter((entity) => entity.kind === second!.kind).length - 1,
    );

    const again = await store.importDataset(changed);
    expect(
      again.entities.created +
        again.entities.updated +
        again.relationships.created +
        again.relationships.updated,
    ).toBe(0);
  });
  it('fills in the search fields of entities an earlier version wrote, so search finds them again', async () => {
    const connection = inject('neo4j');
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
    try {
      await driver.executeQuery('MATCH (n:Entity) REMOVE n.searchForms, n.searchName, n.searchAliases');
      const request = { query: 'wenzhou', kinds: ['CITY' as const], first: 1 };
      // Without the fields the search statement scores nothing: what the backfill is for.
      expect(await store.search(request)).toEqual([]);

      await store.ensureSchema();

      expect((await store.search(request)).map((hit) => [hit.entity.id, hit.score])).toEqual([
        ['city:wenzhou', 1],
      ]);
      const { records } = await driver.executeQuery(
        'MATCH (n:Entity) WHERE n.searchForms IS NULL OR n.searchName IS NULL OR n.searchAliases IS NULL RETURN count(n) AS missing',
      );
      expect(records[0]!.get('missing').toNumber()).toBe(0);
    } finally {
      await driver.close();
    }
  });
});
