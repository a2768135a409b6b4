import { NotFoundError } from '../../errors.js';
import type {
  ChangeRecord,
  EntityRecord,
  RelationshipRecord,
  SourceRecord,
  WriteBatch,
} from '../../model/index.js';
import { sameRecord } from '../common/apply-write-batch.js';
import {
  assertNothingRestsOn,
  batchUpserts,
  MAX_DEPENDENTS_READ,
  retractedIdsOf,
  retractionTargetsOf,
} from '../common/basis-dependents.js';
import { cascadedRetractions, changeRecord, type ChangeDetails } from '../common/change-record.js';
import { GroundingCheck } from '../common/grounding-check.js';
import { footingOf } from '../../validation/index.js';
import {
  assertBasisExists,
  basisReferencesOf,
  validateEntity,
  validateRelationship,
  type SourceLookup,
} from '../common/validate-write.js';
import type { Page, PageRequest } from '../knowledge-graph-store.js';
import { orderAfter } from '../common/order-after.js';
import {
  basisDependentsQuery,
  deleteRelationshipQuery,
  existingFactIdsQuery,
  getEntitiesQuery,
  getRelationshipsQuery,
  historyQuery,
  latestChangeQuery,
  lockRecordsQuery,
  recordChangesQuery,
  relationshipKeysOf,
  relationshipIdsOfQuery,
  retractEntityQuery,
  sourcesWithTextQuery,
  upsertEntitiesQuery,
  upsertRelationshipsQuery,
} from './cypher/index.js';
import { entityRow, relationshipRow } from './import-dataset.js';
import type { QueryRunner, RunStatement } from './query-runner.js';
import { lockKeysOf } from './write-locks.js';

/**
 * A write batch in one Neo4j transaction, with the same rules as the embedded store
 * (common/apply-write-batch.ts): each operation reads what is there, validates, writes only what
 * changes, and records a (:Change) node. Before it reads anything, the transaction takes the write
 * lock of every record the batch touches (lockRecordsQuery), so writes to one record are applied one
 * after the other and each reads the "before" the previous one left: of N identical concurrent
 * upserts exactly one changes something, and of N retractions one succeeds and the others find
 * nothing (NOT_FOUND), as on the embedded store. Under the same locks the batch is re-timed to sort
 * after the targets' latest change, so a record's history lists its changes in the order they were
 * applied. Change nodes are MERGEd on their id, so the driver's retry of the whole transaction (on a
 * deadlock, say) cannot record a change twice.
 */
export function writeBatch(runner: QueryRunner, requested: WriteBatch): Promise<ChangeRecord[]> {
  return runner.inWriteTransaction('write', async (run) => {
    const locked = lockKeysOf(requested);
    await run(lockRecordsQuery(locked));
    // A retracted entity's relationships get changes too, so the batch must also sort after theirs.
    // Every write of one of them holds the entity's lock (an end's), so the set cannot change now.
    const retracted = requested.operations.flatMap((operation) =>
      operation.action === 'RETRACT_ENTITY' ? [operation.id] : [],
    );
    const cascaded = retracted.length > 0 ? await run(relationshipIdsOfQuery(retracted)) : [];
    // A batch that only retracts removes exactly these records: whether any other record rests on
    // them is known now, so a refusal costs an index seek per id before anything is written, not the
    // retraction (a hub's relationships, a change each) and its rollback.
    const removing = [...retractionTargetsOf(requested), ...cascaded];
    if (removing.length > 0 && !batchUpserts(requested)) {
      await assertNothingRestsOnRemoved(run, removing, removing);
    }
    const [latest] = await run(latestChangeQuery([...locked, ...cascaded]));
    const batch = orderAfter(requested, latest ?? null);
    const sources = await sourceLookup(run);
    const changes: ChangeRecord[] = [];
    const record = async (...details: ChangeDetails) => {
      const change = changeRecord(batch, ...details);
      await run(recordChangesQuery([change]));
      changes.push(change);
    };

    for (const [index, operation] of batch.operations.entries()) {
      const field = batch.operations.length > 1 ? `operations[${index}]` : undefined;
      if (operation.action === 'UPSERT_ENTITY') {
        validateEntity(operation.entity, sources, field ? `${field}.entity` : 'entity');
        const before = await readEntity(run, operation.entity.id);
        if (before && sameRecord(before, operation.entity)) continue;
        await run(upsertEntitiesQuery([entityRow(operation.entity)]));
        await record(index, operation.action, operation.entity.id, before, operation.entity, null);
      } else if (operation.action === 'UPSERT_RELATIONSHIP') {
        const relationship = operation.relationship;
        validateRelationship(relationship, sources, field ? `${field}.relationship` : 'relationship');
        for (const end of [relationship.from, relationship.to]) {
          if (!(await readEntity(run, end))) throw new NotFoundError('entity', end);
        }
        const before = await readRelationship(run, relationship.id);
        if (before && sameRecord(before, relationship)) continue;
        await run(upsertRelationshipsQuery(relationship.type, [relationshipRow(relationship)]));
        await record(index, operation.action, relationship.id, before, relationship, null);
      } else if (operation.action === 'RETRACT_ENTITY') {
        const [before] = await run(retractEntityQuery(operation.id));
        if (!before) throw new NotFoundError('entity', operation.id);
        await record(index, operation.action, operation.id, before, null, operation.reason);
        // In id order (retractEntityQuery's), as the embedded store numbers them; one statement for all.
        const cascaded = cascadedRetractions(
          batch,
          index,
          operation.id,
          before.relationships,
          operation.reason,
        );
        if (cascaded.length > 0) await run(recordChangesQuery(cascaded));
        changes.push(...cascaded);
      } else {
        const before = await readRelationship(run, operation.id);
        if (!before) throw new NotFoundError('relationship', operation.id);
        await run(deleteRelationshipQuery(before));
        await record(index, operation.action, operation.id, before, null, operation.reason);
      }
    }
    // A batch that also upserts may write back what it retracts, or re-base what rested on it: it is
    // judged once applied, when the links say what stands (as the embedded store judges every batch).
    if (removing.length > 0 && batchUpserts(batch)) {
      const retractedIds = retractedIdsOf(changes);
      const standing = await existingFactIds(run, retractedIds);
      const removed = retractedIds.filter((id) => !standing.has(id));
      if (removed.length > 0) await assertNothingRestsOnRemoved(run, removed, []);
    }
    // As the embedded store: the ids INFERRED evidence rests on must exist once the batch is applied.
    const references = basisReferencesOf(batch);
    if (references.length > 0) {
      const existing = await existingFactIds(
        run,
        references.map((reference) => reference.id),
      );
      assertBasisExists(references, (id) => existing.has(id));
    }
    await assertGroundedInTransaction(run, batch);
    return changes;
  });
}

/** Recorded changes in id (time) order. */
export async function readHistory(
  runner: QueryRunner,
  targetId: string | null,
  page: PageRequest,
): Promise<Page<ChangeRecord>> {
  const items = await runner.read('history', historyQuery(targetId, page));
  return items.length > page.first
    ? { items: items.slice(0, page.first), hasNextPage: true }
    : { items, hasNextPage: false };
}

async function sourceLookup(run: RunStatement): Promise<SourceLookup> {
  const sources = new Map<string, { record: SourceRecord; text: string | undefined }>();
  for (const { source, text } of await run(sourcesWithTextQuery())) {
    sources.set(source.id, { record: source, text: text ?? undefined });
  }
  return { source: (id) => sources.get(id)?.record, text: (id) => sources.get(id)?.text };
}

async function readEntity(run: RunStatement, id: string): Promise<EntityRecord | null> {
  const [entity] = await run(getEntitiesQuery([id]));
  return entity ?? null;
}

async function readRelationship(run: RunStatement, id: string): Promise<RelationshipRecord | null> {
  const keys = relationshipKeysOf([id]);
  if (keys.length === 0) return null;
  const [relationship] = await run(getRelationshipsQuery(keys));
  return relationship ?? null;
}

/**
 * Refuses (CONFLICT) when a record other than those `leaving` rests on one of `removed`; reads at most
 * MAX_DEPENDENTS_READ of them.
 */
async function assertNothingRestsOnRemoved(
  run: RunStatement,
  removed: readonly string[],
  leaving: readonly string[],
): Promise<void> {
  const dependents = await run(basisDependentsQuery(removed, leaving, MAX_DEPENDENTS_READ));
  assertNothingRestsOn(dependents, dependents.length < MAX_DEPENDENTS_READ);
}

/**
 * The grounding rule for the applied batch (see GroundingCheck), read in its transaction. Each record
 * the walk reads is locked first: two writes that would each close half of a ring (A comes to rest on
 * B while B comes to rest on A) then wait for one another, and the second reads what the first wrote.
 */
async function assertGroundedInTransaction(run: RunStatement, batch: WriteBatch): Promise<void> {
  const check = new GroundingCheck(batch);
  for (let ids = check.idsToRead(); ids.length > 0; ids = check.idsToRead()) {
    await run(lockRecordsQuery(ids));
    const relationshipKeys = relationshipKeysOf(ids);
    const relationshipIds = new Set(relationshipKeys.map((key) => key.id));
    const entityIds = ids.filter((id) => !relationshipIds.has(id));
    const records = [
      ...(entityIds.length > 0 ? await run(getEntitiesQuery(entityIds)) : []),
      ...(relationshipKeys.length > 0 ? await run(getRelationshipsQuery(relationshipKeys)) : []),
    ];
    check.read(records.map((record) => footingOf(record.id, record.evidence)));
  }
  check.assertGrounded();
}

/** Which of `ids` name an entity or a relationship, read in the write's transaction. */
async function existingFactIds(run: RunStatement, ids: readonly string[]): Promise<Set<string>> {
  return new Set(await run(existingFactIdsQuery(ids)));
}
