import type { PathsRequest } from '../../../knowledge-graph-store.js';
import { hops } from '../parts/hops.js';
import { relationshipPredicate } from '../parts/relationship-predicate.js';
import type { Statement } from '../statement.js';
import { decodePathRow, pathParameters, RETURN_PATH, type PathRow } from './path-row.js';

/**
 * The shortest simple paths of the first `first` lengths (`SHORTEST k GROUPS`), kept only when simple
 * (Cypher's paths never repeat a relationship, the port's never repeat an entity), ordered like
 * allShortestPathsQuery, with `found` likewise. For K_SHORTEST requests that need paths longer than
 * the shortest; entities inside a path must be of `throughKinds`.
 */
export function kShortestPathsQuery(request: PathsRequest): Statement<PathRow> {
  return {
    text: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${hops(request.first)} GROUPS (a)((x)-[r WHERE ${relationshipPredicate('r')}]-(y WHERE y = b OR $throughKinds IS NULL OR y.kind IN $throughKinds)){1,${hops(request.maxHops)}}(b)
WITH p LIMIT $readAtMost
WITH collect(p) AS paths
UNWIND paths AS p
WITH p, size(paths) AS found, [n IN nodes(p) | n.id] AS nodeIds
WHERE all(i IN range(0, size(nodeIds) - 2) WHERE NOT nodeIds[i] IN nodeIds[i + 1..])
WITH p, found ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
LIMIT $first
${RETURN_PATH}`,
    parameters: pathParameters(request),
    decode: decodePathRow,
  };
}
