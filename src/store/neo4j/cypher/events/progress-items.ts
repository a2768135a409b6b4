import type { EntityRecord } from '../../../../model/index.js';
import type { ProgressRequest } from '../../../knowledge-graph-store.js';
import { ENTITY_PROJECTION } from '../../neo4j-records.js';
import { entityFrom } from '../decode/records.js';
import { asList, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';
import { eventsOf, progressParameters } from './event-order.js';

/**
 * The entities the plan names (PART_OF_TASK one of its tasks, or PART_OF the plan; no tasks, no
 * events) by id, one more than `limit`, each with the events involving it.
 */
export function progressItemsQuery(
  request: ProgressRequest,
): Statement<{ entity: EntityRecord; events: EntityRecord[] }> {
  return {
    text: `MATCH (plan:Plan {id: $planId})
CALL (plan) {
  MATCH (item:Entity)-[:PART_OF_TASK]->(:Task)-[:PART_OF]->(plan) RETURN item
  UNION
  MATCH (item:Entity)-[:PART_OF]->(plan) WHERE NOT item:Task RETURN item
}
WITH DISTINCT item WHERE NOT item:Event
ORDER BY item.id LIMIT $limit
${eventsOf('item')}
WITH item AS n, events
RETURN ${ENTITY_PROJECTION} AS entity, events
ORDER BY n.id`,
    parameters: progressParameters(request),
    decode: (record) => ({
      entity: entityFrom(readColumn(record, 'entity')),
      events: asList(readColumn(record, 'events'), 'events', entityFrom),
    }),
  };
}
