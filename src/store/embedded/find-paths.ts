import type { PathRecord, PathsRequest, ShortestPathRequest } from '../knowledge-graph-store.js';
import { NO_DEADLINE, type Deadline } from '../common/deadline.js';
import type { InMemoryGraph } from './in-memory-graph.js';
import { createPathSearch, type PathSearch } from './path-search.js';
import { shortestPathLayers } from './shortest-path-layers.js';
import { walkPaths } from './walk-paths.js';

export { PATH_SEARCH_BUDGET } from './path-search.js';

/**
 * Paths with the port's order (length, then entity ids, then relationship ids).
 *
 * ALL_SHORTEST walks only the layers of the shortest paths (see shortestPathLayers), so it never
 * backtracks out of a dead end, and its first path is the greedy one: the smallest next id at every
 * step. K_SHORTEST walks every length from the shortest up to maxHops, pruned by the distance to the
 * target: a partial path goes on only if it can still arrive within its length.
 */
export function pathsOf(
  graph: InMemoryGraph,
  request: PathsRequest,
  deadline: Deadline = NO_DEADLINE,
): PathRecord[] {
  const search = createPathSearch(graph, request, deadline);
  if (!search) return [];
  if (search.source === search.target)
    return [{ nodes: [search.adjacency.entities[search.source]!], relationships: [] }];
  const found: PathRecord[] = [];
  const keep = (path: PathRecord) => found.push(path) < request.first;
  if (request.mode === 'ALL_SHORTEST') {
    const layers = shortestPathLayers(search);
    if (layers) walkPaths(search, layers.length, layers.continues, keep);
    return found;
  }
  const toTarget = distancesToTarget(search);
  const shortest = toTarget[search.source]!;
  if (shortest < 0) return found;
  for (let length = shortest; length <= request.maxHops; length++) {
    const canArrive = (node: number, position: number) =>
      node === search.target
        ? position === length
        : toTarget[node]! >= 0 && toTarget[node]! <= length - position && search.canPass(node);
    if (!walkPaths(search, length, canArrive, keep)) break;
  }
  return found;
}

/** The shortest path with the port's tie rule (see KnowledgeGraphStore.shortestPath), or null. */
export function firstShortestPathOf(
  graph: InMemoryGraph,
  request: ShortestPathRequest,
  deadline: Deadline = NO_DEADLINE,
): PathRecord | null {
  const [path] = pathsOf(graph, { ...request, mode: 'ALL_SHORTEST', throughKinds: null, first: 1 }, deadline);
  return path ?? null;
}

/**
 * Breadth-first distances to the target (-1: not within maxHops), through entities the search may
 * pass through; the source gets its distance but is not walked on from unless it may be passed.
 * Longer paths wander further than the shortest ones, so this reads all of maxHops.
 */
function distancesToTarget(search: PathSearch): Int32Array {
  const { rowStart, other } = search.adjacency;
  const distance = new Int32Array(search.adjacency.entities.length).fill(-1);
  distance[search.target] = 0;
  let frontier = [search.target];
  for (let hops = 1; hops <= search.maxHops && frontier.length > 0; hops++) {
    const next: number[] = [];
    for (const node of frontier) {
      search.tick();
      if (node !== search.target && !search.canPass(node)) continue;
      for (let slot = rowStart[node]!, end = rowStart[node + 1]!; slot < end; slot++) {
        const reached = other[slot]!;
        if (distance[reached]! < 0 && search.passes(slot)) {
          distance[reached] = hops;
          next.push(reached);
        }
      }
    }
    frontier = next;
  }
  return distance;
}
