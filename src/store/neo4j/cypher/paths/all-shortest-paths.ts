import type { PathsRequest } from '../../../knowledge-graph-store.js';
import { hops } from '../parts/hops.js';
import { relationshipPredicate } from '../parts/relationship-predicate.js';
import type { Statement } from '../statement.js';
import { decodePathRow, pathParameters, RETURN_PATH, type PathRow } from './path-row.js';

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
export function allShortestPathsQuery(request: PathsRequest): Statement<PathRow> {
  return {
    text: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
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
    parameters: pathParameters(request),
    decode: decodePathRow,
  };
}
