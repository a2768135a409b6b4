/**
 * Quantifier bounds and SHORTEST counts must be literals in Cypher 5. The API has already held the
 * value to a small integer; this re-checks it, so only a validated integer reaches the statement text.
 */
export function hops(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 100) throw new Error(`Not a hop count: ${value}`);
  return value;
}
