import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ChangeRecord,
  EntityRecord,
  RelationshipRecord,
  WriteBatch,
  WriteOperation,
} from '../../src/model/index.js';
import { deriveRelationshipId } from '../../src/model/index.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';

/**
 * A retraction must not leave another record's INFERRED evidence resting on nothing: the store refuses
 * it (CONFLICT) whole, and lets it through once the records resting on it are gone or re-based. Run
 * against each adapter on the bundled dataset; every test writes records of its own (ids with a prefix
 * of its own), so the tests do not depend on each other or on their order.
 */
export function describeBasisGuardContract(
  name: string,
  openStore: () => Promise<KnowledgeGraphStore>,
  closeStore: (store: KnowledgeGraphStore) => Promise<void> = (store) => store.close(),
): void {
  describe(`retractions keep every basis standing: ${name}`, () => {
    let store: KnowledgeGraphStore;

    beforeAll(async () => {
      store = await openStore();
    });

    afterAll(async () => {
      if (store) await closeStore(store);
    });

    const write = (...operations: WriteOperation[]) => store.write(batchOf(operations));
    const retractEntity = (id: string): WriteOperation => ({ action: 'RETRACT_ENTITY', id, reason: 'test' });
    const retractRelationship = (id: string): WriteOperation => ({
      action: 'RETRACT_RELATIONSHIP',
      id,
      reason: 'test',
    });
    const upsertEntity = (entity: EntityRecord): WriteOperation => ({ action: 'UPSERT_ENTITY', entity });
    const upsertRelationship = (relationship: RelationshipRecord): WriteOperation => ({
      action: 'UPSERT_RELATIONSHIP',
      relationship,
    });

    /** What a refusal must leave as it was: the records and each one's history. */
    async function stateOf(entityIds: string[], relationshipIds: string[]) {
      const histories: ChangeRecord[][] = [];
      for (const id of [...entityIds, ...relationshipIds]) {
        histories.push((await store.history({ targetId: id }, { first: 100, after: null })).items);
      }
      return {
        entities: await store.getEntities(entityIds),
        relationships: await store.getRelationships(relationshipIds),
        histories,
        summary: await store.summary(),
      };
    }

    async function refusalOf(operations: WriteOperation[]): Promise<Record<string, unknown>> {
      const error = await write(...operations).then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error, 'the write was not refused').not.toBeNull();
      const { message, extensions } = error as { message: string; extensions: Record<string, unknown> };
      return { message, ...extensions };
    }

    it('refuses to retract an entity another record rests on, naming it, and changes nothing', async () => {
      const ground = park('entity-ground', []);
      const leaning = park('entity-leaning', [ground.id]);
      await write(upsertEntity(ground), upsertEntity(leaning));
      const before = await stateOf([ground.id, leaning.id], []);

      expect(await refusalOf([retractEntity(ground.id)])).toEqual({
        code: 'CONFLICT',
        message:
          `The INFERRED evidence of 1 record rests on "${ground.id}", which this write retracts: ` +
          `"${leaning.id}". Retract it, or upsert it with a basis that does not name what you retract, first.`,
        dependents: [leaning.id],
        dependentCount: 1,
        dependentCountComplete: true,
        basis: [ground.id],
      });
      expect(await stateOf([ground.id, leaning.id], [])).toEqual(before);
    });

    it('refuses to retract a relationship another record rests on, and changes nothing', async () => {
      const ground = park('relationship-ground', []);
      const located = locatedIn(ground.id, []);
      const leaning = park('relationship-leaning', [located.id]);
      await write(upsertEntity(ground), upsertRelationship(located), upsertEntity(leaning));
      const before = await stateOf([ground.id, leaning.id], [located.id]);

      expect(await refusalOf([retractRelationship(located.id)])).toMatchObject({
        code: 'CONFLICT',
        dependents: [leaning.id],
        basis: [located.id],
      });
      expect(await stateOf([ground.id, leaning.id], [located.id])).toEqual(before);
    });

    it('refuses an entity whose relationship another record rests on; one resting on its own end goes along', async () => {
      const ground = park('cascade-ground', []);
      const located = locatedIn(ground.id, []);
      // Rests on its own end: it goes with the entity, so it stops nothing.
      const partOf = relationship(ground.id, 'PART_OF', park('cascade-whole', []).id, [ground.id]);
      const leaning = park('cascade-leaning', [located.id]);
      await write(
        upsertEntity(ground),
        upsertEntity(park('cascade-whole', [])),
        upsertRelationship(located),
        upsertRelationship(partOf),
        upsertEntity(leaning),
      );
      const before = await stateOf([ground.id, leaning.id], [located.id, partOf.id]);

      expect(await refusalOf([retractEntity(ground.id)])).toMatchObject({
        code: 'CONFLICT',
        dependents: [leaning.id],
        dependentCount: 1,
        basis: [located.id],
      });
      expect(await stateOf([ground.id, leaning.id], [located.id, partOf.id])).toEqual(before);

      await write(retractEntity(leaning.id));
      const changes = await write(retractEntity(ground.id));
      expect(changes.map((change) => [change.action, change.targetId])).toEqual([
        ['RETRACT_ENTITY', ground.id],
        ...[located.id, partOf.id].sort().map((id) => ['RETRACT_RELATIONSHIP', id]),
      ]);
      expect(await store.getRelationships([located.id, partOf.id])).toEqual([null, null]);
    });

    it('retracts an entity once the records resting on it are retracted or re-based first', async () => {
      const ground = park('first-ground', []);
      const leaning = park('first-leaning', [ground.id]);
      const rebased = park('first-rebased', [ground.id, 'city:wenzhou']);
      await write(upsertEntity(ground), upsertEntity(leaning), upsertEntity(rebased));
      expect(await refusalOf([retractEntity(ground.id)])).toMatchObject({
        code: 'CONFLICT',
        dependents: [leaning.id, rebased.id],
        dependentCount: 2,
      });

      await write(retractEntity(leaning.id));
      expect(await refusalOf([retractEntity(ground.id)])).toMatchObject({ dependents: [rebased.id] });
      await write(upsertEntity(park('first-rebased', ['city:wenzhou'])));
      expect((await write(retractEntity(ground.id))).map((change) => change.action)).toEqual([
        'RETRACT_ENTITY',
      ]);
      expect(await store.getEntities([ground.id])).toEqual([null]);
    });

    it('retracts a record together with the records resting on it in one write, even listed after it', async () => {
      const ground = park('together-ground', []);
      const leaning = park('together-leaning', [ground.id]);
      const located = locatedIn(ground.id, []);
      const onRelationship = park('together-on-relationship', [located.id]);
      await write(
        upsertEntity(ground),
        upsertEntity(leaning),
        upsertRelationship(located),
        upsertEntity(onRelationship),
      );
      expect(await refusalOf([retractEntity(ground.id), retractEntity(leaning.id)])).toMatchObject({
        dependents: [onRelationship.id],
      });

      const changes = await write(
        retractEntity(ground.id),
        retractEntity(leaning.id),
        retractEntity(onRelationship.id),
      );
      expect(changes.map((change) => change.targetId)).toEqual([
        ground.id,
        located.id,
        leaning.id,
        onRelationship.id,
      ]);
      expect(await store.getEntities([ground.id, leaning.id, onRelationship.id])).toEqual([null, null, null]);
    });

    it('retracts a record and re-bases the one resting on it in one write', async () => {
      const ground = park('rebase-ground', []);
      const leaning = park('rebase-leaning', [ground.id]);
      await write(upsertEntity(ground), upsertEntity(leaning));
      expect(await refusalOf([retractEntity(ground.id)])).toMatchObject({ code: 'CONFLICT' });

      const rebased = park('rebase-leaning', ['city:wenzhou']);
      await write(retractEntity(ground.id), upsertEntity(rebased));
      expect(await store.getEntities([ground.id, leaning.id])).toEqual([null, rebased]);
    });

    it('does not count a record resting on itself as resting on its own retraction', async () => {
      const selfId = 'park:basis-self';
      // Cited, so resting on itself too is no ring (the grounding rule): an alias read from the record.
      const cited = {
        kind: 'CITED' as const,
        source: 'wikipedia-wenzhou',
        section: null,
        note: 'A test note.',
      };
      const self = { ...park('self', []), evidence: [cited, inferred([selfId])] };
      const leaning = park('self-leaning', [selfId]);
      await write(upsertEntity(self), upsertEntity(leaning));
      expect(await refusalOf([retractEntity(selfId)])).toMatchObject({
        dependents: [leaning.id],
        dependentCount: 1,
      });
      await write(retractEntity(leaning.id));
      await write(retractEntity(selfId));
      expect(await store.getEntities([selfId])).toEqual([null]);
    });

    it('names the first five records resting on a retraction and counts the rest', async () => {
      const ground = park('many-ground', []);
      const leaning = Array.from({ length: 7 }, (_, n) => park(`many-leaning-${n}`, [ground.id]));
      await write(upsertEntity(ground), ...leaning.map(upsertEntity));
      const names = leaning.map((entity) => entity.id).sort();
      const refusal = await refusalOf([retractEntity(ground.id)]);
      expect(refusal).toMatchObject({
        code: 'CONFLICT',
        dependents: names.slice(0, 5),
        dependentCount: 7,
        dependentCountComplete: true,
      });
      expect(refusal['message']).toBe(
        `The INFERRED evidence of 7 records rests on "${ground.id}", which this write retracts: ` +
          `${names
            .slice(0, 5)
            .map((id) => `"${id}"`)
            .join(
              ', ',
            )} and 2 more. Retract them, or upsert them with a basis that does not name what you retract, first.`,
      );
    });
  });
}

function batchOf(operations: WriteOperation[]): WriteBatch {
  const at = new Date().toISOString();
  return { id: `${at}-${randomUUID().slice(0, 8)}`, at, actor: 'tester', operations };
}

function inferred(basis: string[]): EntityRecord['evidence'][number] {
  return { kind: 'INFERRED', source: null, section: null, rationale: 'A test inference.', basis };
}

/** A park of the tests, resting on `basis` (or, with none, on Wenzhou, which no test retracts). */
function park(name: string, basis: string[]): EntityRecord {
  return {
    id: `park:basis-${name}`,
    kind: 'PARK',
    name: `Basis test park ${name}`,
    aliases: [],
    description: null,
    attributes: {},
    evidence: [inferred(basis.length > 0 ? basis : ['city:wenzhou'])],
  };
}

function locatedIn(from: string, basis: string[]): RelationshipRecord {
  return relationship(from, 'LOCATED_IN', 'city:wenzhou', basis);
}

function relationship(
  from: string,
  type: RelationshipRecord['type'],
  to: string,
  basis: string[],
): RelationshipRecord {
  return {
    id: deriveRelationshipId(from, type, to),
    type,
    from,
    to,
    properties: {},
    evidence: [inferred(basis.length > 0 ? basis : [from])],
  };
}
