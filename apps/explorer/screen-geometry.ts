/** Geometry on the screen: which edge a tap meant, and which node an arrow key leads to. */

/** A drawn edge as two screen points (CSS pixels). */
export interface ScreenEdge {
  key: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/**
 * The edge nearest to a screen point, if one passes within `tolerance` pixels. sigma picks an edge
 * only on its drawn pixels (about one pixel wide); this gives every line a hit area a finger can use.
 */
export function nearestEdge(
  edges: Iterable<ScreenEdge>,
  point: { x: number; y: number },
  tolerance: number,
): string | null {
  let best: string | null = null;
  let bestDistance = tolerance;
  for (const edge of edges) {
    const distance = distanceToSegment(point, edge.from, edge.to);
    if (distance <= bestDistance) {
      best = edge.key;
      bestDistance = distance;
    }
  }
  return best;
}

export function distanceToSegment(
  p: { x: number; y: number },
  a: { x: number; y: number },
  b: { x: number; y: number },
): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The node to move keyboard focus to with an arrow key: among the others, the nearest one in that
 * direction (within 60° of it), angle counting against distance so a node straight ahead wins.
 */
export function nodeInDirection(
  from: { x: number; y: number },
  candidates: Iterable<{ key: string; x: number; y: number }>,
  direction: 'left' | 'right' | 'up' | 'down',
): string | null {
  const [ux, uy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction] as [number, number];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const cos = (dx * ux + dy * uy) / distance;
    if (cos < 0.5) continue;
    const score = distance * (2 - cos);
    if (score < bestScore) {
      best = candidate.key;
      bestScore = score;
    }
  }
  return best;
}
