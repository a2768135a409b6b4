import { readFile, writeFile } from 'node:fs/promises';
import { createPrng } from '../../generate/create-prng.js';
import type { Proposal } from '../proposal.js';

/** One judged proposal of the precision sample. */
export interface JudgedItem {
  /** `E <id>` for an entity, `R <from> <TYPE> <to>` for a relationship. */
  readonly key: string;
  /** What was proposed, for the reader of the table. */
  readonly proposal: string;
  /** Right or wrong, judged by reading the plan; null until judged. */
  readonly right: boolean | null;
  readonly why: string;
}

/** The committed table: how the sample was drawn and the judgements. */
export interface PrecisionSample {
  readonly seed: number;
  readonly size: number;
  readonly rule: string;
  readonly items: readonly JudgedItem[];
}

/** Precision measured on the sample against the current run. */
export interface PrecisionScore {
  readonly right: number;
  readonly judged: number;
  /** Sample items the current run no longer proposes (the table needs drawing and judging again). */
  readonly stale: number;
  readonly unjudged: number;
}

/** The key of every proposal, entity and relationship, sorted: what the sample is drawn from. */
export function proposalKeys(proposal: Proposal): Map<string, string> {
  const keys = new Map<string, string>();
  for (const entity of proposal.entities) keys.set(`E ${entity.id}`, `${entity.kind} “${entity.name}”`);
  for (const relationship of proposal.relationships) {
    keys.set(
      `R ${relationship.from} ${relationship.type} ${relationship.to}`,
      `${relationship.type} (${relationship.reason})`,
    );
  }
  return new Map([...keys.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A seeded draw of `size` proposals (Fisher–Yates with the project's PRNG): the same run gives the same sample. */
export function drawSample(
  proposal: Proposal,
  seed: number,
  size: number,
  previous?: PrecisionSample,
): PrecisionSample {
  const keys = [...proposalKeys(proposal).entries()];
  const prng = createPrng(seed);
  for (let i = keys.length - 1; i > 0; i -= 1) {
    const j = prng.int(i + 1);
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  const judged = new Map((previous?.items ?? []).map((item) => [item.key, item]));
  return {
    seed,
    size,
    rule: 'Right when the plan states what the proposal says: an entity names one thing the plan speaks of, with the kind the dataset format gives it (docs/dataset-format.md); a relationship links the two things the quoted clause links, with that type and direction. Judged by reading each against the plan.',
    items: keys
      .slice(0, size)
      .map(([key, proposal]) => judged.get(key) ?? { key, proposal, right: null, why: '' }),
  };
}

export async function readSample(path: string): Promise<PrecisionSample> {
  return JSON.parse(await readFile(path, 'utf8')) as PrecisionSample;
}

export async function writeSample(path: string, sample: PrecisionSample): Promise<void> {
  await writeFile(path, `${JSON.stringify(sample, null, 2)}\n`);
}

/** The share of the sample's judged items, still proposed by this run, that are right. */
export function scorePrecision(sample: PrecisionSample, proposal: Proposal): PrecisionScore {
  const current = proposalKeys(proposal);
  let right = 0;
  let judged = 0;
  let stale = 0;
  let unjudged = 0;
  for (const item of sample.items) {
    if (!current.has(item.key)) stale += 1;
    else if (item.right === null) unjudged += 1;
    else {
      judged += 1;
      if (item.right) right += 1;
    }
  }
  return { right, judged, stale, unjudged };
}
