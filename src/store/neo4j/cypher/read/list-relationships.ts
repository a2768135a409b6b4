import neo4j from 'neo4j-driver';
import type { RelationshipRecord } from '../../../../model/index.js';
import type { PageRequest, RelationshipFilter } from '../../../knowledge-graph-store.js';
import { RELATIONSHIP_PROJECTION } from '../../neo4j-records.js';
import { relationshipFrom } from '../decode/records.js';
import { readColumn } from '../decode/row-values.js';
import { relationshipTypeAlternation } from '../parts/relationship-type-alternation.js';
import type { Statement } from '../statement.js';

/** A keyset page of relationships by id, one more than `first`, in the column `relationship`. */
export function listRelationshipsQuery(
  filter: RelationshipFilter,
  page: PageRequest,
): Statement<RelationshipRecord> {
  return {
    text: `MATCH ()-[r${relationshipTypeAlternation(filter.types)}]->()
WHERE r.id > $after
RETURN ${RELATIONSHIP_PROJECTION} AS relationship
ORDER BY r.id
LIMIT $limit`,
    parameters: { after: page.after ?? '', limit: neo4j.int(page.first + 1) },
    decode: (record) => relationshipFrom(readColumn(record, 'relationship')),
  };
}
