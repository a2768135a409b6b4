import { relationshipKeysOf } from '../read/get-relationships.js';
import { asString, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** Which of `ids` name an entity or a relationship (one row per id found). */
export function existingFactIdsQuery(ids: readonly string[]): Statement<string> {
  const distinct = [...new Set(ids)];
  const relationships = relationshipKeysOf(distinct);
  return {
    text: `CALL () {
  MATCH (n:Entity) WHERE n.id IN $entityIds RETURN n.id AS id
  UNION
  UNWIND $relationships AS wanted
  MATCH (:Entity {id: wanted.from})-[r]->() WHERE r.id = wanted.id
  RETURN r.id AS id
}
RETURN id`,
    parameters: { entityIds: distinct, relationships },
    decode: (record) => asString(readColumn(record, 'id'), 'id'),
  };
}
