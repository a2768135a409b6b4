import type { Clause } from './clauses.js';
import type { SentenceAnalysis } from './find-mentions.js';
import type { Mention } from './mention.js';
import { findCue, type Cue } from './relationship-cues.js';

/** The first thing named after any of the cues in the clause. */
export function firstAfterCue(
  cues: readonly Cue[],
  words: SentenceAnalysis['words'],
  outer: readonly Mention[],
  clause: Clause,
): { mention: Mention; cue: string } | undefined {
  for (const cue of cues) {
    const at = findCue(words, cue, clause.first, clause.last);
    if (at < 0) continue;
    const mention = outer.find((candidate) => candidate.firstWord >= at + cue.length);
    if (mention)
      return {
        mention,
        cue: words
          .slice(at, at + cue.length)
          .map((word) => word.lower)
          .join(' '),
      };
  }
  return undefined;
}

/** The things named in a list starting at word `from`: "A, B and C", "A as well as B". */
export function listAfter(
  outer: readonly Mention[],
  words: SentenceAnalysis['words'],
  from: number,
  clause: Clause,
): Mention[] {
  const list: Mention[] = [];
  let i = from;
  while (i <= clause.last) {
    // list words: "A, B and C", "A as well as B", "A and even B", "A and other B"
    while (
      ['the', 'a', 'an', ',', 'and', 'or', 'as', 'well', 'other', 'even'].includes(words[i]?.lower ?? '') &&
      i <= clause.last
    )
      i += 1;
    const next = outer.find((mention) => mention.firstWord === i);
    if (!next) break;
    list.push(next);
    i = next.lastWord + 1;
    if (![',', 'and', 'or', 'as'].includes(words[i]?.lower ?? '')) break;
  }
  return list;
}

/** The things named in a list ending at word `to`: "A, B and C" before "by cooperating". */
export function listBefore(
  outer: readonly Mention[],
  words: SentenceAnalysis['words'],
  to: number,
  clause: Clause,
): Mention[] {
  const list: Mention[] = [];
  let i = to;
  while (i >= clause.first) {
    const previous = outer.find((mention) => mention.lastWord === i);
    if (!previous) break;
    list.unshift(previous);
    i = previous.firstWord - 1;
    if (![',', 'and', 'or'].includes(words[i]?.lower ?? '')) break;
    while ([',', 'and', 'or'].includes(words[i]?.lower ?? '') && i >= clause.first) i -= 1;
  }
  return list;
}

export function outermost(mentions: readonly Mention[]): Mention[] {
  return mentions.filter(
    (mention) =>
      !mentions.some(
        (other) =>
          other !== mention &&
          other.start <= mention.start &&
          other.end >= mention.end &&
          other.end - other.start > mention.end - mention.start,
      ),
  );
}

export function longest(mentions: readonly Mention[]): Mention | undefined {
  return [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}
