import { ENTITY_KINDS, RELATIONSHIP_TYPES, type EntityKind } from '../../src/model/index.js';
import { createPrng } from './create-prng.js';
import { kindWeight, MIX_RULES, type MixRule } from './graph-mix.js';

/**
 * The shape of a generated graph, without any text: kinds and typed edges as compact arrays, so a
 * million entities and their relationships fit in a few tens of megabytes.
 */
export interface GraphSkeleton {
  entityCount: number;
  /** Index into ENTITY_KINDS, per entity. */
  kinds: Uint8Array;
  relationshipCount: number;
  /** Entity indexes of each relationship's ends; the later of the two is the entity that added it. */
  from: Int32Array;
  to: Int32Array;
  /** Index into RELATIONSHIP_TYPES, per relationship. */
  types: Uint8Array;
}

export interface BuildGraphOptions {
  entities: number;
  seed: number;
  /** Relationships each new entity adds: uniform in 1..2×mean−1. @default 3 */
  meanRelationships?: number;
}

/** A sides-resolved rule: the new entity on `selfSide`, its partner drawn from `partnerKinds`. */
interface Attachment {
  rule: MixRule;
  typeIndex: number;
  selfIsFrom: boolean;
  partnerKinds: number[];
  weight: number;
}

/**
 * Grows a graph by preferential attachment (Barabási–Albert per kind): entities arrive one by one,
 * each adds a few relationships of the types its kind takes part in, and picks each partner among the
 * earlier entities of the right kinds with probability proportional to (degree + 1). Hubs emerge
 * (the first cities, tasks and parks gather thousands of partners) while most entities keep a few.
 * The same options give the same graph.
 */
export function buildGraph(options: BuildGraphOptions): GraphSkeleton {
  const n = options.entities;
  if (!Number.isInteger(n) || n < ENTITY_KINDS.length) {
    throw new Error(`entities must be a whole number of at least ${ENTITY_KINDS.length}, not ${n}`);
  }
  const mean = options.meanRelationships ?? 3;
  const random = createPrng(options.seed, 1);
  const kinds = new Uint8Array(n);
  const kindCumulative = cumulative(ENTITY_KINDS.map(kindWeight));
  const attachments = ENTITY_KINDS.map((kind) => attachmentsOf(kind));

  // One urn per kind: an entity appears once, plus once per relationship end, so a uniform draw from
  // the urn is a draw proportional to degree + 1.
  const urns = ENTITY_KINDS.map(() => new GrowableInt32(1024));
  const capacity = n * (2 * mean - 1);
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  const types = new Uint8Array(capacity);
  const seen = new Set<number>();
  let count = 0;

  for (let self = 0; self < n; self++) {
    // The first entities are one of each kind, so every urn has someone to attach to.
    const kind = self < ENTITY_KINDS.length ? self : drawIndex(kindCumulative, random.next());
    kinds[self] = kind;
    const choices = attachments[kind]!.filter((a) => a.partnerKinds.some((k) => urns[k]!.length > 0));
    if (choices.length > 0) {
      const choiceCumulative = cumulative(choices.map((a) => a.weight));
      const wanted = 1 + random.int(2 * mean - 1);
      for (let added = 0, tries = 0; added < wanted && tries < wanted * 4; tries++) {
        const attachment = choices[drawIndex(choiceCumulative, random.next())]!;
        const partnerKind = drawPartnerKind(attachment.partnerKinds, urns, random.next());
        const urn = urns[partnerKind]!;
        const partner = urn.at(random.int(urn.length));
        // The entity is in its own kind's urn once it has a relationship; none joins it to itself.
        if (partner === self) continue;
        const a = attachment.selfIsFrom ? self : partner;
        const b = attachment.selfIsFrom ? partner : self;
        // One relationship per (from, type, to): ids derive from the triple.
        const key = (a * 2_097_152 + b) * RELATIONSHIP_TYPES.length + attachment.typeIndex;
        if (seen.has(key)) continue;
        seen.add(key);
        from[count] = a;
        to[count] = b;
        types[count] = attachment.typeIndex;
        count++;
        added++;
        urn.push(partner);
        urns[kind]!.push(self);
      }
    }
    urns[kind]!.push(self);
  }
  return {
    entityCount: n,
    kinds,
    relationshipCount: count,
    from: from.subarray(0, count),
    to: to.subarray(0, count),
    types: types.subarray(0, count),
  };
}

/** Every way an entity of `kind` can join the graph: as the source or the target of a rule. */
function attachmentsOf(kind: EntityKind): Attachment[] {
  const result: Attachment[] = [];
  for (const rule of MIX_RULES) {
    const typeIndex = RELATIONSHIP_TYPES.indexOf(rule.type);
    const indexes = (kinds: readonly EntityKind[]) => kinds.map((k) => ENTITY_KINDS.indexOf(k));
    if (rule.from.includes(kind)) {
      result.push({ rule, typeIndex, selfIsFrom: true, partnerKinds: indexes(rule.to), weight: rule.weight });
    }
    if (rule.to.includes(kind)) {
      // Taking part as the target is rarer, so sources keep the rule's proportions.
      result.push({
        rule,
        typeIndex,
        selfIsFrom: false,
        partnerKinds: indexes(rule.from),
        weight: rule.weight / 3,
      });
    }
  }
  return result;
}

/** A partner kind, in proportion to the sizes of the kinds' urns (so overall degree-proportional). */
function drawPartnerKind(partnerKinds: readonly number[], urns: readonly GrowableInt32[], u: number): number {
  let total = 0;
  for (const k of partnerKinds) total += urns[k]!.length;
  let target = u * total;
  for (const k of partnerKinds) {
    target -= urns[k]!.length;
    if (target < 0) return k;
  }
  return partnerKinds.find((k) => urns[k]!.length > 0)!;
}

function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  const sums = weights.map((weight) => (sum += weight));
  return sums.map((value) => value / sum);
}

function drawIndex(cumulativeWeights: readonly number[], u: number): number {
  for (let i = 0; i < cumulativeWeights.length; i++) if (u < cumulativeWeights[i]!) return i;
  return cumulativeWeights.length - 1;
}

/** An Int32Array that grows by doubling. */
class GrowableInt32 {
  private data: Int32Array;
  length = 0;
  constructor(initial: number) {
    this.data = new Int32Array(initial);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  at(index: number): number {
    return this.data[index]!;
  }
}
