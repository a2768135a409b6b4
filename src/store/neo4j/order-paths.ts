import { compareText } from '../../search/index.js';

export interface PathIds {
  nodeIds: string[];
  relationshipIds: string[];
}

/**
 * The port's tie rule among equally short paths: the one whose entity ids, then relationship ids,
 * come first in order. Null for no paths.
 */
export function firstPathInIdOrder(paths: readonly PathIds[]): PathIds | null {
  let best: PathIds | null = null;
  for (const path of paths) {
    if (best === null || compareSequences(path, best) < 0) best = path;
  }
  return best;
}

function compareSequences(a: PathIds, b: PathIds): number {
  return compareLists(a.nodeIds, b.nodeIds) || compareLists(a.relationshipIds, b.relationshipIds);
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareText(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
