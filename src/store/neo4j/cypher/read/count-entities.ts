import type { EntityFilter } from '../../../knowledge-graph-store.js';
import { asInteger, readColumn } from '../decode/row-values.js';
import { kindLabel } from '../parts/kind-label.js';
import type { Neo4jRecord, Statement } from '../statement.js';

/** How many entities pass the filter, in the column `count`. */
export function countEntitiesQuery(filter: EntityFilter): Statement<number> {
  const decode = countFrom;
  if (filter.kinds === null)
    return { text: 'MATCH (n:Entity) RETURN count(n) AS count', parameters: {}, decode };
  if (filter.kinds.length === 0) return { text: 'RETURN 0 AS count', parameters: {}, decode };
  // One COUNT per literal kind label reads Neo4j's count store instead of the entities.
  // A kind label is only ever on entities, so the single label reads the count store.
  const counts = [...new Set(filter.kinds)].map((kind) => `COUNT { (:${kindLabel(kind)}) }`);
  return { text: `RETURN ${counts.join(' + ')} AS count`, parameters: {}, decode };
}

/** The `count` column of a count statement. */
export function countFrom(record: Neo4jRecord): number {
  return asInteger(readColumn(record, 'count'), 'count');
}
