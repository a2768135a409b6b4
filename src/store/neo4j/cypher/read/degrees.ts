import { asInteger, asString, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** Each id's degree (a self-loop counts once; 0 for no such entity), one row per id, in order. */
export function degreesQuery(ids: readonly string[]): Statement<{ id: string; degree: number }> {
  return {
    text: `UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-->() } + COUNT { (n)<--() } - COUNT { (n)-->(n) } END AS degree`,
    parameters: { ids },
    decode: (record) => ({
      id: asString(readColumn(record, 'id'), 'id'),
      degree: asInteger(readColumn(record, 'degree'), 'degree'),
    }),
  };
}
