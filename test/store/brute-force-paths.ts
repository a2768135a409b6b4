import { compareText } from '../../src/search/index.js';
import type { RelationshipRecord } from '../../src/model/index.js';
import type { PathRecord, PathsRequest } from '../../src/store/index.js';
import type { InMemoryGraph } from '../../src/store/embedded/in-memory-graph.js';
import { relationshipFilter } from '../../src/store/embedded/relationship-filter.js';

/**
 * The paths a store should return, found the obvious way so that it can check the clever one: every
 * candidate path collected, then one sort with the port's order written out (length, entity ids,
 * relationship ids). ALL_SHORTEST collects every shortest path; K_SHORTEST every simple path up to
 * maxHops, so keep maxHops small. Null when there are more than `cap` candidates.
 */
export function bruteForcePaths(
  graph: InMemoryGraph,
  request: PathsRequest,
  cap = 200_000,
): PathRecord[] | null {
  const accept = relationshipFilter(request.relationshipTypes, request.time);
  const kinds = request.throughKinds ? new Set<string>(request.throughKinds) : null;
  const canPass = (id: string) => !kinds || kinds.has(graph.entities.get(id)!.kind);
  const toTarget = distancesTo(graph, request.to, accept, canPass, request.maxHops);
  const shortest = toTarget.get(request.from);
  if (shortest === undefined) return [];

  const candidates: { nodes: string[]; relationships: RelationshipRecord[] }[] = [];
  const nodes = [request.from];
  const relationships: RelationshipRecord[] = [];
  const longest = request.mode === 'ALL_SHORTEST' ? shortest : request.maxHops;
  const walk = (current: string): void => {
    if (current === request.to) {
      candidates.push({ nodes: [...nodes], relationships: [...relationships] });
      if (candidates.length > cap) throw new TooMany();
      return;
    }
    if (current !== request.from && !canPass(current)) return;
    for (const { relationship, other } of graph.steps(current, 'BOTH', accept)) {
      // A path may still arrive in time: its length so far plus the distance left fits.
      const left = toTarget.get(other);
      if (nodes.includes(other) || left === undefined || relationships.length + 1 + left > longest) continue;
      nodes.push(other);
      relationships.push(relationship);
      walk(other);
      nodes.pop();
      relationships.pop();
    }
  };
  try {
    walk(request.from);
  } catch (error) {
    if (error instanceof TooMany) return null;
    throw error;
  }
  candidates.sort(
    (a, b) =>
      a.relationships.length - b.relationships.length ||
      compareLists(a.nodes, b.nodes) ||
      compareLists(
        a.relationships.map((r) => r.id),
        b.relationships.map((r) => r.id),
      ),
  );
  return candidates.slice(0, request.first).map((path) => ({
    nodes: path.nodes.map((id) => graph.entities.get(id)!),
    relationships: path.relationships,
  }));
}

/** Paths as [entity ids, relationship ids]: what a failed comparison should print. */
export function pathIds(paths: readonly PathRecord[]): [string[], string[]][] {
  return paths.map((path) => [path.nodes.map((node) => node.id), path.relationships.map((r) => r.id)]);
}

class TooMany extends Error {}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const order = compareText(a[index]!, b[index]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** Plain breadth-first distances to `target`, walking on only from entities a path may pass through. */
function distancesTo(
  graph: InMemoryGraph,
  target: string,
  accept: (relationship: RelationshipRecord) => boolean,
  canPass: (id: string) => boolean,
  maxHops: number,
): Map<string, number> {
  const distance = new Map([[target, 0]]);
  let frontier = [target];
  for (let hops = 1; hops <= maxHops; hops++) {
    const next: string[] = [];
    for (const id of frontier) {
      if (id !== target && !canPass(id)) continue;
      for (const { other } of graph.steps(id, 'BOTH', accept)) {
        if (!distance.has(other)) {
          distance.set(other, hops);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return distance;
}
