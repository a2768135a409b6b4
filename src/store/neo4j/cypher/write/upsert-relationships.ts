import type { RelationshipType } from '../../../../model/index.js';
import { relationshipTypeAlternation } from '../parts/relationship-type-alternation.js';
import { REPLACE_ROW_BASIS_LINKS } from '../parts/basis-links.js';
import type { Statement } from '../statement.js';
import { writeCountsFrom, type RelationshipRow, type WriteCounts } from './write-counts.js';

/**
 * Idempotent batch upsert of relationships of one type, safe for concurrent writers. Both ends must
 * already exist. A row whose content hash is unchanged is left alone.
 */
export function upsertRelationshipsQuery(
  type: RelationshipType,
  rows: readonly RelationshipRow[],
): Statement<WriteCounts> {
  return {
    text: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[existing${relationshipTypeAlternation([type])} {id: row.props.id}]->(b)
WITH row, a, b, existing.contentHash AS previous
WHERE previous IS NULL OR previous <> row.props.contentHash
MERGE (a)-[r${relationshipTypeAlternation([type])} {id: row.props.id}]->(b)
SET r = row.props
${REPLACE_ROW_BASIS_LINKS}
RETURN count(previous) AS updated, count(*) - count(previous) AS created`,
    parameters: { rows },
    decode: writeCountsFrom,
  };
}
