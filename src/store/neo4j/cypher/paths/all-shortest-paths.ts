import type { PathsRequest, ShortestPathRequest } from '../../../knowledge-graph-store.js';
import { hops } from '../parts/hops.js';
import { relationshipFilterOf } from '../parts/relationship-predicate.js';
import type { Statement } from '../statement.js';
import { decodePathRow, pathParameters, returnPath, type PathRow } from './path-row.js';

/**
 * Every shortest path's rows come ordered by entity ids, then relationship ids, `first` of them,
 * each with `found`, the number of shortest paths read (at most MAX_PATHS_READ + 1).
 */
export function allShortestPathsQuery(request: PathsRequest): Statement<PathRow> {
  return {
    text: `${matchShortestPaths(request)}
WITH p LIMIT $readAtMost
WITH collect(p) AS paths
UNWIND paths AS p
WITH p, size(paths) AS found
ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
LIMIT $first
${returnPath(request.fields)}`,
    parameters: pathParameters(request),
    decode: decodePathRow,
  };
}

/**
 * The first shortest path in the port's order (entity ids, then relationship ids), as one row with
 * `found`, or no row. It does not sort the shortest paths: position by position it keeps those whose
 * entity there has the smallest id, reading one id per path per position, where sorting builds and
 * compares every path's whole list of ids. Between two hubs at 1M entities one pair has 21,581
 * shortest paths; there this read 299k records against 479k for the sort (measured with PROFILE).
 *
 * `[least IN [reduce(...)] | ...][0]` binds the position's smallest id once: written inline in the
 * filter, the reduce would run again for every path.
 */
export function firstShortestPathQuery(request: ShortestPathRequest): Statement<PathRow> {
  // The one path of ALL_SHORTEST's order, through entities of any kind.
  const firstOfAll = {
    ...request,
    mode: 'ALL_SHORTEST',
    throughKinds: null,
    first: 1,
  } satisfies PathsRequest;
  return {
    text: `${matchShortestPaths(firstOfAll)}
WITH p LIMIT $readAtMost
WITH collect(p) AS paths
WITH size(paths) AS found, reduce(kept = paths, i IN range(1, coalesce(length(head(paths)), 0) - 1) |
  [least IN [reduce(least = nodes(head(kept))[i].id, path IN kept | CASE WHEN nodes(path)[i].id < least THEN nodes(path)[i].id ELSE least END)] |
    [path IN kept WHERE nodes(path)[i].id = least]][0]) AS kept
UNWIND kept AS p
WITH found, p ORDER BY [r IN relationships(p) | r.id]
LIMIT $first
${returnPath(request.fields)}`,
    parameters: pathParameters(firstOfAll),
    decode: decodePathRow,
  };
}

/**
 * The shortest paths between the ends, with a predicate only for the filters the request sets: the
 * text depends on which are set (a few shapes, each planned once), never on their values. On the 1M
 * graph the unfiltered shape took about half the time of one with every filter guarded by `IS NULL`
 * over 11 sample pairs, for the same records read.
 *
 * This is the legacy `allShortestPaths`, not `ALL SHORTEST`: on Neo4j 5.26 it is a bidirectional
 * breadth-first search that checks these predicates as it expands, while the quantified path pattern
 * took seconds on a 100k graph with hubs (up to 15 s for `SHORTEST 1` on pairs this answers in 10–250 ms).
 * The kinds predicate names every node and exempts the ends: written over `nodes(p)[1..-1]` it cannot
 * be checked during the search, and the planner adds an exhaustive variable-length fallback.
 */
function matchShortestPaths(request: PathsRequest): string {
  const { passes } = relationshipFilterOf(request);
  const predicates = [
    ...(passes !== null ? [`all(r IN rs WHERE ${passes})`] : []),
    ...(request.throughKinds !== null
      ? ['all(n IN nodes(p) WHERE n = a OR n = b OR n.kind IN $throughKinds)']
      : []),
  ];
  return `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[rs*..${hops(request.maxHops)}]-(b))${predicates.length > 0 ? `\nWHERE ${predicates.join('\n  AND ')}` : ''}`;
}
