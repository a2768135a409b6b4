import { describe, expect, it } from 'vitest';
import { latestChangeQuery, lockRecordsQuery } from '../../../src/store/neo4j/cypher/index.js';
import { lockKeysOf } from '../../../src/store/neo4j/write-locks.js';
import type { WriteBatch } from '../../../src/model/index.js';

// The statements a curation write runs before it reads anything (pure builders, no database).
describe('record locks', () => {
  it('locks each record once, in sorted order, by writing to its lock node', () => {
    const query = lockRecordsQuery(['park:b', 'city:a', 'park:b']);
    expect(query.text).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MERGE (lock:WriteLock {id: id})
      SET lock.held = true
      REMOVE lock.held
      RETURN count(lock) AS locked"
    `);
    expect(query.parameters).toEqual({ ids: ['city:a', 'park:b'] });
  });

  it('locks a relationship with both of its ends, for upserts and retractions alike', () => {
    const batch: WriteBatch = {
      id: 'b',
      at: '2026-01-01T00:00:00.000Z',
      actor: 'test',
      operations: [
        { action: 'RETRACT_RELATIONSHIP', id: 'park:p-[LOCATED_IN]->city:c', reason: 'test' },
        { action: 'RETRACT_ENTITY', id: 'city:c', reason: 'test' },
        { action: 'RETRACT_RELATIONSHIP', id: 'not a relationship id', reason: 'test' },
      ],
    };
    expect(lockKeysOf(batch)).toEqual([
      'park:p-[LOCATED_IN]->city:c',
      'park:p',
      'city:c',
      'not a relationship id',
    ]);
  });

  it('locks what an upsert rests on, a relationship with its ends, so a retraction of it waits', () => {
    const inferred = (basis: string[]) => ({
      kind: 'INFERRED' as const,
      source: null,
      section: null,
      rationale: 'test',
      basis,
    });
    const batch: WriteBatch = {
      id: 'b',
      at: '2026-01-01T00:00:00.000Z',
      actor: 'test',
      operations: [
        {
          action: 'UPSERT_ENTITY',
          entity: {
            id: 'park:p',
            kind: 'PARK',
            name: 'P',
            aliases: [],
            description: null,
            attributes: {},
            evidence: [inferred(['city:c', 'park:q-[LOCATED_IN]->city:d']), inferred(['city:c'])],
          },
        },
      ],
    };
    expect(lockKeysOf(batch)).toEqual([
      'park:p',
      'city:c',
      'park:q-[LOCATED_IN]->city:d',
      'park:q',
      'city:d',
    ]);
  });

  it('reads the newest change of the locked records by the target index', () => {
    const query = latestChangeQuery(['city:a', 'city:a', 'park:b']);
    expect(query.text).toMatchInlineSnapshot(`
      "UNWIND $targetIds AS targetId
      MATCH (c:Change {targetId: targetId})
      RETURN c.id AS id, c.at AS at
      ORDER BY id DESC
      LIMIT 1"
    `);
    expect(query.parameters).toEqual({ targetIds: ['city:a', 'park:b'] });
  });
});
