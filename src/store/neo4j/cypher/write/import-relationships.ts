import type { RelationshipType } from '../../../../model/index.js';
import { relationshipTypeAlternation } from '../parts/relationship-type-alternation.js';
import { REPLACE_ROW_BASIS_LINKS } from '../parts/basis-links.js';
import type { Statement } from '../statement.js';
import { writeCountsFrom, type RelationshipRow, type WriteCounts } from './write-counts.js';

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
  rows: readonly RelationshipRow[],
): Statement<WriteCounts> {
  const typed = relationshipTypeAlternation([type]);
  return {
    text: `UNWIND $rows AS row
OPTIONAL MATCH ()-[existing${typed} {id: row.props.id}]->()
WITH row, existing
WHERE existing IS NULL OR existing.contentHash <> row.props.contentHash
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[r${typed}]->(b) SET r = row.props)
SET existing = row.props
${REPLACE_ROW_BASIS_LINKS}
RETURN count(existing) AS updated, count(*) - count(existing) AS created`,
    parameters: { rows },
    decode: writeCountsFrom,
  };
}
