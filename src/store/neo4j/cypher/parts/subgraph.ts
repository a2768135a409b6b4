import type { Direction } from '../../../../model/index.js';
import type { SubgraphRecord } from '../../../knowledge-graph-store.js';
import type { RecordFields } from '../../../record-fields.js';
import { entityProjectionOf, relationshipProjectionOf } from '../../neo4j-records.js';
import { subgraphFromColumns } from '../decode/records.js';
import { readColumn } from '../decode/row-values.js';
import type { Neo4jRecord } from '../statement.js';
import { relationshipPredicate } from './relationship-predicate.js';

/**
 * The second half of every subgraph statement: given `kept` (a list of entity nodes), every passing
 * relationship among them, by id, and the nodes projected with the parts in `fields` (see
 * RecordFields; null: whole records). A neighbourhood drawn by names and types read every record's
 * evidence and description before (issue 15).
 */
export function inducedSubgraph(fields: RecordFields | null | undefined): string {
  return `CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE ${relationshipPredicate('r')} AND b IN kept
  WITH r ORDER BY r.id
  RETURN collect(${relationshipProjectionOf(fields, true)}) AS relationships
}
RETURN [n IN kept | ${entityProjectionOf(fields)}] AS nodes, relationships, truncated`;
}

/** The `nodes`, `relationships` and `truncated` columns inducedSubgraph returns. */
export function subgraphColumnsFrom(record: Neo4jRecord): Omit<SubgraphRecord, 'omitted'> {
  return subgraphFromColumns(
    readColumn(record, 'nodes'),
    readColumn(record, 'relationships'),
    readColumn(record, 'truncated'),
  );
}

/** One hop of a pattern, filtered by the relationship predicate and pointing the requested way. */
export function step(direction: Direction): string {
  const relationship = `[r WHERE ${relationshipPredicate('r')}]`;
  if (direction === 'OUTGOING') return `-${relationship}->`;
  if (direction === 'INCOMING') return `<-${relationship}-`;
  return `-${relationship}-`;
}
