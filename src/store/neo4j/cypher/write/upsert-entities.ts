import { REPLACE_ROW_BASIS_LINKS } from '../parts/basis-links.js';
import type { Statement } from '../statement.js';
import {
  assertKindLabels,
  setEntityRow,
  writeCountsFrom,
  type EntityRow,
  type WriteCounts,
} from './write-counts.js';

/**
 * Idempotent batch upsert of entities, safe for concurrent writers (curation writes use it): MERGE on
 * the id, relabelled to the row's kind. A row whose content hash is unchanged is left alone.
 */
export function upsertEntitiesQuery(rows: readonly EntityRow[]): Statement<WriteCounts> {
  assertKindLabels(rows);
  return {
    text: `UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.props.id})
WITH row, existing.contentHash AS previous
WHERE previous IS NULL OR previous <> row.props.contentHash
MERGE (n:Entity {id: row.props.id})
${setEntityRow('n')}
${REPLACE_ROW_BASIS_LINKS}
RETURN count(previous) AS updated, count(*) - count(previous) AS created`,
    parameters: { rows },
    decode: writeCountsFrom,
  };
}
