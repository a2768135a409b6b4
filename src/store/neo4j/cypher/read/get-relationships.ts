import { parseRelationshipId, type RelationshipRecord } from '../../../../model/index.js';
import { RELATIONSHIP_PROJECTION } from '../../neo4j-records.js';
import { relationshipFrom } from '../decode/records.js';
import { readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** What getRelationshipsQuery looks a relationship up by: its id and its start entity. */
export interface RelationshipKey {
  id: string;
  from: string;
}

/** The keys of those of `ids` that are relationship ids (an entity id has none). */
export function relationshipKeysOf(ids: readonly string[]): RelationshipKey[] {
  return ids.flatMap((id) => {
    const parts = parseRelationshipId(id);
    return parts ? [{ id, from: parts.from }] : [];
  });
}

/** The relationships of `keys` that exist. Relationship ids name their start entity, so each lookup starts from an indexed node. */
export function getRelationshipsQuery(keys: readonly RelationshipKey[]): Statement<RelationshipRecord> {
  return {
    text: `UNWIND $keys AS key
MATCH (:Entity {id: key.from})-[r]->()
WHERE r.id = key.id
RETURN ${RELATIONSHIP_PROJECTION} AS relationship`,
    parameters: { keys },
    decode: (record) => relationshipFrom(readColumn(record, 'relationship')),
  };
}
