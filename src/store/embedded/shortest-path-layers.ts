import type { PathSearch } from './path-search.js';

/** Where the shortest paths between a search's two ends lie. */
export interface ShortestPathLayers {
  /** Hops of every shortest path. */
  length: number;
  /**
   * Whether `node`, one step on from an entity at `position - 1` of some shortest path, is at
   * `position` of some shortest path. A walk that only takes such steps never reaches a dead end.
   */
  continues(node: number, position: number): boolean;
}

/**
 * The shortest paths' length and layers, by breadth-first searches from both ends that take turns,
 * the side whose next level has fewer relationships to read going first. On a graph with hubs this
 * reads a small part of what one search from either end would: a single search floods most of the
 * graph within three or four levels, while two searches meet after two levels each.
 *
 * When a level of one side reaches an entity the other side has reached, the length is known. Beyond
 * the last level of the source's side (positions ≥ m), an entity lies on a shortest path exactly when
 * its distance to the target is the length left. Before it, a sweep back from that level marks the
 * source side's entities that lead on to it. Entities that may not be passed through are not reached
 * at all (only the far end is), so every reached entity can be walked through.
 */
export function shortestPathLayers(search: PathSearch): ShortestPathLayers | null {
  const { adjacency, source, target } = search;
  const count = adjacency.entities.length;
  const fromSource = new Int32Array(count).fill(-1);
  const toTarget = new Int32Array(count).fill(-1);
  fromSource[source] = 0;
  toTarget[target] = 0;
  const sourceLevels = [[source]];
  let targetFrontier = [target];
  let targetRadius = 0;
  let met = false;
  while (!met && sourceLevels.length - 1 + targetRadius < search.maxHops) {
    const sourceFrontier = sourceLevels[sourceLevels.length - 1]!;
    if (sourceFrontier.length === 0 || targetFrontier.length === 0) return null;
    if (rowsToRead(search, sourceFrontier) <= rowsToRead(search, targetFrontier)) {
      const level = expand(search, sourceFrontier, fromSource, toTarget, sourceLevels.length);
      sourceLevels.push(level.reached);
      met = level.met;
    } else {
      targetRadius++;
      const level = expand(search, targetFrontier, toTarget, fromSource, targetRadius);
      targetFrontier = level.reached;
      met = level.met;
    }
  }
  if (!met) return null;

  const sourceRadius = sourceLevels.length - 1;
  const length = sourceRadius + targetRadius;
  const leadsOn = leadsOnFrom(search, sourceLevels, fromSource, toTarget, length);
  return {
    length,
    continues: (node, position) =>
      position < sourceRadius
        ? leadsOn[node] === 1 && fromSource[node] === position
        : toTarget[node] === length - position,
  };
}

/** Relationship slots a level's expansion would read: the cost that decides which side goes next. */
function rowsToRead(search: PathSearch, frontier: readonly number[]): number {
  const { rowStart } = search.adjacency;
  let total = 0;
  for (const node of frontier) total += rowStart[node + 1]! - rowStart[node]!;
  return total;
}

/**
 * One level of one side: the entities first reached from `frontier`, given distance `hops` in `own`.
 * The whole level is read even once the sides have met, so that every distance of the level is known.
 */
function expand(
  search: PathSearch,
  frontier: readonly number[],
  own: Int32Array,
  other: Int32Array,
  hops: number,
): { reached: number[]; met: boolean } {
  const { rowStart, other: far } = search.adjacency;
  const reached: number[] = [];
  let met = false;
  for (const node of frontier) {
    search.tick();
    for (let slot = rowStart[node]!, end = rowStart[node + 1]!; slot < end; slot++) {
      const next = far[slot]!;
      if (own[next]! >= 0 || !search.passes(slot)) continue;
      // The other side holds only its own end and entities that may be passed through.
      if (other[next]! >= 0) met = true;
      else if (!search.canPass(next)) continue;
      own[next] = hops;
      reached.push(next);
    }
  }
  return { reached, met };
}

/**
 * Marks (1) the entities of the source side's levels that lie on a shortest path: those of the last
 * level with a neighbour at the right distance from the target, then, level by level back to the
 * source, those with a marked neighbour one level further on.
 */
function leadsOnFrom(
  search: PathSearch,
  sourceLevels: readonly (readonly number[])[],
  fromSource: Int32Array,
  toTarget: Int32Array,
  length: number,
): Uint8Array {
  const { rowStart, other: far } = search.adjacency;
  const leadsOn = new Uint8Array(fromSource.length);
  const last = sourceLevels.length - 1;
  for (let level = last - 1; level >= 0; level--) {
    const leadsOnNext =
      level === last - 1
        ? (next: number) => toTarget[next] === length - last
        : (next: number) => leadsOn[next] === 1 && fromSource[next] === level + 1;
    for (const node of sourceLevels[level]!) {
      search.tick();
      for (let slot = rowStart[node]!, end = rowStart[node + 1]!; slot < end; slot++) {
        if (leadsOnNext(far[slot]!) && search.passes(slot)) {
          leadsOn[node] = 1;
          break;
        }
      }
    }
  }
  return leadsOn;
}
