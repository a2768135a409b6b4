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
 * when there are fewer than `first` shortest paths, with a second statement that is much slower on
 * large graphs with hubs; the first `first` paths of a longer list are never needed otherwise.
 */
export async function findPaths(runner: QueryRunner, request: PathsRequest): Promise<PathRecord[]> {
  const shortest = await readPaths(runner, 'paths', allShortestPathsQuery(request));
  if (request.mode === 'ALL_SHORTEST' || shortest.length === 0 || shortest.length >= request.first) {
    return shortest;
  }
  return readPaths(runner, 'pathsBeyondShortest', kShortestPathsQuery(request));
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
  const rows = await runner.read(name, statement);
  if (rows.some((row) => row.found > MAX_PATHS_READ)) {
    throw new LimitExceededError(
      `There are more than ${MAX_PATHS_READ} paths to put in order here. Narrow it with relationshipTypes, throughKinds or a smaller maxHops.`,
      { name: 'pathsRead', max: MAX_PATHS_READ },
    );
  }
  return rows.map((row) => row.path);
}
