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
 * The bulk-load form of upsertEntitiesQuery, with the same rows and result: a missing entity is
 * CREATEd (the unique id constraint still refuses a duplicate), a changed one is overwritten and
 * relabelled, an unchanged one is left alone. Without MERGE's second lookup it costs what a plain
 * UNWIND CREATE costs. For one loader at a time: concurrent writers use upsertEntitiesQuery.
 */
export function importEntitiesQuery(rows: readonly EntityRow[]): Statement<WriteCounts> {
  assertKindLabels(rows);
  // SET and REMOVE on a null `existing` (a new entity) do nothing, so one pass serves both cases.
  return {
    text: `UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.props.id})
WITH row, existing
WHERE existing IS NULL OR existing.contentHash <> row.props.contentHash
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (n:Entity) SET n = row.props SET n:$(row.label))
${setEntityRow('existing')}
${REPLACE_ROW_BASIS_LINKS}
RETURN count(existing) AS updated, count(*) - count(existing) AS created`,
    parameters: { rows },
    decode: writeCountsFrom,
  };
}
