import { asString, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** The ids of every relationship from or to one of the entities (one row each). */
export function relationshipIdsOfQuery(entityIds: readonly string[]): Statement<string> {
  return {
    text: `MATCH (n:Entity)-[r]-()
WHERE n.id IN $entityIds
RETURN DISTINCT r.id AS id`,
    parameters: { entityIds: [...new Set(entityIds)] },
    decode: (record) => asString(readColumn(record, 'id'), 'id'),
  };
}
