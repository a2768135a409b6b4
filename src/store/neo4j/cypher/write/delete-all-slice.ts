import { asInteger, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/**
 * Deletes up to 5000 of the store's nodes (entities, sources, changes, record locks, basis links) with their
 * relationships, and says how many: run until it deletes none, so a large graph never needs one huge
 * transaction.
 */
export function deleteAllSliceQuery(): Statement<number> {
  return {
    text: 'MATCH (n) WHERE n:Entity OR n:Source OR n:Change OR n:WriteLock OR n:BasisLink WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted',
    parameters: {},
    decode: (record) => asInteger(readColumn(record, 'deleted'), 'deleted'),
  };
}
