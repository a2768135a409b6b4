import type { Page } from '../knowledge-graph-store.js';
import { compareText } from '../../search/index.js';

/**
 * One keyset page drawn from several id-sorted lists at once (a k-way merge), so a filter over a few
 * kinds or types costs the page size, not the size of the graph.
 */
export function pageOfSortedLists<T>(
  lists: readonly (readonly T[])[],
  keyOf: (item: T) => string,
  after: string | null,
  first: number,
): Page<T> {
  const cursors = lists.map((list) => (after === null ? 0 : firstIndexAfter(list, keyOf, after)));
  const items: T[] = [];
  while (items.length <= first) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const candidate = lists[i]![cursors[i]!];
      if (candidate === undefined) continue;
      if (best === -1 || compareText(keyOf(candidate), keyOf(lists[best]![cursors[best]!]!)) < 0) best = i;
    }
    if (best === -1) break;
    items.push(lists[best]![cursors[best]!]!);
    cursors[best]!++;
  }
  const hasNextPage = items.length > first;
  return { items: hasNextPage ? items.slice(0, first) : items, hasNextPage };
}

/** The index of the first item whose key sorts after `after` (binary search). */
function firstIndexAfter<T>(list: readonly T[], keyOf: (item: T) => string, after: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareText(keyOf(list[middle]!), after) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
