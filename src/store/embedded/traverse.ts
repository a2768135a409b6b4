import type { RelationshipRecord } from '../../model/index.js';
import { compareText } from '../../search/index.js';
import type {
  GraphRequest,
  NeighborhoodRequest,
  OmittedRecord,
  PathRecord,
  ShortestPathRequest,
  SubgraphRecord,
} from '../knowledge-graph-store.js';
import { NO_DEADLINE, type Deadline } from '../common/deadline.js';
import type { InMemoryGraph } from './in-memory-graph.js';
import { firstShortestPathOf } from './find-paths.js';
import { relationshipFilter } from './relationship-filter.js';

/** Breadth-first neighbourhood with the port's ordering, cut and cap rules (see NeighborhoodRequest). */
export function neighborhoodOf(
  graph: InMemoryGraph,
  request: NeighborhoodRequest,
  deadline: Deadline = NO_DEADLINE,
): SubgraphRecord | null {
  const seeds = [...new Set(request.ids)].filter((id) => graph.entities.has(id)).sort(compareText);
  if (seeds.length === 0) return null;
  const accept = relationshipFilter(request.relationshipTypes, request.time, request.evidenceKinds ?? null);
  const kinds = request.kinds ? new Set(request.kinds) : null;
  const seen = new Set(seeds);
  const kept = seeds.slice(0, request.limit);
  const capped = new Map<string, string[]>();
  let truncated = seeds.length > request.limit;
  let frontier = kept;
  for (let distance = 1; distance <= request.depth && frontier.length > 0 && !truncated; distance++) {
    const next = new Set<string>();
    for (const id of frontier) {
      deadline.check();
      let neighbours = neighboursOf(graph, id, request.direction, accept, kinds);
      if (request.perNodeLimit !== null && neighbours.length > request.perNodeLimit) {
        capped.set(id, neighbours);
        neighbours = neighbours.slice(0, request.perNodeLimit);
      }
      for (const other of neighbours) if (!seen.has(other)) next.add(other);
    }
    // A whole level is gathered before sorting, so the cut keeps the nearest entities, then the first ids.
    const level = [...next].sort(compareText);
    for (const id of level) seen.add(id);
    const room = request.limit - kept.length;
    if (level.length > room) truncated = true;
    kept.push(...level.slice(0, Math.max(room, 0)));
    frontier = level.slice(0, Math.max(room, 0));
  }
  const keptSet = new Set(kept);
  const omitted: OmittedRecord[] = [];
  for (const [entityId, neighbours] of capped) {
    const count = neighbours.filter((other) => !keptSet.has(other)).length;
    if (count > 0) omitted.push({ entityId, count });
  }
  omitted.sort((a, b) => compareText(a.entityId, b.entityId));
  return { ...inducedSubgraph(graph, kept, accept), truncated, omitted };
}

/** The whole graph filtered, entities by id and cut at `limit` (see GraphRequest). */
export function filteredGraphOf(graph: InMemoryGraph, request: GraphRequest): SubgraphRecord {
  const kinds = request.kinds ? new Set(request.kinds) : null;
  const ids: string[] = [];
  let truncated = false;
  for (const entity of graph.sortedEntities) {
    if (kinds && !kinds.has(entity.kind)) continue;
    if (ids.length === request.limit) {
      truncated = true;
      break;
    }
    ids.push(entity.id);
  }
  return {
    ...inducedSubgraph(
      graph,
      ids,
      relationshipFilter(request.relationshipTypes, request.time, request.evidenceKinds ?? null),
    ),
    truncated,
    omitted: [],
  };
}

/**
 * The shortest path with the port's tie rule: among equally short paths, the one whose entity ids
 * (then relationship ids) sort first. See find-paths.ts for how it is found.
 */
export function shortestPathOf(
  graph: InMemoryGraph,
  request: ShortestPathRequest,
  deadline: Deadline = NO_DEADLINE,
): PathRecord | null {
  return firstShortestPathOf(graph, request, deadline);
}

/** The distinct entities one step from `id` (not itself), of `kinds` (null: any), sorted by id. */
export function neighboursOf(
  graph: InMemoryGraph,
  id: string,
  direction: NeighborhoodRequest['direction'],
  accept: (relationship: RelationshipRecord) => boolean,
  kinds: ReadonlySet<string> | null,
): string[] {
  const neighbours = new Set<string>();
  for (const { other } of graph.steps(id, direction, accept)) {
    if (other !== id && (!kinds || kinds.has(graph.entities.get(other)!.kind))) neighbours.add(other);
  }
  return [...neighbours].sort(compareText);
}

function inducedSubgraph(
  graph: InMemoryGraph,
  ids: readonly string[],
  accept: (relationship: RelationshipRecord) => boolean,
): { nodes: SubgraphRecord['nodes']; relationships: RelationshipRecord[] } {
  const keptSet = new Set(ids);
  const relationships: RelationshipRecord[] = [];
  for (const id of ids) {
    for (const { relationship, other } of graph.steps(id, 'OUTGOING', accept)) {
      if (keptSet.has(other)) relationships.push(relationship);
    }
  }
  relationships.sort((a, b) => compareText(a.id, b.id));
  return { nodes: ids.map((id) => graph.entities.get(id)!), relationships };
}
