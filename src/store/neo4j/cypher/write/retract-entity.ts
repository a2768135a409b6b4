import type { EntityRecord, RelationshipRecord } from '../../../../model/index.js';
import { ENTITY_PROJECTION, RELATIONSHIP_PROJECTION } from '../../neo4j-records.js';
import { entityFrom, relationshipFrom } from '../decode/records.js';
import { asList, readColumn } from '../decode/row-values.js';
import { deleteBasisLinksOf } from '../parts/basis-links.js';
import type { Statement } from '../statement.js';

/**
 * Deletes an entity and its relationships, with their basis links, and returns what they were (by
 * id): no row when there is no such entity.
 */
export function retractEntityQuery(
  id: string,
): Statement<{ entity: EntityRecord; relationships: RelationshipRecord[] }> {
  return {
    text: `MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-()
WITH n, r ORDER BY r.id
WITH n, collect(DISTINCT ${RELATIONSHIP_PROJECTION}) AS relationships
WITH ${ENTITY_PROJECTION} AS entity, relationships, n
${deleteBasisLinksOf('n, relationships', '[n.id] + [r IN relationships | r.id]')}
DETACH DELETE n
RETURN entity, relationships`,
    parameters: { id },
    decode: (record) => ({
      entity: entityFrom(readColumn(record, 'entity')),
      relationships: asList(readColumn(record, 'relationships'), 'relationships', relationshipFrom),
    }),
  };
}
