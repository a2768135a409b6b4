import neo4j from 'neo4j-driver';
import type { EntityRecord } from '../../../../model/index.js';
import type { TimelineRequest } from '../../../knowledge-graph-store.js';
import { ENTITY_PROJECTION } from '../../neo4j-records.js';
import { entityFrom } from '../decode/records.js';
import { readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';
import { MATCH_TIMELINE, sortKey, timelineParameters } from './event-order.js';

/** A page of a timeline (one row more than `first`, to tell whether there is a next page). */
export function timelineQuery(request: TimelineRequest): Statement<EntityRecord> {
  return {
    text: `${MATCH_TIMELINE}
WITH n, ${sortKey('n')} AS key
WHERE key > $after
RETURN ${ENTITY_PROJECTION} AS entity
ORDER BY key
LIMIT $limit`,
    parameters: {
      ...timelineParameters(request),
      after: request.after ?? '',
      limit: neo4j.int(request.first + 1),
    },
    decode: (record) => entityFrom(readColumn(record, 'entity')),
  };
}
