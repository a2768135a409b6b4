import neo4j from 'neo4j-driver';
import type { ProgressRequest, TimelineRequest } from '../../../knowledge-graph-store.js';
import { ENTITY_PROJECTION } from '../../neo4j-records.js';

/**
 * What the event statements share. Event order is eventSortKey's, stated in Cypher: the first day of
 * the date's span (`2019` as 2019-01-01), a space, the id; the window test is eventInWindow's (a
 * reduced date compared with the window's day cut to its length).
 */

/** An event node's sort key (see eventSortKey). */
export const sortKey = (n: string) =>
  `(CASE size(${n}.date) WHEN 4 THEN ${n}.date + '-01-01' WHEN 7 THEN ${n}.date + '-01' ELSE ${n}.date END + ' ' + ${n}.id)`;

/** The events involving any of `$ids`, each once, that overlap `$from`..`$to`. Leaves `n` bound. */
export const MATCH_TIMELINE = `UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:INVOLVES]-(n:Event)
WITH DISTINCT n
WHERE ($from IS NULL OR n.date >= substring($from, 0, size(n.date)))
  AND ($to IS NULL OR n.date <= substring($to, 0, size(n.date)))`;

export function timelineParameters(request: TimelineRequest): Record<string, unknown> {
  return { ids: [...new Set(request.ids)], from: request.from, to: request.to };
}

/** The events involving the node `x`, in event order, at most `$eventsPerItem`, as `events`. */
export const eventsOf = (
  x: string,
  alsoInvolving: string | null = null,
) => `CALL (${x}${alsoInvolving ? `, ${alsoInvolving}` : ''}) {
    MATCH (${x})<-[:INVOLVES]-(n:Event)
    ${alsoInvolving ? `WHERE EXISTS { (n)-[:INVOLVES]->(${alsoInvolving}) }` : ''}
    WITH n, ${sortKey('n')} AS key ORDER BY key LIMIT $eventsPerItem
    RETURN collect(${ENTITY_PROJECTION}) AS events
  }`;

export function progressParameters(request: ProgressRequest): Record<string, unknown> {
  return {
    planId: request.planId,
    limit: neo4j.int(request.limit + 1),
    eventsPerItem: neo4j.int(request.eventsPerItem),
  };
}
