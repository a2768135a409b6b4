import { ENTITY_KINDS } from '../../src/model/index.js';
import type { GraphSkeleton } from './build-graph.js';

/** How a generated graph's degrees are spread: what "heavy-tailed" is checked against. */
export interface DegreeStats {
  median: number;
  mean: number;
  p99: number;
  max: number;
  /** The kind of the entity with the highest degree. */
  maxKind: string;
  /** Share of entities with degree ≤ 3. */
  shareAtMost3: number;
}

/** Degrees (either direction) of every entity. */
export function degreesOf(graph: GraphSkeleton): Int32Array {
  const degrees = new Int32Array(graph.entityCount);
  for (let r = 0; r < graph.relationshipCount; r++) {
    degrees[graph.from[r]!]!++;
    degrees[graph.to[r]!]!++;
  }
  return degrees;
}

export function degreeStats(graph: GraphSkeleton): DegreeStats {
  const degrees = degreesOf(graph);
  const sorted = Int32Array.from(degrees).sort();
  let maxIndex = 0;
  for (let i = 1; i < degrees.length; i++) if (degrees[i]! > degrees[maxIndex]!) maxIndex = i;
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  let small = 0;
  for (const d of sorted) if (d <= 3) small++;
  return {
    median: at(0.5),
    mean: (2 * graph.relationshipCount) / graph.entityCount,
    p99: at(0.99),
    max: sorted[sorted.length - 1]!,
    maxKind: ENTITY_KINDS[graph.kinds[maxIndex]!]!,
    shareAtMost3: small / sorted.length,
  };
}
