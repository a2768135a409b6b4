import { KIND_TYPE_NAMES, ENTITY_KINDS, type RelationshipType } from '../../../model/index.js';
import type { CypherQuery } from './cypher-query.js';
import { relationshipTypeAlternation } from './relationship-type-alternation.js';

/**
 * Idempotent batch upserts. Each row carries a content hash: a row whose hash is unchanged is left
 * alone, so writing the same data twice writes nothing and reports it so. Every statement returns how
 * many rows it created and updated. The `upsert…` statements MERGE and are safe for concurrent writers
 * (curation writes use them); the `import…` statements are the bulk-load path (see below).
 */

const ALL_KIND_LABELS = ENTITY_KINDS.map((kind) => KIND_TYPE_NAMES[kind]).join(':');

export function upsertSourcesQuery(rows: readonly Record<string, unknown>[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
OPTIONAL MATCH (existing:Source {id: row.props.id})
WITH row, existing.contentHash AS previous
WHERE previous IS NULL OR previous <> row.props.contentHash
MERGE (s:Source {id: row.props.id})
SET s = row.props
RETURN count(previous) AS updated, count(*) - count(previous) AS created`,
    params: { rows },
  };
}

/** Rows: `{ props, label }`; `label` is the kind's label, checked against the vocabulary. */
export function upsertEntitiesQuery(
  rows: readonly { props: Record<string, unknown>; label: string }[],
): CypherQuery {
  assertKindLabels(rows);
  return {
    cypher: `UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.props.id})
WITH row, existing.contentHash AS previous
WHERE previous IS NULL OR previous <> row.props.contentHash
MERGE (n:Entity {id: row.props.id})
SET n = row.props
REMOVE n:${ALL_KIND_LABELS}
SET n:$(row.label)
RETURN count(previous) AS updated, count(*) - count(previous) AS created`,
    params: { rows },
  };
}

/** Rows of one relationship type: `{ from, to, props }`. Both ends must already exist. */
export function upsertRelationshipsQuery(
  type: RelationshipType,
  rows: readonly { from: string; to: string; props: Record<string, unknown> }[],
): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[existing${relationshipTypeAlternation([type])} {id: row.props.id}]->(b)
WITH row, a, b, existing.contentHash AS previous
WHERE previous IS NULL OR previous <> row.props.contentHash
MERGE (a)-[r${relationshipTypeAlternation([type])} {id: row.props.id}]->(b)
SET r = row.props
RETURN count(previous) AS updated, count(*) - count(previous) AS created`,
    params: { rows },
  };
}

/**
 * The bulk-load form of upsertEntitiesQuery, with the same rows and result: a missing entity is
 * CREATEd (the unique id constraint still refuses a duplicate), a changed one is overwritten and
 * relabelled, an unchanged one is left alone. Without MERGE's second lookup it costs what a plain
 * UNWIND CREATE costs. For one loader at a time: concurrent writers use upsertEntitiesQuery.
 */
export function importEntitiesQuery(
  rows: readonly { props: Record<string, unknown>; label: string }[],
): CypherQuery {
  assertKindLabels(rows);
  // SET and REMOVE on a null `existing` (a new entity) do nothing, so one pass serves both cases.
  return {
    cypher: `UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.props.id})
WITH row, existing
WHERE existing IS NULL OR existing.contentHash <> row.props.contentHash
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (n:Entity) SET n = row.props SET n:$(row.label))
SET existing = row.props
REMOVE existing:${ALL_KIND_LABELS}
SET existing:$(row.label)
RETURN count(existing) AS updated, count(*) - count(existing) AS created`,
    params: { rows },
  };
}

/**
 * The bulk-load form of upsertRelationshipsQuery, with the same rows and result. The existing
 * relationship is found by its id in the per-type id index, not by expanding its start node (a hub has
 * tens of thousands of relationships), and a missing one is CREATEd: MERGE would search again and lock
 * both ends. An id names its ends and type, so a relationship found by id joins the row's ends. For one
 * loader at a time (two could both create the same new relationship): concurrent writers use
 * upsertRelationshipsQuery.
 */
export function importRelationshipsQuery(
  type: RelationshipType,
  rows: readonly { from: string; to: string; props: Record<string, unknown> }[],
): CypherQuery {
  const typed = relationshipTypeAlternation([type]);
  return {
    cypher: `UNWIND $rows AS row
OPTIONAL MATCH ()-[existing${typed} {id: row.props.id}]->()
WITH row, existing
WHERE existing IS NULL OR existing.contentHash <> row.props.contentHash
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[r${typed}]->(b) SET r = row.props)
SET existing = row.props
RETURN count(existing) AS updated, count(*) - count(existing) AS created`,
    params: { rows },
  };
}

function assertKindLabels(rows: readonly { label: string }[]): void {
  for (const row of rows) {
    if (!(Object.values(KIND_TYPE_NAMES) as string[]).includes(row.label))
      throw new Error(`Not a kind label: ${row.label}`);
  }
}
