import type { EntityRecord, RelationshipRecord } from '../../model/index.js';
import type { InMemoryGraph } from './in-memory-graph.js';

/**
 * The graph as path searches read it: entities numbered in id order (so comparing two numbers
 * compares the ids, as the port's tie rule does), and every relationship listed under both of its
 * ends, direction ignored, in compressed rows. Each entity's row is sorted by the entity at the other
 * end, then by relationship id, so a walk that reads rows front to back meets paths in the port's order.
 * Self-loops are left out: no simple path uses one.
 */
export interface PathAdjacency {
  /** Entities by number (the graph's id order). */
  entities: readonly EntityRecord[];
  /** Entity number by id. */
  numbers: ReadonlyMap<string, number>;
  /** Row `n` is slots `rowStart[n]` to `rowStart[n + 1] - 1`. */
  rowStart: Int32Array;
  /** The entity at the other end, per slot. */
  other: Int32Array;
  /** The relationship, per slot. */
  relationship: readonly RelationshipRecord[];
}

// A graph never changes once built (a write builds a new one), so its adjacency can be kept with it.
const built = new WeakMap<InMemoryGraph, PathAdjacency>();

/** The graph's path adjacency, built on first use and kept for as long as the graph lives. */
export function pathAdjacencyOf(graph: InMemoryGraph): PathAdjacency {
  let adjacency = built.get(graph);
  if (!adjacency) {
    adjacency = buildPathAdjacency(graph);
    built.set(graph, adjacency);
  }
  return adjacency;
}

/**
 * Two stable counting sorts instead of a comparison sort per row: relationships taken in id order
 * are bucketed by the far end, then those buckets, read in order, are bucketed by the near end. Each
 * row then comes out ordered by (far end, relationship id) in time linear in the graph's size.
 */
function buildPathAdjacency(graph: InMemoryGraph): PathAdjacency {
  const entities = graph.sortedEntities;
  const numbers = new Map<string, number>();
  entities.forEach((entity, index) => numbers.set(entity.id, index));
  const relationships = graph.sortedRelationships;
  const from = new Int32Array(relationships.length);
  const to = new Int32Array(relationships.length);
  const rowStart = new Int32Array(entities.length + 1);
  relationships.forEach((relationship, index) => {
    const a = numbers.get(relationship.from) ?? -1;
    const b = numbers.get(relationship.to) ?? -1;
    from[index] = a;
    to[index] = b;
    if (a >= 0 && b >= 0 && a !== b) {
      rowStart[a + 1] = rowStart[a + 1]! + 1;
      rowStart[b + 1] = rowStart[b + 1]! + 1;
    }
  });
  for (let index = 0; index < entities.length; index++) {
    rowStart[index + 1] = rowStart[index + 1]! + rowStart[index]!;
  }
  const slots = rowStart[entities.length]!;

  // An entity has as many slots whose far end it is as slots in its own row: the same starts serve both sorts.
  const farNext = rowStart.slice();
  const nearByFar = new Int32Array(slots);
  const farByFar = new Int32Array(slots);
  const relationshipByFar = new Array<RelationshipRecord>(slots);
  relationships.forEach((relationship, index) => {
    const a = from[index]!;
    const b = to[index]!;
    if (a < 0 || b < 0 || a === b) return;
    for (const [near, far] of [
      [a, b],
      [b, a],
    ] as const) {
      const slot = farNext[far]!;
      farNext[far] = slot + 1;
      nearByFar[slot] = near;
      farByFar[slot] = far;
      relationshipByFar[slot] = relationship;
    }
  });

  const rowNext = rowStart.slice();
  const other = new Int32Array(slots);
  const relationship = new Array<RelationshipRecord>(slots);
  for (let slot = 0; slot < slots; slot++) {
    const near = nearByFar[slot]!;
    const row = rowNext[near]!;
    rowNext[near] = row + 1;
    other[row] = farByFar[slot]!;
    relationship[row] = relationshipByFar[slot]!;
  }
  return { entities, numbers, rowStart, other, relationship };
}
