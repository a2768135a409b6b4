import { compareText } from '../../search/index.js';

export interface PathIds {
  nodeIds: string[];
  relationshipIds: string[];
}

/**
 * The port's order of paths: by length, then entity ids, then relationship ids. Paths that visit an
 * entity twice are dropped (the port's paths are simple; Cypher's only never repeat a relationship).
 */
export function orderPaths(paths: readonly PathIds[]): PathIds[] {
  return paths.filter((path) => new Set(path.nodeIds).size === path.nodeIds.length).sort(comparePaths);
}

function comparePaths(a: PathIds, b: PathIds): number {
  return (
    a.relationshipIds.length - b.relationshipIds.length ||
    compareLists(a.nodeIds, b.nodeIds) ||
    compareLists(a.relationshipIds, b.relationshipIds)
  );
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareText(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
