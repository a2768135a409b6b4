import { describe, expect, it } from 'vitest';
import type { EntityRecord, WriteBatch } from '../../src/model/index.js';
import { GroundingCheck } from '../../src/store/common/grounding-check.js';
import { footingOf, MAX_GROUNDING_WALK } from '../../src/validation/index.js';

const park = (id: string, basis: string[]): EntityRecord => ({
  id,
  kind: 'PARK',
  name: id,
  aliases: [],
  description: null,
  attributes: {},
  evidence: [{ kind: 'INFERRED', source: null, section: null, rationale: 'A test inference.', basis }],
});
const batchOf = (entities: EntityRecord[]): WriteBatch => ({
  id: '2026-12-04T00:00:00.000Z-test',
  actor: 'alice',
  at: '2026-12-04T00:00:00.000Z',
  operations: entities.map((entity) => ({ action: 'UPSERT_ENTITY' as const, entity })),
});

/** Runs the check over `stored`, the records as they stand once the batch is applied. */
function check(batch: WriteBatch, stored: Map<string, EntityRecord>): void {
  const grounding = new GroundingCheck(batch);
  for (let ids = grounding.idsToRead(); ids.length > 0; ids = grounding.idsToRead()) {
    grounding.read(ids.flatMap((id) => (stored.has(id) ? [footingOf(id, stored.get(id)!.evidence)] : [])));
  }
  grounding.assertGrounded();
}

const QUOTED_CITY: EntityRecord = {
  ...park('city:quoted', []),
  kind: 'CITY',
  evidence: [{ kind: 'CITED', source: 'wikipedia-wenzhou', section: null, note: 'A test note.' }],
};

describe('the grounding check of a batch', () => {
  it('takes an import of more unsourced records than the walk limit, each resting on a sourced one', () => {
    const many = Array.from({ length: MAX_GROUNDING_WALK + 200 }, (_, n) =>
      park(`park:many-${n}`, ['city:quoted']),
    );
    const stored = new Map([QUOTED_CITY, ...many].map((entity) => [entity.id, entity]));
    expect(() => check(batchOf(many), stored)).not.toThrow();
  });

  it('refuses a write whose inferences lead through more stored unsourced records than the limit', () => {
    // A chain of stored inferences, each resting on the next, ending in a quote past the limit.
    const chain = Array.from({ length: MAX_GROUNDING_WALK + 1 }, (_, n) =>
      park(`park:chain-${n}`, [n === MAX_GROUNDING_WALK ? 'city:quoted' : `park:chain-${n + 1}`]),
    );
    const head = park('park:head', ['park:chain-0']);
    const stored = new Map([QUOTED_CITY, head, ...chain].map((entity) => [entity.id, entity]));
    expect(() => check(batchOf([head]), stored)).toThrow(
      `The inferences of this write lead through more than ${MAX_GROUNDING_WALK} stored records without QUOTED or CITED evidence; rest them on records that have it.`,
    );
    // The same chain a little shorter is read to its end.
    const short = new Map(stored);
    short.set('park:chain-900', park('park:chain-900', ['city:quoted']));
    expect(() => check(batchOf([head]), short)).not.toThrow();
  });
});
