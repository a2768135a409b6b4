import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PORT_QUOTED, useCurationHarness } from '../support/curation-harness.js';
import type { TestResult } from '../support/graphql-harness.js';

// Many curators writing one record at the same moment, through the mutations, on the embedded store
// (project main) and on Neo4j (project neo4j-writes; the bundled dataset is restored afterwards).
// Whatever order the writes land in, the answers and the history must tell one story: each change's
// `before` is the previous change's `after`, and the last `after` is what is stored.
const EVIDENCE = [PORT_QUOTED];
const UPSERT_ENTITY = `mutation ($entity: EntityInput!) { upsertEntity(entity: $entity) { changed } }`;
const RETRACT_ENTITY = `mutation ($id: ID!) { retractEntity(id: $id, reason: "Concurrency test") { changed } }`;
const UPSERT_RELATIONSHIP = `mutation ($relationship: RelationshipInput!) { upsertRelationship(relationship: $relationship) { changed } }`;
const RETRACT_RELATIONSHIP = `mutation ($id: ID!) { retractRelationship(id: $id, reason: "Concurrency test") { changed } }`;

interface Change {
  action: string;
  before: string | null;
  after: string | null;
}

describe(`concurrent curation of one record (${process.env['TEST_STORE'] ?? 'embedded'} store)`, () => {
  const { execute } = useCurationHarness('concurrency');
  // Neo4j keeps (:Change) nodes across test files: fresh ids keep this run's history apart.
  const run = randomUUID().slice(0, 8);
  const idOf = (name: string) => `infrastructure:concurrency-${name}-${run}`;

  /** Runs every write at once and sorts the answers into changed, unchanged and error codes. */
  async function all(writes: Promise<TestResult>[]) {
    const results = await Promise.all(writes);
    const outcome = { changed: 0, unchanged: 0, codes: [] as string[] };
    for (const result of results) {
      if (result.errors) outcome.codes.push(String(result.errors[0]?.extensions?.['code']));
      else if (Object.values(result.data ?? {})[0]?.changed === true) outcome.changed++;
      else outcome.unchanged++;
    }
    return outcome;
  }

  async function historyOf(targetId: string): Promise<Change[]> {
    const result = await execute(
      `query ($id: ID!) { history(targetId: $id, first: 100) { edges { node { action before after } } } }`,
      { id: targetId },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.['history'].edges.map((edge: { node: Change }) => edge.node);
  }

  /** The record a change found (a retraction's `before` also holds the relationships it took along). */
  function recordBefore(change: Change): unknown {
    if (change.before === null) return null;
    const before = JSON.parse(change.before);
    return change.action === 'RETRACT_ENTITY' ? before.entity : before;
  }

  /** Each change starts from what the previous one left; the first from nothing. */
  function expectOneStory(history: Change[]): void {
    history.forEach((change, index) => {
      const previous = index === 0 ? null : history[index - 1]!.after;
      expect(recordBefore(change), `change ${index} of ${history.length}`).toEqual(
        previous === null ? null : JSON.parse(previous),
      );
    });
  }

  async function storedName(id: string): Promise<string | null> {
    const result = await execute(`query ($id: ID!) { entity(id: $id) { name } }`, { id });
    expect(result.errors).toBeUndefined();
    return result.data?.['entity']?.name ?? null;
  }

  const entity = (id: string, name: string) => ({ id, kind: 'INFRASTRUCTURE', name, evidence: EVIDENCE });

  it('answers changed once and records one creation for 50 identical upserts at once', async () => {
    const id = idOf('identical');
    const outcome = await all(
      Array.from({ length: 50 }, () => execute(UPSERT_ENTITY, { entity: entity(id, 'Identical Port') })),
    );
    expect(outcome).toEqual({ changed: 1, unchanged: 49, codes: [] });
    const history = await historyOf(id);
    expect(history.map((change) => [change.action, change.before])).toEqual([['UPSERT_ENTITY', null]]);
    expect(await storedName(id)).toBe('Identical Port');
  });

  it('keeps a history whose last change is what is stored after 20 conflicting upserts', async () => {
    const id = idOf('conflicting');
    const outcome = await all(
      Array.from({ length: 20 }, (_, n) => execute(UPSERT_ENTITY, { entity: entity(id, `Port ${n}`) })),
    );
    expect(outcome.codes).toEqual([]);
    const history = await historyOf(id);
    expect(history).toHaveLength(outcome.changed);
    expectOneStory(history);
    expect(JSON.parse(history.at(-1)!.after!).name).toBe(await storedName(id));
  });

  it('lets exactly one of 10 concurrent retractions succeed; the others are NOT_FOUND', async () => {
    const id = idOf('retracted');
    expect((await execute(UPSERT_ENTITY, { entity: entity(id, 'Retracted Port') })).errors).toBeUndefined();
    const outcome = await all(Array.from({ length: 10 }, () => execute(RETRACT_ENTITY, { id })));
    expect(outcome).toEqual({ changed: 1, unchanged: 0, codes: Array(9).fill('NOT_FOUND') });
    expect((await historyOf(id)).map((change) => change.action)).toEqual(['UPSERT_ENTITY', 'RETRACT_ENTITY']);
    expect(await storedName(id)).toBeNull();
  });

  it('ends upserts racing a retraction in a state the history explains, with no internal error', async () => {
    const id = idOf('raced');
    expect((await execute(UPSERT_ENTITY, { entity: entity(id, 'Raced Port') })).errors).toBeUndefined();
    const outcome = await all([
      ...Array.from({ length: 10 }, (_, n) => execute(UPSERT_ENTITY, { entity: entity(id, `Raced ${n}`) })),
      execute(RETRACT_ENTITY, { id }),
      ...Array.from({ length: 10 }, (_, n) => execute(UPSERT_ENTITY, { entity: entity(id, `Late ${n}`) })),
    ]);
    expect(outcome.codes).toEqual([]);
    const history = await historyOf(id);
    expect(history).toHaveLength(1 + outcome.changed);
    expect(history.filter((change) => change.action === 'RETRACT_ENTITY')).toHaveLength(1);
    expectOneStory(history);
    const last = history.at(-1)!.after;
    expect(await storedName(id)).toBe(last === null ? null : JSON.parse(last).name);
  });

  it('answers changed once for 20 identical relationship upserts, and one of 10 retractions succeeds', async () => {
    const id = idOf('related');
    expect((await execute(UPSERT_ENTITY, { entity: entity(id, 'Related Port') })).errors).toBeUndefined();
    const relationship = { type: 'LOCATED_IN', from: id, to: 'city:wenzhou', evidence: EVIDENCE };
    const relationshipId = `${id}-[LOCATED_IN]->city:wenzhou`;
    const upserts = await all(
      Array.from({ length: 20 }, () => execute(UPSERT_RELATIONSHIP, { relationship })),
    );
    expect(upserts).toEqual({ changed: 1, unchanged: 19, codes: [] });
    const retractions = await all(
      Array.from({ length: 10 }, () => execute(RETRACT_RELATIONSHIP, { id: relationshipId })),
    );
    expect(retractions).toEqual({ changed: 1, unchanged: 0, codes: Array(9).fill('NOT_FOUND') });
    const history = await historyOf(relationshipId);
    expect(history.map((change) => change.action)).toEqual(['UPSERT_RELATIONSHIP', 'RETRACT_RELATIONSHIP']);
    expectOneStory(history);
  });

  it('refuses relationship upserts that lose a race with the retraction of an end with NOT_FOUND', async () => {
    const id = idOf('end');
    expect((await execute(UPSERT_ENTITY, { entity: entity(id, 'End Port') })).errors).toBeUndefined();
    const relationship = { type: 'LOCATED_IN', from: id, to: 'city:wenzhou', evidence: EVIDENCE };
    const outcome = await all([
      ...Array.from({ length: 10 }, () => execute(UPSERT_RELATIONSHIP, { relationship })),
      execute(RETRACT_ENTITY, { id }),
      ...Array.from({ length: 10 }, () => execute(UPSERT_RELATIONSHIP, { relationship })),
    ]);
    // The retraction succeeds; each upsert either came first (one of those created the relationship)
    // or found the entity gone.
    const upsertsFirst = outcome.changed - 1 + outcome.unchanged;
    expect(outcome.codes).toEqual(Array(20 - upsertsFirst).fill('NOT_FOUND'));
    const [retraction] = (await historyOf(id)).filter((change) => change.action === 'RETRACT_ENTITY');
    expect(JSON.parse(retraction!.before!).relationships).toHaveLength(upsertsFirst > 0 ? 1 : 0);
    expect(outcome.changed).toBe(upsertsFirst > 0 ? 2 : 1);
    expect(await storedName(id)).toBeNull();
    const stored = await execute(`query ($id: ID!) { relationship(id: $id) { id } }`, {
      id: `${id}-[LOCATED_IN]->city:wenzhou`,
    });
    expect(stored.data?.['relationship']).toBeNull();
    // Whichever upsert won, the relationship's own history ends where the store does: gone.
    const relationshipHistory = await historyOf(`${id}-[LOCATED_IN]->city:wenzhou`);
    expectOneStory(relationshipHistory);
    expect(relationshipHistory.at(-1)?.after ?? null).toBeNull();
  });

  it("records an entity's retraction in its relationships' histories, so a re-created one's story is whole", async () => {
    const id = idOf('cascade');
    const relationship = { type: 'LOCATED_IN', from: id, to: 'city:wenzhou', evidence: EVIDENCE };
    const relationshipId = `${id}-[LOCATED_IN]->city:wenzhou`;
    expect((await execute(UPSERT_ENTITY, { entity: entity(id, 'Cascade Port') })).errors).toBeUndefined();
    expect((await execute(UPSERT_RELATIONSHIP, { relationship })).errors).toBeUndefined();
    const retracted = await execute(
      `mutation ($id: ID!) { retractEntity(id: $id, reason: "Concurrency test") { changes { action targetId reason } } }`,
      { id },
    );
    expect(retracted.data?.['retractEntity'].changes).toEqual([
      { action: 'RETRACT_ENTITY', targetId: id, reason: 'Concurrency test' },
      {
        action: 'RETRACT_RELATIONSHIP',
        targetId: relationshipId,
        reason: `Its end ${id} was retracted: Concurrency test`,
      },
    ]);
    expect((await execute(UPSERT_ENTITY, { entity: entity(id, 'Cascade Port') })).errors).toBeUndefined();
    expect((await execute(UPSERT_RELATIONSHIP, { relationship })).errors).toBeUndefined();
    const history = await historyOf(relationshipId);
    expect(history.map((change) => change.action)).toEqual([
      'UPSERT_RELATIONSHIP',
      'RETRACT_RELATIONSHIP',
      'UPSERT_RELATIONSHIP',
    ]);
    expectOneStory(history);
  });
});
