import { BadInputError, LimitExceededError } from '../errors.js';

/**
 * The limits every selection argument is held to, whichever door it comes through (GraphQL, `/export`,
 * `npm run export`). Raising one is a deliberate API decision.
 */
export const LIMITS = {
  /** `first` on every connection. */
  pageSize: 100,
  /** `first` on search. */
  searchResults: 50,
  /** Characters in a search query. */
  searchQueryLength: 200,
  /** `depth` on neighborhood (and on a graph selection's `around`). */
  neighborhoodDepth: 3,
  /** `limit` on neighborhood (entities returned). */
  neighborhoodNodes: 500,
  /** `limit` on a graph selection (`GraphSelection`, `/export/graph`), and `first` on its metrics. */
  selectionNodes: 5000,
  /** `first` on paths. */
  paths: 50,
  /** `maxHops` on shortestPath and paths. */
  pathHops: 8,
  /** Ids in one `nodes(ids:)` call, and seeds in a graph selection's `around`. */
  nodesPerCall: 100,
  /** Types or kinds in one filter. */
  filterValues: 20,
  /** `chars` on Evidence.context: characters of context either side of a quote. */
  contextChars: 2000,
  /** Entities in one `timeline(ids:)` call. */
  timelineIds: 50,
  /** Items, and cooperations, one `progress` lists. */
  progressItems: 500,
  /** Events listed per progress item. */
  progressEventsPerItem: 50,
} as const;

/**
 * Checks an integer argument against 1..max. Below 1 is bad input; above max is LIMIT_EXCEEDED, with
 * a message that names the limit and says how to stay under it.
 */
export function assertWithinLimit(argument: string, value: number, max: number, advice: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new BadInputError(
      `\`${argument}\` must be a whole number from 1 to ${max} (got ${value}).`,
      argument,
    );
  }
  if (value > max) {
    throw new LimitExceededError(`\`${argument}\` may be at most ${max} (got ${value}). ${advice}`, {
      name: argument,
      max,
      requested: value,
    });
  }
  return value;
}

/** Checks a page size (`first`) on a connection, or another list's size with its own advice. */
export function assertPageSize(
  first: number,
  max: number = LIMITS.pageSize,
  advice = 'Page through the rest with `after: pageInfo.endCursor`.',
): number {
  return assertWithinLimit('first', first, max, advice);
}

/** Checks the length of a list argument; the list comes back without repeats. */
export function assertListLength<T>(
  argument: string,
  values: readonly T[] | null | undefined,
  max: number,
): T[] | null {
  if (values === null || values === undefined) return null;
  if (values.length > max) {
    throw new LimitExceededError(`\`${argument}\` may list at most ${max} values (got ${values.length}).`, {
      name: argument,
      max,
      requested: values.length,
    });
  }
  return [...new Set(values)];
}
