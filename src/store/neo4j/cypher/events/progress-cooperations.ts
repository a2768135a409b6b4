import type { EntityRecord, RelationshipRecord } from '../../../../model/index.js';
import type { ProgressRequest } from '../../../knowledge-graph-store.js';
import { RELATIONSHIP_PROJECTION } from '../../neo4j-records.js';
import { entityFrom, relationshipFrom } from '../decode/records.js';
import { asList, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';
import { eventsOf, progressParameters } from './event-order.js';

/**
 * The COOPERATES_WITH relationships with QUOTED evidence from a source the plan's own QUOTED evidence
 * quotes, by id, one more than `limit`, each with the events involving both ends. Evidence lives in
 * property lists no index covers, so this reads every COOPERATES_WITH relationship: one type, a few
 * per cent of a graph.
 */
export function progressCooperationsQuery(
  request: ProgressRequest,
): Statement<{ relationship: RelationshipRecord; events: EntityRecord[] }> {
  return {
    text: `MATCH (plan:Plan {id: $planId})
WITH [i IN range(0, size(plan.evidenceKinds) - 1) WHERE plan.evidenceKinds[i] = 'QUOTED' | plan.evidenceSources[i]] AS sources
MATCH ()-[r:COOPERATES_WITH]->()
WHERE any(i IN range(0, size(r.evidenceKinds) - 1)
  WHERE r.evidenceKinds[i] = 'QUOTED' AND r.evidenceSources[i] IN sources)
WITH r ORDER BY r.id LIMIT $limit
WITH r, startNode(r) AS a, endNode(r) AS b
${eventsOf('a', 'b')}
RETURN ${RELATIONSHIP_PROJECTION} AS relationship, events
ORDER BY r.id`,
    parameters: progressParameters(request),
    decode: (record) => ({
      relationship: relationshipFrom(readColumn(record, 'relationship')),
      events: asList(readColumn(record, 'events'), 'events', entityFrom),
    }),
  };
}
