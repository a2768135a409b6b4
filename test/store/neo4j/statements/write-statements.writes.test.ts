import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ChangeRecord, EntityRecord, RelationshipRecord } from '../../../../src/model/index.js';
import * as statements from '../../../../src/store/neo4j/cypher/index.js';
import { entityRow, relationshipRow } from '../../../../src/store/neo4j/import-dataset.js';
import type { Neo4jStore } from '../../../../src/store/neo4j/index.js';
import type { QueryRunner } from '../../../../src/store/neo4j/query-runner.js';
import { bundledDataset } from '../../../support/bundled-dataset.js';
import { openTestNeo4jStore, resetToBundledDataset } from '../../../support/neo4j-test-database.js';
import { openStatementRunner, rolledBack } from './statement-runner.js';

// Every write statement run on the real Neo4j, its rows decoded by its own decoder. Each test runs
// in one write transaction that it then rolls back; the file still runs with the writers and
// restores the bundled dataset, in case a rollback did not happen.
describe('write statements decode real Neo4j rows', () => {
  let runner: QueryRunner;
  let close: () => Promise<void>;
  let store: Neo4jStore;

  const entity: EntityRecord = {
    id: 'person:decoder-test',
    kind: 'PERSON',
    name: 'Decoder Test',
    aliases: ['D. Test'],
    description: null,
    attributes: { title: 'Tester' },
    evidence: [
      {
        kind: 'QUOTED',
        source: 'wenzhou-yrd-action-plan-2020',
        section: null,
        quote: 'Wenzhou',
        start: 0,
        end: 7,
        mentions: { 'city:wenzhou': 'Wenzhou' },
      },
      { kind: 'INFERRED', source: null, section: null, rationale: 'For the test.', basis: ['city:wenzhou'] },
    ],
  };
  const relationship: RelationshipRecord = {
    id: 'person:decoder-test-[COOPERATES_WITH]->city:wenzhou',
    type: 'COOPERATES_WITH',
    from: entity.id,
    to: 'city:wenzhou',
    properties: { year: 2024, validFrom: '2024-03' },
    evidence: [{ kind: 'CITED', source: 'yrd-outline-2019', section: 'Chapter 1', note: 'A note.' }],
  };
  const change: ChangeRecord = {
    id: '2099-01-01T00:00:00.000Z-decoder#0',
    batchId: '2099-01-01T00:00:00.000Z-decoder',
    at: '2099-01-01T00:00:00.000Z',
    actor: 'test',
    action: 'UPSERT_ENTITY',
    targetId: entity.id,
    reason: null,
    before: null,
    after: JSON.stringify(entity),
  };

  beforeAll(async () => {
    ({ runner, close } = openStatementRunner(inject('neo4j')));
    store = openTestNeo4jStore(inject('neo4j'));
  });

  afterAll(async () => {
    await resetToBundledDataset(store);
    await store.close();
    await close();
  });

  it('upserts and imports, counting what they created and updated', async () => {
    await rolledBack(runner, async (run) => {
      expect(await run(statements.upsertEntitiesQuery([entityRow(entity)]))).toEqual([
        { created: 1, updated: 0 },
      ]);
      expect(await run(statements.upsertEntitiesQuery([entityRow(entity)]))).toEqual([
        { created: 0, updated: 0 },
      ]);
      const renamed = { ...entity, name: 'Renamed' };
      expect(await run(statements.importEntitiesQuery([entityRow(renamed)]))).toEqual([
        { created: 0, updated: 1 },
      ]);
      const rows = [relationshipRow(relationship)];
      expect(await run(statements.upsertRelationshipsQuery('COOPERATES_WITH', rows))).toEqual([
        { created: 1, updated: 0 },
      ]);
      expect(await run(statements.importRelationshipsQuery('COOPERATES_WITH', rows))).toEqual([
        { created: 0, updated: 0 },
      ]);
      const source = { id: 'decoder-test-source', kind: 'REFERENCE', title: 'T', contentHash: 'h' };
      expect(await run(statements.upsertSourcesQuery([{ props: source }]))).toEqual([
        { created: 1, updated: 0 },
      ]);

      // What was written reads back whole: mentions, INFERRED basis, integer and date properties.
      expect(await run(statements.getEntitiesQuery([entity.id]))).toEqual([renamed]);
      expect(await run(statements.getRelationshipsQuery([relationship]))).toEqual([relationship]);
    });
    expect(await store.getEntities([entity.id])).toEqual([null]);
  });

  it('locks, records a change and reads it back, in the transaction', async () => {
    await rolledBack(runner, async (run) => {
      expect(await run(statements.lockRecordsQuery([entity.id, 'city:wenzhou', entity.id]))).toEqual([2]);
      expect(await run(statements.recordChangesQuery([change]))).toEqual([]);
      expect(await run(statements.latestChangeQuery([entity.id]))).toEqual([
        { id: change.id, at: change.at },
      ]);
      expect(await run(statements.historyQuery(entity.id, { first: 5, after: null }))).toEqual([change]);
    });
  });

  it('retracts, deletes and tells which facts exist', async () => {
    const dataset = await bundledDataset();
    await rolledBack(runner, async (run) => {
      await run(statements.upsertEntitiesQuery([entityRow(entity)]));
      await run(statements.upsertRelationshipsQuery('COOPERATES_WITH', [relationshipRow(relationship)]));
      const ids = [entity.id, relationship.id, 'city:nowhere'];
      expect(new Set(await run(statements.existingFactIdsQuery(ids)))).toEqual(
        new Set([entity.id, relationship.id]),
      );
      expect(await run(statements.deleteRelationshipQuery(relationship))).toEqual([]);
      expect(await run(statements.existingFactIdsQuery(ids))).toEqual([entity.id]);
      await run(statements.upsertRelationshipsQuery('COOPERATES_WITH', [relationshipRow(relationship)]));
      expect(await run(statements.relationshipIdsOfQuery([entity.id, 'city:nowhere']))).toEqual([
        relationship.id,
      ]);
      expect(await run(statements.retractEntityQuery(entity.id))).toEqual([
        { entity, relationships: [relationship] },
      ]);
      expect(await run(statements.retractEntityQuery(entity.id))).toEqual([]);

      const sources = await run(statements.sourcesWithTextQuery());
      expect(sources.map((row) => row.source)).toEqual(expect.arrayContaining(dataset.sources));
      expect(sources.find((row) => row.source.kind === 'PRIMARY')?.text).toBe(
        dataset.sourceTexts['wenzhou-yrd-action-plan-2020'],
      );
    });
  });

  it('deletes everything in slices, saying how many it deleted', async () => {
    await rolledBack(runner, async (run) => {
      const [deleted] = await run(statements.deleteAllSliceQuery());
      expect(deleted).toBeGreaterThan(0);
      expect(await run(statements.deleteAllSliceQuery())).toEqual([0]);
    });
    expect((await store.summary()).entityCount).toBe((await bundledDataset()).entities.length);
  });
});
