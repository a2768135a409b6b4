import type { Word } from './words.js';

/** A clause of a sentence, as the first and last index of its words. */
export interface Clause {
  readonly first: number;
  readonly last: number;
}

const CLAUSE_OPENERS = new Set(['which', 'so', 'while', 'whereas']);

function isFiniteVerb(word: Word | undefined): boolean {
  return !!word && word.pos === 'VERB' && !word.capitalised && !/ing$/.test(word.lower);
}

/**
 * The clauses of a sentence: it breaks at a semicolon, and before a comma or "and" that opens a new
 * verb phrase ("…, incorporate into …", "… and jointly set up …", ", which sets …"). A relationship
 * is proposed only between things named in one clause, with the subject carried from the sentence.
 */
export function splitClauses(words: readonly Word[]): Clause[] {
  const clauses: Clause[] = [];
  let first = 0;
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i]!;
    const previous = words[i - 1]!;
    const next = words[i + 1];
    const afterAnd = next?.pos === 'ADV' ? words[i + 2] : next;
    const opensAfterComma =
      previous.text === ',' &&
      (isFiniteVerb(word) ||
        CLAUSE_OPENERS.has(word.lower) ||
        (word.lower === 'and' && isFiniteVerb(afterAnd)));
    const opensAtAnd = word.lower === 'and' && previous.text !== ',' && isFiniteVerb(afterAnd);
    if (previous.text === ';' || opensAfterComma || opensAtAnd) {
      if (i - 1 >= first) clauses.push({ first, last: i - 1 });
      first = i;
    }
  }
  if (first < words.length) clauses.push({ first, last: words.length - 1 });
  return clauses;
}
