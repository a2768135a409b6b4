import { kindOfHead } from './entity-heads.js';
import type { Word } from './words.js';

/** A base noun phrase of a sentence and how far its "of/in/for …" phrases reach. */
export interface NounPhrase {
  /** Index of its first word (after any determiner). */
  readonly first: number;
  /** Index of its head, its last word. */
  readonly last: number;
  /** Index of the last word once the prepositional phrases that follow it are attached. */
  readonly extendedLast: number;
  /** A determiner ("the", "a", "its") stands before it. */
  readonly determined: boolean;
}

const CLOSED_CLASS = new Set([
  'ADP',
  'AUX',
  'CCONJ',
  'SCONJ',
  'DET',
  'PRON',
  'PART',
  'PUNCT',
  'INTJ',
  'SYM',
  'SPACE',
  'ADV',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'this',
  'these',
  'those',
  'our',
  'his',
  'her',
]);
/** Words the model tags as adjectives that never sit inside a name. */
const NOT_NOMINAL = new Set(['such', 'other', 'same', 'more', 'most', 'further']);
/** Prepositions that attach a phrase to the noun before them ("platform of …", "cluster in …"). */
const ATTACHING = new Set(['of', 'in', 'for', 'on', 'between', 'with']);
const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);
const POSSESSIVE = new Set(['’s', "'s"]);
/** The longest quoted span looked at, in words. */
const MAX_QUOTE_WORDS = 30;
/** How many "of/in/for" phrases a name may carry. */
const MAX_ATTACHMENTS = 3;

/** The word can sit inside a noun phrase as a modifier or head. */
export function isNominal(words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (!word) return false;
  if (DETERMINERS.has(word.lower) || NOT_NOMINAL.has(word.lower)) return false;
  if (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(word.pos)) return true;
  // "a new/ADV high ground": after a determiner the small model's adverb is an adjective.
  if (
    word.pos === 'ADV' &&
    i > 0 &&
    DETERMINERS.has(words[i - 1]!.lower) &&
    isNominalNoParticiple(words[i + 1])
  )
    return true;
  // The small model tags some place names as verbs ("in Shanghai/VERB"); a capital inside a
  // sentence marks a name whatever the tag.
  if (word.capitalised && i > 0 && !CLOSED_CLASS.has(word.pos) && !OPEN_QUOTES.has(words[i - 1]?.text ?? ''))
    return true;
  return isParticipleModifier(words, i);
}

/** "emerging industries", "coordinated development", "internationally renowned universities". */
function isParticipleModifier(words: readonly Word[], i: number): boolean {
  const word = words[i]!;
  const previous = words[i - 1];
  const modifiesNext = isNominalNoParticiple(words[i + 1]);
  if (word.pos === 'VERB' && /(ing|ed)$/.test(word.lower) && modifiesNext) {
    // After a noun it is a verb of its own ("a hub port influencing southern Zhejiang").
    return !previous || ['DET', 'ADJ', 'NUM', 'ADV', 'CCONJ'].includes(previous.pos);
  }
  if (word.pos === 'ADV' && /ly$/.test(word.lower)) {
    const next = words[i + 1];
    return (
      !!next &&
      (next.pos === 'ADJ' || (next.pos === 'VERB' && /ed$/.test(next.lower))) &&
      isNominalNoParticiple(words[i + 2])
    );
  }
  return false;
}

function isNominalNoParticiple(word: Word | undefined): boolean {
  return !!word && !DETERMINERS.has(word.lower) && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(word.pos);
}

/** Index after the closing quote of a quoted group opening at `i`, or -1. */
export function closingQuote(words: readonly Word[], i: number): number {
  if (!OPEN_QUOTES.has(words[i]?.text ?? '')) return -1;
  for (let j = i + 1; j < words.length && j <= i + MAX_QUOTE_WORDS; j += 1) {
    if (CLOSE_QUOTES.has(words[j]!.text) && !POSSESSIVE.has(words[j]!.text)) return j;
  }
  return -1;
}

/** Index after a parenthesised group opening at `i` ("(Jiading)"), or -1. */
function closingParenthesis(words: readonly Word[], i: number, limit: number): number {
  if (words[i]?.text !== '(') return -1;
  for (let j = i + 1; j < words.length && j <= i + limit; j += 1) if (words[j]!.text === ')') return j;
  return -1;
}

/**
 * The base noun phrases of a sentence: runs of nouns, adjectives, numbers and names, with a quoted
 * modifier (“double first-rate” universities), a parenthesised name (Wenzhou (Jiading) Science…),
 * a possessive (Shanghai’s …) or an "and" between modifiers (science and technology corridors)
 * inside them. "A and B" between two whole names is two phrases, not one.
 */
export function chunkNounPhrases(words: readonly Word[]): NounPhrase[] {
  const phrases: Array<{ first: number; last: number; determined: boolean }> = [];
  let i = 0;
  while (i < words.length) {
    const determined = i > 0 && DETERMINERS.has(words[i - 1]!.lower);
    const end = phraseEnd(words, i);
    if (end >= i) {
      phrases.push({ first: i, last: end, determined });
      i = end + 1;
    } else {
      i += 1;
    }
  }
  const byFirst = new Map<number, { first: number; last: number }>();
  for (const phrase of phrases) byFirst.set(phrase.first, phrase);
  const extend = (last: number, depth: number): number => {
    if (depth >= MAX_ATTACHMENTS) return last;
    const preposition = words[last + 1];
    if (!preposition || !ATTACHING.has(preposition.lower)) return last;
    // A name ends at a place: "… in the Yangtze River Delta" takes no further phrase, and a proper
    // name takes only "of"/"on" ("Economic Zone on the West Side of the Straits").
    if (words[last]!.capitalised && depth > 0) return last;
    if (words[last]!.capitalised && !['of', 'on'].includes(preposition.lower)) return last;
    let objectStart = last + 2;
    if (DETERMINERS.has(words[objectStart]?.lower ?? '')) objectStart += 1;
    const object = byFirst.get(objectStart);
    return object ? extend(object.last, depth + 1) : last;
  };
  return phrases.map((phrase) => ({ ...phrase, extendedLast: extend(phrase.last, 0) }));
}

/** The last word of a phrase starting at `start`, or start - 1 when none starts there. */
function phraseEnd(words: readonly Word[], start: number): number {
  let last = start - 1;
  let i = start;
  while (i < words.length) {
    const word = words[i]!;
    const quoteEnd = closingQuote(words, i);
    if (quoteEnd > 0) {
      // A quoted modifier: “521” high-speed rail…, “two healthy” (…) pioneer areas.
      let after = quoteEnd + 1;
      const parenthesisEnd = closingParenthesis(words, after, 30);
      if (parenthesisEnd > 0) after = parenthesisEnd + 1;
      if (isNominal(words, after)) {
        i = after;
        continue;
      }
      break;
    }
    if (isNominal(words, i)) {
      last = i;
      i += 1;
      continue;
    }
    if (last >= start && POSSESSIVE.has(word.text) && isNominal(words, i + 1)) {
      i += 1;
      continue;
    }
    if (last >= start && word.text === '(' && words[last]!.capitalised) {
      const close = closingParenthesis(words, i, 4);
      if (
        close > 0 &&
        words[close + 1]?.capitalised &&
        words.slice(i + 1, close).every((inner) => inner.capitalised)
      ) {
        i = close + 1;
        continue;
      }
      break;
    }
    if (
      last >= start &&
      (word.lower === 'and' || word.lower === 'or') &&
      joinsModifiers(words, last, i + 1)
    ) {
      i += 1;
      continue;
    }
    break;
  }
  return last;
}

/** "science and technology corridors": the left side is a bare modifier and the right side goes on. */
function joinsModifiers(words: readonly Word[], leftLast: number, rightStart: number): boolean {
  const left = words[leftLast]!;
  if (kindOfHead(left.lower, '') !== undefined) return false;
  if (!isNominal(words, rightStart) || !isNominal(words, rightStart + 1)) return false;
  // Both sides alike: "Science and Innovation Corridor", "ecological and cultural corridors"; a name
  // and a common noun ("Shanghai and other places") or two names ("Wenzhou and Taizhou") stay apart.
  return left.capitalised === words[rightStart]!.capitalised;
}
