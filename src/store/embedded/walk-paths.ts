import type { RelationshipRecord } from '../../model/index.js';
import type { PathRecord } from '../knowledge-graph-store.js';
import type { PathSearch } from './path-search.js';

/** A step a walk may take: the entity it reaches and the passing relationships to it, by id. */
interface Step {
  next: number;
  slots: number[];
}

/**
 * The simple paths of exactly `length` hops from the search's source to its target whose every
 * entity `allowed` admits at its position, handed to `found` in the port's order (entity ids, then
 * relationship ids) until it returns false. Returns false if it was stopped that way.
 *
 * Rows are read front to back, so entities come in id order; relationships to the same entity are
 * grouped and their combinations listed last, because a path's entity ids outrank its relationship
 * ids. A row is read once per position and kept, so the walk's backtracking reads only the steps
 * that passed, not a hub's whole row again.
 */
export function walkPaths(
  search: PathSearch,
  length: number,
  allowed: (node: number, position: number) => boolean,
  found: (path: PathRecord) => boolean,
): boolean {
  const { target } = search;
  const kept = new Map<number, Step[]>();
  // Positions run from 0 to length, so node and position share one number as a key.
  const stepsFrom = (node: number, position: number): Step[] => {
    const key = node * (length + 1) + position;
    let steps = kept.get(key);
    if (!steps) {
      steps = readSteps(search, node, (next) => allowed(next, position + 1));
      kept.set(key, steps);
    }
    return steps;
  };
  const nodes = [search.source];
  const choices: number[][] = [];
  const walk = (node: number, position: number): boolean => {
    for (const { next, slots } of stepsFrom(node, position)) {
      search.step();
      if (nodes.includes(next)) continue;
      if (position + 1 === length) {
        if (next === target && !emit(search, [...nodes, next], [...choices, slots], found)) return false;
        continue;
      }
      if (next === target) continue;
      nodes.push(next);
      choices.push(slots);
      const going = walk(next, position + 1);
      nodes.pop();
      choices.pop();
      if (!going) return false;
    }
    return true;
  };
  return walk(search.source, 0);
}

/** The steps out of `node` to entities `admits`, in row order, each with its passing relationships. */
function readSteps(search: PathSearch, node: number, admits: (next: number) => boolean): Step[] {
  const { rowStart, other } = search.adjacency;
  search.tick();
  const steps: Step[] = [];
  for (let slot = rowStart[node]!, end = rowStart[node + 1]!; slot < end;) {
    const next = other[slot]!;
    const group = slot;
    while (slot < end && other[slot] === next) slot++;
    if (!admits(next)) continue;
    const slots: number[] = [];
    for (let parallel = group; parallel < slot; parallel++) if (search.passes(parallel)) slots.push(parallel);
    if (slots.length > 0) steps.push({ next, slots });
  }
  return steps;
}

/**
 * Hands over every path along one entity sequence: one per choice of relationship at each hop,
 * counting like an odometer (the last hop turns fastest), which lists them by relationship ids.
 */
function emit(
  search: PathSearch,
  nodes: readonly number[],
  choices: readonly (readonly number[])[],
  found: (path: PathRecord) => boolean,
): boolean {
  const { entities, relationship } = search.adjacency;
  const entityRecords = nodes.map((node) => entities[node]!);
  const turn = choices.map(() => 0);
  for (;;) {
    search.step();
    const relationships: RelationshipRecord[] = turn.map(
      (index, hop) => relationship[choices[hop]![index]!]!,
    );
    if (!found({ nodes: [...entityRecords], relationships })) return false;
    let hop = turn.length - 1;
    while (hop >= 0 && turn[hop] === choices[hop]!.length - 1) turn[hop--] = 0;
    if (hop < 0) return true;
    turn[hop] = turn[hop]! + 1;
  }
}
