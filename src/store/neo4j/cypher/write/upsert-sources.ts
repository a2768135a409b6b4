import type { Statement } from '../statement.js';
import { writeCountsFrom, type WriteCounts } from './write-counts.js';

/**
 * Idempotent batch upsert of sources (rows `{ props }`). Each row carries a content hash: a row whose
 * hash is unchanged is left alone, so writing the same data twice writes nothing and reports it so.
 */
export function upsertSourcesQuery(
  rows: readonly { props: Record<string, unknown> }[],
): Statement<WriteCounts> {
  return {
    text: `UNWIND $rows AS row
OPTIONAL MATCH (existing:Source {id: row.props.id})
WITH row, existing.contentHash AS previous
WHERE previous IS NULL OR previous <> row.props.contentHash
MERGE (s:Source {id: row.props.id})
SET s = row.props
RETURN count(previous) AS updated, count(*) - count(previous) AS created`,
    parameters: { rows },
    decode: writeCountsFrom,
  };
}
