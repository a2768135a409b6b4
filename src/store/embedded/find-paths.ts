import { LimitExceededError } from '../../errors.js';
import type { RelationshipRecord } from '../../model/index.js';
import { compareText } from '../../search/index.js';
import type { PathRecord, PathsRequest } from '../knowledge-graph-store.js';
import { NO_DEADLINE, type Deadline } from '../common/deadline.js';
import type { InMemoryGraph } from './in-memory-graph.js';
import { relationshipFilter } from './relationship-filter.js';
import { distancesTo } from './traverse.js';

/** Steps a path search may take before it is refused; bounds the work of one request. */
export const PATH_SEARCH_BUDGET = 200_000;

/**
 * Paths with the port's order (length, then entity ids, then relationship ids). Distances to the
 * target, from one breadth-first search, prune the depth-first walk: a partial path goes on only if
 * it can still arrive within its length, so the walk visits little beyond the paths it returns.
 * Walking neighbours in id order yields the paths already sorted.
 */
export function pathsOf(
  graph: InMemoryGraph,
  request: PathsRequest,
  deadline: Deadline = NO_DEADLINE,
): PathRecord[] {
  const source = graph.entities.get(request.from);
  const target = graph.entities.get(request.to);
  if (!source || !target) return [];
  if (source.id === target.id) return [{ nodes: [source], relationships: [] }];
  const accept = relationshipFilter(request.relationshipTypes, request.time);
  const kinds = request.throughKinds ? new Set(request.throughKinds) : null;
  const canPass = (id: string) => !kinds || kinds.has(graph.entities.get(id)!.kind);
  // For K_SHORTEST every distance up to maxHops is needed (longer paths pass further out).
  const stopAt = request.mode === 'ALL_SHORTEST' ? source.id : '';
  const distance = distancesTo(graph, target.id, accept, canPass, request.maxHops, stopAt, deadline);
  const shortest = distance.get(source.id);
  if (shortest === undefined) return [];

  const found: PathRecord[] = [];
  let budget = PATH_SEARCH_BUDGET;
  const lengths = request.mode === 'ALL_SHORTEST' ? [shortest] : range(shortest, request.maxHops);
  for (const length of lengths) {
    const nodes = [source.id];
    const relationships: RelationshipRecord[] = [];
    const onPath = new Set([source.id]);
    const walk = (current: string): void => {
      const remaining = length - relationships.length;
      for (const { relationship, other } of sortedSteps(graph, current, accept)) {
        if (found.length >= request.first) return;
        deadline.check();
        if (--budget < 0) {
          throw new LimitExceededError(
            `Finding these paths took more than ${PATH_SEARCH_BUDGET} steps. Narrow it with relationshipTypes, throughKinds or a smaller maxHops.`,
            { name: 'pathSearchSteps', max: PATH_SEARCH_BUDGET },
          );
        }
        if (onPath.has(other)) continue;
        if (other === target.id) {
          if (remaining === 1) {
            found.push({
              nodes: [...nodes, other].map((id) => graph.entities.get(id)!),
              relationships: [...relationships, relationship],
            });
          }
          continue;
        }
        const left = distance.get(other);
        if (left === undefined || left > remaining - 1 || !canPass(other)) continue;
        nodes.push(other);
        relationships.push(relationship);
        onPath.add(other);
        walk(other);
        onPath.delete(other);
        relationships.pop();
        nodes.pop();
      }
    };
    walk(source.id);
    if (found.length >= request.first) break;
  }
  return found;
}

function sortedSteps(
  graph: InMemoryGraph,
  id: string,
  accept: (relationship: RelationshipRecord) => boolean,
) {
  return [...graph.steps(id, 'BOTH', accept)].sort(
    (a, b) => compareText(a.other, b.other) || compareText(a.relationship.id, b.relationship.id),
  );
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(to - from + 1, 0) }, (_, index) => from + index);
}
