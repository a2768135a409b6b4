import neo4j from 'neo4j-driver';
import type { RelationshipType } from '../../../../model/index.js';
import { asNullableString, readColumn } from '../decode/row-values.js';
import { relationshipTypeAlternation } from '../parts/relationship-type-alternation.js';
import { ignoreRow, type Statement } from '../statement.js';

/** The id of the marker node that says every record written before the links existed has them. */
const BASIS_LINKS_BACKFILLED = 'basis-links';

/** Whether the basis links were backfilled (one row) or not yet (no row). */
export function basisLinksBackfilledQuery(): Statement<void> {
  return {
    text: 'MATCH (done:Backfill {id: $id}) RETURN done.id AS id',
    parameters: { id: BASIS_LINKS_BACKFILLED },
    decode: ignoreRow,
  };
}

/** Marks the basis links backfilled. */
export function markBasisLinksBackfilledQuery(): Statement<void> {
  return {
    text: 'MERGE (done:Backfill {id: $id})',
    parameters: { id: BASIS_LINKS_BACKFILLED },
    decode: ignoreRow,
  };
}

/**
 * Writes the basis links of the next `batch` entities (`of: 'entities'`) or relationships of one type
 * after `after` in id order, from the records' own `evidenceBasis`, replacing any they have; returns
 * the last id it did, or null when none was left. Read along the id indexes, so each slice costs the
 * same however far along it is.
 */
export function basisLinksSliceQuery(
  of: 'entities' | RelationshipType,
  after: string,
  batch: number,
): Statement<string | null> {
  const match = of === 'entities' ? '(record:Entity)' : `()-[record${relationshipTypeAlternation([of])}]->()`;
  return {
    text: `MATCH ${match} WHERE record.id > $after
WITH record ORDER BY record.id LIMIT $batch
CALL (record) {
  MATCH (old:BasisLink {dependent: record.id})
  DELETE old
}
CALL (record) {
  UNWIND coalesce(record.evidenceBasis, []) AS joined
  UNWIND split(joined, ' ') AS basisId
  WITH DISTINCT record, basisId
  WHERE basisId <> ''
  CREATE (:BasisLink {dependent: record.id, basis: basisId})
}
RETURN max(record.id) AS lastId`,
    parameters: { after, batch: neo4j.int(batch) },
    decode: (record) => asNullableString(readColumn(record, 'lastId'), 'lastId'),
  };
}
