import neo4j from 'neo4j-driver';
import type { PathsRequest } from '../../knowledge-graph-store.js';
import { ENTITY_PROJECTION, RELATIONSHIP_PROJECTION } from '../neo4j-records.js';
import type { CypherQuery } from './cypher-query.js';
import { hops } from './traversal-queries.js';
import { relationshipFilterParams, relationshipPredicate } from './relationship-predicate.js';

/**
 * Most paths one statement reads to put in order. The port's tie rule needs every candidate, so a
 * statement that finds more (`found` in its rows) has not ordered them all, and the request is refused.
 */
export const MAX_PATHS_READ = 50_000;

/**
 * Every shortest path's rows come ordered by entity ids, then relationship ids, `first` of them,
 * each with `found`, the number of shortest paths read (at most MAX_PATHS_READ + 1).
 *
 * This is the legacy `allShortestPaths`, not `ALL SHORTEST`: on Neo4j 5.26 it is a bidirectional
 * breadth-first search that checks these predicates as it expands, while the quantified path pattern
 * took seconds on a 100k graph with hubs (up to 15 s for `SHORTEST 1` on pairs this answers in 10–250 ms).
 * The kinds predicate names every node and exempts the ends: written over `nodes(p)[1..-1]` it cannot
 * be checked during the search, and the planner adds an exhaustive variable-length fallback.
 */
export function allShortestPathsQuery(request: PathsRequest): CypherQuery {
  return {
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[rs*..${hops(request.maxHops)}]-(b))
WHERE all(r IN rs WHERE ${relationshipPredicate('r')})
  AND all(n IN nodes(p) WHERE n = a OR n = b OR $throughKinds IS NULL OR n.kind IN $throughKinds)
WITH p LIMIT $readAtMost
WITH collect(p) AS paths
UNWIND paths AS p
WITH p, size(paths) AS found
ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
LIMIT $first
${RETURN_PATH}`,
    params: pathParams(request),
  };
}

/**
 * The shortest simple paths of the first `first` lengths (`SHORTEST k GROUPS`), kept only when simple
 * (Cypher's paths never repeat a relationship, the port's never repeat an entity), ordered like
 * allShortestPathsQuery, with `found` likewise. For K_SHORTEST requests that need paths longer than
 * the shortest; entities inside a path must be of `throughKinds`.
 */
export function kShortestPathsQuery(request: PathsRequest): CypherQuery {
  return {
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${hops(request.first)} GROUPS (a)((x)-[r WHERE ${relationshipPredicate('r')}]-(y WHERE y = b OR $throughKinds IS NULL OR y.kind IN $throughKinds)){1,${hops(request.maxHops)}}(b)
WITH p LIMIT $readAtMost
WITH collect(p) AS paths
UNWIND paths AS p
WITH p, size(paths) AS found, [n IN nodes(p) | n.id] AS nodeIds
WHERE all(i IN range(0, size(nodeIds) - 2) WHERE NOT nodeIds[i] IN nodeIds[i + 1..])
WITH p, found ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
LIMIT $first
${RETURN_PATH}`,
    params: pathParams(request),
  };
}

const RETURN_PATH = `RETURN found, [n IN nodes(p) | ${ENTITY_PROJECTION}] AS nodes, [r IN relationships(p) | ${RELATIONSHIP_PROJECTION}] AS relationships`;

function pathParams(request: PathsRequest): Record<string, unknown> {
  return {
    from: request.from,
    to: request.to,
    throughKinds: request.throughKinds,
    // One more than is ordered tells that some were left unread.
    readAtMost: neo4j.int(MAX_PATHS_READ + 1),
    first: neo4j.int(request.first),
    ...relationshipFilterParams(request.relationshipTypes, request.time),
  };
}
