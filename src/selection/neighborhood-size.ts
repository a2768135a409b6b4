import { DEFAULTS } from './argument-defaults.js';
import { assertWithinLimit, LIMITS } from './limits.js';

/**
 * How far a neighbourhood grows and how many entities it may hold, defaulted and checked against the
 * limits (BAD_USER_INPUT, LIMIT_EXCEEDED). `neighborhood` and `network` both grow one, so both get the
 * same defaults, bounds and errors; only the advice for too deep a request differs.
 */
export function neighborhoodSize(
  input: { depth?: number | null; limit?: number | null },
  tooDeepAdvice: string,
): { depth: number; limit: number } {
  return {
    depth: assertWithinLimit(
      'depth',
      input.depth ?? DEFAULTS.neighborhoodDepth,
      LIMITS.neighborhoodDepth,
      tooDeepAdvice,
    ),
    limit: assertWithinLimit(
      'limit',
      input.limit ?? DEFAULTS.neighborhoodNodes,
      LIMITS.neighborhoodNodes,
      'Narrow it with `relationshipTypes` or a smaller `depth`.',
    ),
  };
}
