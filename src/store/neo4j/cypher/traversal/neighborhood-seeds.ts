import { asString, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** Which of a neighbourhood's seeds exist, by id. */
export function neighborhoodSeedsQuery(ids: readonly string[]): Statement<string> {
  return {
    text: 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id ORDER BY id',
    parameters: { ids: [...ids] },
    decode: (record) => asString(readColumn(record, 'id'), 'id'),
  };
}
