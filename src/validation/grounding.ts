import type { EvidenceRecord } from '../model/index.js';

/**
 * The grounding rule: every fact leads to what a source says. A record is grounded when it carries
 * QUOTED or CITED evidence, or when every id each of its INFERRED records rests on names a grounded
 * record. So an inference may rest on the record that carries it only if that record also has a
 * source (the alias a curator adds to a quoted entity), and a ring of records that rest only on one
 * another (A on B, B on A) is grounded nowhere, however plausible each rationale reads.
 */

/** What the rule reads of a record: whether it has a source, and what each INFERRED item rests on. */
export interface Footing {
  id: string;
  /** It carries QUOTED or CITED evidence. */
  sourced: boolean;
  /** The basis of each INFERRED item, in evidence order, with its index in `evidence`. */
  inferences: readonly { index: number; basis: readonly string[] }[];
}

export function footingOf(id: string, evidence: readonly EvidenceRecord[]): Footing {
  return {
    id,
    sourced: evidence.some((item) => item.kind !== 'INFERRED'),
    inferences: evidence.flatMap((item, index) =>
      item.kind === 'INFERRED' ? [{ index, basis: item.basis ?? [] }] : [],
    ),
  };
}

/** The ids an unsourced record's footing leads on to (a sourced one leads nowhere: it is grounded). */
export function nextIdsOf(footing: Footing): string[] {
  return footing.sourced ? [] : [...new Set(footing.inferences.flatMap((inference) => inference.basis))];
}

/**
 * The ids among `footings` that are not grounded, given the footings of every record an unsourced one
 * among them leads to (an id with no footing here counts as not grounded). The least fixed point:
 * sourced records are grounded, then any record all of whose basis ids are; what is left rests, in the
 * end, only on itself.
 */
export function ungroundedIds(footings: ReadonlyMap<string, Footing>): Set<string> {
  const grounded = new Set<string>();
  let waiting: Footing[] = [];
  for (const footing of footings.values()) {
    if (footing.sourced) grounded.add(footing.id);
    else waiting.push(footing);
  }
  for (let progressed = true; progressed;) {
    progressed = false;
    const still: Footing[] = [];
    for (const footing of waiting) {
      const restsOnGrounded =
        footing.inferences.length > 0 &&
        footing.inferences.every(
          (inference) => inference.basis.length > 0 && inference.basis.every((id) => grounded.has(id)),
        );
      if (restsOnGrounded) {
        grounded.add(footing.id);
        progressed = true;
      } else still.push(footing);
    }
    waiting = still;
  }
  return new Set(waiting.map((footing) => footing.id));
}

/** Why a record is not grounded: the INFERRED item at fault, and the ring or dead end it leads into. */
export interface GroundingProblem {
  /** The index in the record's `evidence` of the INFERRED item whose basis leads nowhere. */
  index: number;
  /** `a rests on b, which rests on a`: the walk from the record along ungrounded basis ids. */
  chain: string;
}

/** Why `id` (one of `ungrounded`) is not grounded, read from the footings. */
export function groundingProblemOf(
  id: string,
  footings: ReadonlyMap<string, Footing>,
  ungrounded: ReadonlySet<string>,
): GroundingProblem {
  const start = footings.get(id);
  const faulty = start?.inferences.find((inference) =>
    inference.basis.some((basisId) => ungrounded.has(basisId)),
  );
  const steps = [id];
  for (let current = footings.get(id); current;) {
    const next = current.inferences
      .flatMap((inference) => inference.basis)
      .find((basisId) => ungrounded.has(basisId));
    if (next === undefined) break;
    steps.push(next);
    if (steps.indexOf(next) < steps.length - 1) break;
    current = footings.get(next);
  }
  const chain =
    steps.length === 1
      ? `${id} has no QUOTED or CITED evidence`
      : `${id} rests on ${steps.slice(1).join(', which rests on ')}`;
  return { index: faulty?.index ?? start?.inferences[0]?.index ?? 0, chain };
}

/** The sentence a curator reads after the field: what the ring is and what would mend it. */
export function groundingMessage(problem: GroundingProblem): string {
  return (
    `leads to no source: ${problem.chain}. An inference must lead, through what it rests on, to a ` +
    `record with QUOTED or CITED evidence; give one record of the ring such evidence, or rest it on one that has it`
  );
}

/**
 * How many records beyond its own one write's check may walk. Real chains are a few records long; a
 * longer walk is refused rather than read without end.
 */
export const MAX_GROUNDING_WALK = 1000;
