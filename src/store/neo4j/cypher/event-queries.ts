import neo4j from 'neo4j-driver';
import type { ProgressRequest, TimelineRequest } from '../../knowledge-graph-store.js';
import { ENTITY_PROJECTION, RELATIONSHIP_PROJECTION } from '../neo4j-records.js';
import type { CypherQuery } from './cypher-query.js';

/**
 * The reads of events: timelines and a plan's progress. Event order is eventSortKey's, stated in
 * Cypher: the first day of the date's span (`2019` as 2019-01-01), a space, the id; the window test
 * is eventInWindow's (a reduced date compared with the window's day cut to its length).
 */

/** An event node's sort key (see eventSortKey). */
const sortKey = (n: string) =>
  `(CASE size(${n}.date) WHEN 4 THEN ${n}.date + '-01-01' WHEN 7 THEN ${n}.date + '-01' ELSE ${n}.date END + ' ' + ${n}.id)`;

/** The events involving any of `$ids`, each once, that overlap `$from`..`$to`. Leaves `n` bound. */
const MATCH_TIMELINE = `UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:INVOLVES]-(n:Event)
WITH DISTINCT n
WHERE ($from IS NULL OR n.date >= substring($from, 0, size(n.date)))
  AND ($to IS NULL OR n.date <= substring($to, 0, size(n.date)))`;

function timelineParams(request: TimelineRequest): Record<string, unknown> {
  return { ids: [...new Set(request.ids)], from: request.from, to: request.to };
}

/** A page of a timeline (one row more than `first`, to tell whether there is a next page). */
export function timelineQuery(request: TimelineRequest): CypherQuery {
  return {
    cypher: `${MATCH_TIMELINE}
WITH n, ${sortKey('n')} AS key
WHERE key > $after
RETURN ${ENTITY_PROJECTION} AS entity
ORDER BY key
LIMIT $limit`,
    params: { ...timelineParams(request), after: request.after ?? '', limit: neo4j.int(request.first + 1) },
  };
}

/** How many events a timeline holds over all its pages. */
export function timelineCountQuery(request: TimelineRequest): CypherQuery {
  return { cypher: `${MATCH_TIMELINE}\nRETURN count(n) AS count`, params: timelineParams(request) };
}

/** The events involving the node `x`, in event order, at most `$eventsPerItem`, as `events`. */
const eventsOf = (
  x: string,
  alsoInvolving: string | null = null,
) => `CALL (${x}${alsoInvolving ? `, ${alsoInvolving}` : ''}) {
    MATCH (${x})<-[:INVOLVES]-(n:Event)
    ${alsoInvolving ? `WHERE EXISTS { (n)-[:INVOLVES]->(${alsoInvolving}) }` : ''}
    WITH n, ${sortKey('n')} AS key ORDER BY key LIMIT $eventsPerItem
    RETURN collect(${ENTITY_PROJECTION}) AS events
  }`;

/**
 * The entities the plan names (PART_OF_TASK one of its tasks, or PART_OF the plan; no tasks, no
 * events) by id, one more than `limit`, each with the events involving it.
 */
export function progressItemsQuery(request: ProgressRequest): CypherQuery {
  return {
    cypher: `MATCH (plan:Plan {id: $planId})
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
    params: progressParams(request),
  };
}

/**
 * The COOPERATES_WITH relationships with QUOTED evidence from a source the plan's own QUOTED evidence
 * quotes, by id, one more than `limit`, each with the events involving both ends. Evidence lives in
 * property lists no index covers, so this reads every COOPERATES_WITH relationship: one type, a few
 * per cent of a graph.
 */
export function progressCooperationsQuery(request: ProgressRequest): CypherQuery {
  return {
    cypher: `MATCH (plan:Plan {id: $planId})
WITH [i IN range(0, size(plan.evidenceKinds) - 1) WHERE plan.evidenceKinds[i] = 'QUOTED' | plan.evidenceSources[i]] AS sources
MATCH ()-[r:COOPERATES_WITH]->()
WHERE any(i IN range(0, size(r.evidenceKinds) - 1)
  WHERE r.evidenceKinds[i] = 'QUOTED' AND r.evidenceSources[i] IN sources)
WITH r ORDER BY r.id LIMIT $limit
WITH r, startNode(r) AS a, endNode(r) AS b
${eventsOf('a', 'b')}
RETURN ${RELATIONSHIP_PROJECTION} AS relationship, events
ORDER BY r.id`,
    params: progressParams(request),
  };
}

function progressParams(request: ProgressRequest): Record<string, unknown> {
  return {
    planId: request.planId,
    limit: neo4j.int(request.limit + 1),
    eventsPerItem: neo4j.int(request.eventsPerItem),
  };
}
