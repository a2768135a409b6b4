import { deleteBasisLinksOf } from '../parts/basis-links.js';
import { ignoreRow, type Statement } from '../statement.js';

/** Deletes a relationship, found from its start entity (named in its id), with its basis links. */
export function deleteRelationshipQuery(relationship: { id: string; from: string }): Statement<void> {
  return {
    text: `MATCH (:Entity {id: $from})-[r]->() WHERE r.id = $id
DELETE r
WITH *
${deleteBasisLinksOf('', '[$id]')}`,
    parameters: { from: relationship.from, id: relationship.id },
    decode: ignoreRow,
  };
}
