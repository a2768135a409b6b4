import { LimitExceededError } from '../../errors.js';
import type { PathRecord, PathsRequest, ShortestPathRequest } from '../knowledge-graph-store.js';
import {
  allShortestPathsQuery,
  firstShortestPathQuery,
  kShortestPathsQuery,
  MAX_PATHS_READ,
  type PathRow,
  type Statement,
} from './cypher/index.js';
import type { QueryRunner } from './query-runner.js';

/**
 * Paths for a request whose ends differ (see PathsRequest). The shortest paths come from one fast
 * statement (a bidirectional search on the server). K_SHORTEST looks past the shortest length only
 * when there are fewer than `first` shortest paths, with statements that are much slower on large
 * graphs with hubs; the first `first` paths of a longer list are never needed otherwise.
 *
 * Those statements read every trail of the k shortest lengths and keep the simple paths. A length
 * can hold only trails that revisit an entity (one with parallel relationships to its neighbours
 * makes many), so k lengths can give fewer than `first` simple paths while longer ones exist: the
 * loop then asks again with more lengths, and its answer is the embedded store's. It ends: k grows
 * every round and is at most maxHops, the longest a path can be, and it stops sooner when the trails
 * read have fewer lengths than were asked for, as there are no more. Each round is one more statement
 * that reads the shorter lengths again, so k starts at `first` (at most maxHops) and grows by the
 * paths still missing, which keeps rounds few; the limit on trails read holds for each.
 */
export async function findPaths(runner: QueryRunner, request: PathsRequest): Promise<PathRecord[]> {
  const shortest = await readPaths(runner, 'paths', allShortestPathsQuery(request));
  if (request.mode === 'ALL_SHORTEST' || shortest.length === 0 || shortest.length >= request.first) {
    return shortest;
  }
  let groups = Math.min(request.first, request.maxHops);
  for (;;) {
    const rows = await runner.read('pathsBeyondShortest', kShortestPathsQuery(request, groups));
    const paths = pathsOf(rows);
    const lengths = rows[0]?.lengths ?? 0;
    if (paths.length >= request.first || lengths < groups || groups >= request.maxHops) return paths;
    groups = Math.min(request.maxHops, groups + Math.max(1, request.first - paths.length));
  }
}

/** The shortest path of a request whose ends differ, with the port's tie rule, or null. */
export async function findShortestPath(
  runner: QueryRunner,
  request: ShortestPathRequest,
): Promise<PathRecord | null> {
  const [path] = await readPaths(runner, 'shortestPath', firstShortestPathQuery(request));
  return path ?? null;
}

/** The rows of a path statement as records; LIMIT_EXCEEDED if it found more paths than it orders. */
async function readPaths(
  runner: QueryRunner,
  name: string,
  statement: Statement<PathRow>,
): Promise<PathRecord[]> {
  return pathsOf(await runner.read(name, statement));
}

/** The paths of a statement's rows (a row may have none); LIMIT_EXCEEDED if it read too many to order. */
function pathsOf(rows: readonly PathRow[]): PathRecord[] {
  if (rows.some((row) => row.found > MAX_PATHS_READ)) {
    throw new LimitExceededError(
      `There are more than ${MAX_PATHS_READ} paths to put in order here. Narrow it with relationshipTypes, throughKinds or a smaller maxHops.`,
      { name: 'pathsRead', max: MAX_PATHS_READ },
    );
  }
  return rows.flatMap((row) => (row.path === null ? [] : [row.path]));
}
