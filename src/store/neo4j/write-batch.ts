import neo4j from 'neo4j-driver';
import { NotFoundError } from '../../errors.js';
import type {
  ChangeRecord,
  EntityRecord,
  RelationshipRecord,
  SourceRecord,
  WriteBatch,
} from '../../model/index.js';
import { parseRelationshipId } from '../../model/index.js';
import { sameRecord } from '../common/apply-write-batch.js';
import { changeRecord, type ChangeDetails } from '../common/change-record.js';
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
  getEntitiesQuery,
  getRelationshipsQuery,
  latestChangeQuery,
  lockRecordsQuery,
  upsertEntitiesQuery,
  upsertRelationshipsQuery,
} from './cypher/index.js';
import { entityRow, relationshipRow } from './import-dataset.js';
import {
  CHANGE_PROJECTION,
  ENTITY_PROJECTION,
  neo4jToEntity,
  neo4jToRelationship,
  neo4jToSource,
  RELATIONSHIP_PROJECTION,
} from './neo4j-records.js';
import type { QueryRunner, Rows } from './query-runner.js';
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
    const [latest] = await run(latestChangeQuery(locked));
    const batch = orderAfter(
      requested,
      latest ? { id: latest['id'] as string, at: latest['at'] as string } : null,
    );
    const sources = await sourceLookup(run);
    const changes: ChangeRecord[] = [];
    const record = async (...details: ChangeDetails) => {
      const change = changeRecord(batch, ...details);
      await run({ cypher: 'MERGE (c:Change {id: $change.id}) SET c += $change', params: { change } });
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
        const [row] = await run({
          cypher: `MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-()
WITH n, r ORDER BY r.id
WITH n, collect(DISTINCT ${RELATIONSHIP_PROJECTION}) AS relationships
WITH ${ENTITY_PROJECTION} AS entity, relationships, n
DETACH DELETE n
RETURN entity, relationships`,
          params: { id: operation.id },
        });
        if (!row) throw new NotFoundError('entity', operation.id);
        const before = {
          entity: neo4jToEntity(row['entity'] as Record<string, unknown>),
          relationships: (row['relationships'] as Record<string, unknown>[]).map((item) =>
            neo4jToRelationship(item),
          ),
        };
        await record(index, operation.action, operation.id, before, null, operation.reason);
      } else {
        const before = await readRelationship(run, operation.id);
        if (!before) throw new NotFoundError('relationship', operation.id);
        await run({
          cypher: 'MATCH (:Entity {id: $from})-[r]->() WHERE r.id = $id DELETE r',
          params: { from: before.from, id: before.id },
        });
        await record(index, operation.action, operation.id, before, null, operation.reason);
      }
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
    return changes;
  });
}

/** Recorded changes in id (time) order. */
export async function readHistory(
  runner: QueryRunner,
  targetId: string | null,
  page: PageRequest,
): Promise<Page<ChangeRecord>> {
  const rows = await runner.read('history', {
    cypher: `MATCH (c:Change)
WHERE c.id > $after AND ($targetId IS NULL OR c.targetId = $targetId)
RETURN ${CHANGE_PROJECTION} AS change
ORDER BY c.id
LIMIT $limit`,
    params: { after: page.after ?? '', targetId, limit: neo4j.int(page.first + 1) },
  });
  const items = rows.map((row) => {
    const change = row['change'] as ChangeRecord;
    return {
      ...change,
      reason: change.reason ?? null,
      before: change.before ?? null,
      after: change.after ?? null,
    };
  });
  return items.length > page.first
    ? { items: items.slice(0, page.first), hasNextPage: true }
    : { items, hasNextPage: false };
}

type Run = (query: { cypher: string; params: Record<string, unknown> }) => Promise<Rows>;

async function sourceLookup(run: Run): Promise<SourceLookup> {
  const rows = await run({
    cypher: 'MATCH (s:Source) RETURN s {.id, .kind, .title, .publisher, .published, .url, .text} AS source',
    params: {},
  });
  const sources = new Map<string, { record: SourceRecord; text: string | undefined }>();
  for (const row of rows) {
    const raw = row['source'] as Record<string, unknown>;
    sources.set(raw['id'] as string, {
      record: neo4jToSource(raw),
      text: (raw['text'] as string | null) ?? undefined,
    });
  }
  return { source: (id) => sources.get(id)?.record, text: (id) => sources.get(id)?.text };
}

async function readEntity(run: Run, id: string): Promise<EntityRecord | null> {
  const [row] = await run(getEntitiesQuery([id]));
  return row ? neo4jToEntity(row['entity'] as Record<string, unknown>) : null;
}

async function readRelationship(run: Run, id: string): Promise<RelationshipRecord | null> {
  const parts = parseRelationshipId(id);
  if (!parts) return null;
  const [row] = await run(getRelationshipsQuery([{ id, from: parts.from }]));
  return row ? neo4jToRelationship(row['relationship'] as Record<string, unknown>) : null;
}

/** Which of `ids` name an entity or a relationship, read in the write's transaction. */
async function existingFactIds(run: Run, ids: readonly string[]): Promise<Set<string>> {
  const distinct = [...new Set(ids)];
  const relationships = distinct.flatMap((id) => {
    const parts = parseRelationshipId(id);
    return parts ? [{ id, from: parts.from }] : [];
  });
  const rows = await run({
    cypher: `CALL () {
  MATCH (n:Entity) WHERE n.id IN $entityIds RETURN n.id AS id
  UNION
  UNWIND $relationships AS wanted
  MATCH (:Entity {id: wanted.from})-[r]->() WHERE r.id = wanted.id
  RETURN r.id AS id
}
RETURN id`,
    params: { entityIds: distinct, relationships },
  });
  return new Set(rows.map((row) => row['id'] as string));
}
