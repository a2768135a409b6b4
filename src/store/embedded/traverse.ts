import type { RelationshipRecord, RelationshipType } from '../../model/index.js';
import { compareText } from '../../search/index.js';
import type {
  NeighborhoodRequest,
  PathRecord,
  ShortestPathRequest,
  SubgraphRecord,
} from '../knowledge-graph-store.js';
import type { InMemoryGraph } from './in-memory-graph.js';

/** Breadth-first neighbourhood with the port's ordering and cut rules (see NeighborhoodRequest). */
export function neighborhoodOf(graph: InMemoryGraph, request: NeighborhoodRequest): SubgraphRecord | null {
  const centre = graph.entities.get(request.id);
  if (!centre) return null;
  const types = typeSet(request.relationshipTypes);
  const seen = new Set([centre.id]);
  const kept = [centre.id];
  let frontier = [centre.id];
  let truncated = false;
  for (let distance = 1; distance <= request.depth && frontier.length > 0 && !truncated; distance++) {
    const next = new Set<string>();
    for (const id of frontier) {
      for (const { other } of graph.steps(id, request.direction, types)) {
        if (!seen.has(other)) next.add(other);
      }
    }
    // A whole level is gathered before sorting, so the cut keeps the nearest entities, then the first ids.
    const level = [...next].sort(compareText);
    for (const id of level) seen.add(id);
    const room = request.limit - kept.length;
    if (level.length > room) truncated = true;
    kept.push(...level.slice(0, Math.max(room, 0)));
    frontier = level;
  }
  const keptSet = new Set(kept);
  const relationships: RelationshipRecord[] = [];
  for (const id of kept) {
    for (const { relationship, other } of graph.steps(id, 'OUTGOING', types)) {
      if (keptSet.has(other)) relationships.push(relationship);
    }
  }
  relationships.sort((a, b) => compareText(a.id, b.id));
  return { nodes: kept.map((id) => graph.entities.get(id)!), relationships, truncated };
}

/**
 * The shortest path with the port's tie rule: a breadth-first search back from the target gives each
 * entity its distance to it; walking forward from the source, each step takes the smallest id among
 * the neighbours one step closer, and the smallest relationship id to reach it. That greedy walk is the
 * path whose id sequence sorts first among all shortest ones.
 */
export function shortestPathOf(graph: InMemoryGraph, request: ShortestPathRequest): PathRecord | null {
  const source = graph.entities.get(request.from);
  const target = graph.entities.get(request.to);
  if (!source || !target) return null;
  if (source.id === target.id) return { nodes: [source], relationships: [] };
  const types = typeSet(request.relationshipTypes);
  const distance = new Map([[target.id, 0]]);
  let frontier = [target.id];
  for (let hops = 1; hops <= request.maxHops && !distance.has(source.id) && frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const { other } of graph.steps(id, 'BOTH', types)) {
        if (!distance.has(other)) {
          distance.set(other, hops);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  if (!distance.has(source.id)) return null;

  const nodes = [source];
  const relationships: RelationshipRecord[] = [];
  let current = source.id;
  while (current !== target.id) {
    const wanted = distance.get(current)! - 1;
    let best: { relationship: RelationshipRecord; other: string } | null = null;
    for (const step of graph.steps(current, 'BOTH', types)) {
      if (distance.get(step.other) !== wanted) continue;
      if (
        best === null ||
        compareText(step.other, best.other) < 0 ||
        (step.other === best.other && compareText(step.relationship.id, best.relationship.id) < 0)
      ) {
        best = step;
      }
    }
    relationships.push(best!.relationship);
    nodes.push(graph.entities.get(best!.other)!);
    current = best!.other;
  }
  return { nodes, relationships };
}

function typeSet(types: readonly RelationshipType[] | null): ReadonlySet<RelationshipType> | null {
  return types ? new Set(types) : null;
}
