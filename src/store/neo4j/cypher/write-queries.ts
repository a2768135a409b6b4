import { KIND_TYPE_NAMES, ENTITY_KINDS, type RelationshipType } from '../../../model/index.js';
import type { CypherQuery } from './cypher-query.js';
import { relationshipTypeAlternation } from './relationship-type-alternation.js';

/**
 * Idempotent batch upserts for loading a dataset. Each row carries a content hash: a row whose hash
 * is unchanged is left alone, so loading the same data twice writes nothing and reports it so.
 * Every statement returns how many rows it created and updated.
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
  for (const row of rows) {
    if (!(Object.values(KIND_TYPE_NAMES) as string[]).includes(row.label))
      throw new Error(`Not a kind label: ${row.label}`);
  }
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
