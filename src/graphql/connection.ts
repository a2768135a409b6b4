import type { Page, PageRequest } from '../store/index.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { PageInfo } from './generated/resolvers-types.js';
import { assertPageSize, DEFAULTS } from '../selection/index.js';

/** A connection's `first`/`after` arguments, checked and decoded. */
export function pageRequest(
  first: number | null | undefined,
  after: string | null | undefined,
  defaultFirst: number = DEFAULTS.pageSize,
): PageRequest {
  return { first: assertPageSize(first ?? defaultFirst), after: decodeCursor(after) };
}

/**
 * A Relay connection of a keyset page: each edge's cursor encodes its item's id (the sort key), and
 * `extra` lets an edge carry more than its node.
 */
export function connectionOf<T extends { id: string }, E extends object = object>(
  page: Page<T>,
  request: PageRequest,
  extra: (item: T) => E = () => ({}) as E,
): { edges: ({ cursor: string; node: T } & E)[]; pageInfo: PageInfo } {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(node.id), node, ...extra(node) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
