import { LimitExceededError } from '../../errors.js';
import type { PathsRequest } from '../knowledge-graph-store.js';
import type { Deadline } from '../common/deadline.js';
import type { InMemoryGraph } from './in-memory-graph.js';
import { pathAdjacencyOf, type PathAdjacency } from './path-adjacency.js';
import { relationshipFilter } from './relationship-filter.js';

/** Steps a path walk may take before it is refused; bounds the work of one request. */
export const PATH_SEARCH_BUDGET = 200_000;

/** One path request against the graph's adjacency: its ends, filters and bounds on work. */
export interface PathSearch {
  adjacency: PathAdjacency;
  /** Entity numbers of the ends (see PathAdjacency). */
  source: number;
  target: number;
  maxHops: number;
  /** Whether the relationship in adjacency slot `slot` passes the request's types and time filter. */
  passes(slot: number): boolean;
  /** Whether a path may pass through the entity (throughKinds); the ends need not. */
  canPass(node: number): boolean;
  /** Checks the time limit; for breadth-first searches, whose work is bounded by the graph's size. */
  tick(): void;
  /** Counts one step of a walk against PATH_SEARCH_BUDGET and checks the time limit. */
  step(): void;
}

/** The search for a request, or null when either end is not in the graph. */
export function createPathSearch(
  graph: InMemoryGraph,
  request: PathsRequest,
  deadline: Deadline,
): PathSearch | null {
  const adjacency = pathAdjacencyOf(graph);
  const source = adjacency.numbers.get(request.from);
  const target = adjacency.numbers.get(request.to);
  if (source === undefined || target === undefined) return null;
  const filtered = request.relationshipTypes !== null || request.time !== null;
  const accept = relationshipFilter(request.relationshipTypes, request.time);
  const kinds = request.throughKinds ? new Set<string>(request.throughKinds) : null;
  let budget = PATH_SEARCH_BUDGET;
  return {
    adjacency,
    source,
    target,
    maxHops: request.maxHops,
    // Unfiltered requests are the common case; they skip the predicate on every slot.
    passes: filtered ? (slot) => accept(adjacency.relationship[slot]!) : () => true,
    canPass: kinds ? (node) => kinds.has(adjacency.entities[node]!.kind) : () => true,
    tick: () => deadline.check(),
    step() {
      deadline.check();
      if (--budget < 0) {
        throw new LimitExceededError(
          `Finding these paths took more than ${PATH_SEARCH_BUDGET} steps. Narrow it with relationshipTypes, throughKinds or a smaller maxHops.`,
          { name: 'pathSearchSteps', max: PATH_SEARCH_BUDGET },
        );
      }
    },
  };
}
