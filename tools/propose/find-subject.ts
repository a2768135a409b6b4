import type { EntityKind } from '../../src/model/index.js';
import type { EntityIndex } from './build-entities.js';
import type { SentenceAnalysis } from './find-mentions.js';
import type { Mention } from './mention.js';
import { longest, outermost } from './mention-lists.js';

const PRONOUNS = new Set(['it', 'itself']);

export interface Subject {
  readonly kind: EntityKind;
  readonly start: number;
  readonly mention?: Mention;
  readonly rule: 'explicit' | 'known-pronoun' | 'actor';
}

/** Who acts in the sentence: the first thing named before its first verb, "it" for the last actor, or the document's actor. */
export function subjectOf(analysis: SentenceAnalysis, actor: Mention | undefined): Subject | undefined {
  const { words, mentions } = analysis;
  const fallback: Subject | undefined = actor
    ? { kind: actor.kind, start: Number.POSITIVE_INFINITY, mention: actor, rule: 'actor' }
    : undefined;
  // The first finite verb: "will", "announced" (not "Focusing on …" or "Having mapped out …").
  const verb = words.findIndex(
    (word) => word.pos === 'AUX' || (word.pos === 'VERB' && !word.capitalised && !/ing$/.test(word.lower)),
  );
  if (verb < 0) return fallback;
  let before = verb - 1;
  while (before > 0 && words[before]!.pos === 'ADV') before -= 1;
  const named = longest(
    outermost(mentions).filter(
      (mention) => mention.lastWord === before && !['GOAL', 'MILESTONE'].includes(mention.kind),
    ),
  );
  if (named) return { kind: named.kind, start: named.start, mention: named, rule: 'explicit' };
  const pronoun = words[before];
  if (pronoun && PRONOUNS.has(pronoun.lower) && actor)
    return {
      kind: actor.kind,
      start: pronoun.start,
      mention: { ...actor, start: pronoun.start, end: pronoun.end },
      rule: 'known-pronoun',
    };
  return fallback;
}

/** The city named most often: whose plan it is, and who "it" is when nothing else is. */
export function mostNamedCity(
  analyses: readonly SentenceAnalysis[],
  entities: EntityIndex,
): Mention | undefined {
  const counts = new Map<string, { count: number; mention: Mention }>();
  for (const mention of analyses.flatMap((analysis) => analysis.mentions)) {
    if (mention.kind !== 'CITY') continue;
    const id = entities.entityOf(mention).id;
    const entry = counts.get(id) ?? { count: 0, mention };
    entry.count += 1;
    counts.set(id, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.mention;
}
