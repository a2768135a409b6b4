import type { EntityKind } from '../../src/model/index.js';
import type { Sentence } from './analyse-text.js';
import { kindOfHead, MEASURE_NOUNS, singular } from './entity-heads.js';
import { findKnownOccurrences, type KnownEntity } from './gazetteer.js';
import { MENTION_RULES, type Mention, type MentionRule } from './mention.js';
import { chunkNounPhrases, closingQuote, type NounPhrase } from './noun-phrases.js';
import type { Section } from './sections.js';
import { toWords, type Word } from './words.js';

/** A sentence with its words, noun phrases and the mentions found in it. */
export interface SentenceAnalysis {
  readonly index: number;
  readonly sentence: Sentence;
  readonly words: readonly Word[];
  readonly phrases: readonly NounPhrase[];
  readonly mentions: readonly Mention[];
}

/** Capitalised words that are titles, months or labels, never a place. */
const NOT_PLACES = new Set(
  'director mayor secretary chairman chairwoman minister governor president head chief deputy vice task chapter part section article january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday internet'.split(
    ' ',
  ),
);
const TITLES = new Set(
  'director mayor secretary chairman chairwoman minister governor president head chief deputy'.split(' '),
);
/** Words that make a place name a region rather than a city. */
const REGION_WORDS =
  /\b(river|delta|sea|straits?|mountains?|lake|bay|gulf|province|region|coast|plain|basin|peninsula)\b/i;
const DIRECTIONS = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'north',
  'south',
  'east',
  'west',
]);
/** Verbs whose complement is what the subject is to become: a goal of the plan. */
const GOAL_CUES: ReadonlyArray<readonly string[]> = [
  ['built', 'into'],
  ['become'],
  ['make', 'itself'],
  ['build', 'itself'],
  ['turned', 'into'],
  ['transformed', 'into'],
];
/** In a section's title line, the aim follows these ("… to create a central city …"). */
const TITLE_GOAL_CUES = new Set(['create', 'construct', 'for']);
/** Share of capitalised words above which a line is in Title Case and its capitals say nothing. */
const TITLE_CASE_SHARE = 0.9;
const YEAR = /^(19|20)\d\d$/;
/** A quoted span longer than this is a quotation, not a name. */
const MAX_QUOTED_NAME_WORDS = 24;

/** Options of {@link findMentions}. */
export interface FindMentionsOptions {
  /** Entities already curated: their names and aliases are found as known mentions. */
  readonly known?: readonly KnownEntity[];
}

/**
 * Every mention of a named thing in the document: known names (when a reference dataset is given),
 * section headings (TASK), "by 2025" (MILESTONE), "Name, Director of …" (PERSON), what the
 * subject is to become (GOAL), quoted names, noun phrases whose head names a kind (Zone, Fund,
 * University …) and place names (capitalised names used on their own somewhere in the text).
 * Where two rules find the same words the earlier rule of {@link MENTION_RULES} wins.
 */
export function findMentions(
  text: string,
  sentences: readonly Sentence[],
  sections: readonly Section[],
  options: FindMentionsOptions = {},
): SentenceAnalysis[] {
  const analyses = sentences.map((sentence, index) => {
    const words = toWords(sentence);
    return { index, sentence, words, phrases: chunkNounPhrases(words), quoted: quotedRanges(words) };
  });
  const places = standalonePlaces(analyses);
  const known = options.known ? findKnownOccurrences(text, options.known) : [];

  return analyses.map((analysis) => {
    const found: Mention[] = [];
    const { index, sentence, words, phrases, quoted } = analysis;
    const add = (
      first: number,
      last: number,
      kind: EntityKind,
      rule: MentionRule,
      extra: Partial<Mention> = {},
    ): void => {
      const start = words[first]!.start;
      const end = words[last]!.end;
      const name = extra.name ?? cleanName(text.slice(start, end));
      if (name === '') return;
      found.push({
        start,
        end,
        name,
        kind,
        rule,
        sentence: index,
        firstWord: first,
        lastWord: last,
        ...extra,
      });
    };

    const section = sections.find((candidate) => candidate.headingStart === sentence.start);
    if (section) {
      const number = sections.indexOf(section) + 1;
      const title = section.title ? text.slice(section.title.start, section.title.end) : undefined;
      add(0, words.length - 1, 'TASK', 'task', {
        name: title ? `${section.heading}: ${title}` : section.heading,
        aliases: title ? [section.heading, title] : [],
        number,
      });
    }
    words.forEach((word, i) => {
      const year = words[i + 1];
      if (word.lower === 'by' && year && YEAR.test(year.text)) {
        add(i, i + 1, 'MILESTONE', 'milestone', { name: `By ${year.text}`, number: Number(year.text) });
      }
    });
    findPersons(words, add);
    const isTitleLine = sections.some((candidate) => candidate.title === sentence);
    findGoals(words, phrases, quoted, isTitleLine, add);
    for (const [open, close] of quoted) {
      if (isModifierQuote(phrases, open)) continue;
      const inner = words.slice(open + 1, close);
      if (
        inner.length === 0 ||
        inner.length > MAX_QUOTED_NAME_WORDS ||
        inner.some((word) => word.text === ',')
      )
        continue;
      if (!inner.some((word) => /\p{L}/u.test(word.text))) continue;
      // The kind is the head of the name's first phrase ("Action Plan for …", "Science and Technology
      // Innovation Enclaves"); a slogan or a place-led name (“Yangtze River Delta on the track”) is an initiative.
      const innerPhrase = phrases.find((phrase) => phrase.first === open + 1);
      const headKind = innerPhrase
        ? kindOfHead(words[innerPhrase.last]!.lower, modifiersOf(words, innerPhrase))
        : undefined;
      const kind = headKind && !['REGION', 'CITY', 'DISTRICT'].includes(headKind) ? headKind : 'INITIATIVE';
      add(open, close, kind, 'quoted');
    }
    if (!sentence.isHeading) {
      for (const phrase of phrases) {
        if (insideQuote(quoted, phrase.first) && insideQuote(quoted, phrase.last)) continue;
        findHeadPhrases(words, phrase, add);
        findPlaces(words, phrase, places, add);
      }
      findDirectionalRegions(words, places, add);
    }
    for (const occurrence of known) {
      if (occurrence.start < sentence.start || occurrence.end > sentence.end) continue;
      const first = words.findIndex((word) => word.end > occurrence.start);
      const last = findLastIndex(words, (word) => word.start < occurrence.end);
      if (first < 0 || last < first) continue;
      found.push({
        start: occurrence.start,
        end: occurrence.end,
        name: occurrence.entity.name,
        kind: occurrence.entity.kind,
        rule: 'known',
        knownId: occurrence.entity.id,
        sentence: index,
        firstWord: first,
        lastWord: last,
      });
    }
    return { index, sentence, words, phrases, mentions: bestPerSpan(found) };
  });
}

type Add = (
  first: number,
  last: number,
  kind: EntityKind,
  rule: MentionRule,
  extra?: Partial<Mention>,
) => void;

/** "said Huang Yangxu, Director of the Wenzhou Development and Reform Commission". */
function findPersons(words: readonly Word[], add: Add): void {
  for (let i = 1; i < words.length - 2; i += 1) {
    if (words[i]!.text !== ',' || !TITLES.has(words[i + 1]!.lower)) continue;
    let first = i - 1;
    while (first > 0 && words[first - 1]!.capitalised && i - first < 3) first -= 1;
    const run = words.slice(first, i);
    if (run.length >= 2 && run.every((word) => word.capitalised && !NOT_PLACES.has(word.lower)))
      add(first, i - 1, 'PERSON', 'person');
  }
}

/** What the subject is to become ("will be built into X", "will become X", "make itself X") and the parts of X listed after "namely". */
function findGoals(
  words: readonly Word[],
  phrases: readonly NounPhrase[],
  quoted: ReadonlyArray<readonly [number, number]>,
  isTitleLine: boolean,
  add: Add,
): void {
  const phraseAt = (i: number): NounPhrase | undefined => {
    let start = i;
    while (['a', 'an', 'the'].includes(words[start]?.lower ?? '')) start += 1;
    return phrases.find(
      (phrase) => phrase.first === start || (phrase.first === start + 1 && words[start]?.text === '“'),
    );
  };
  for (let i = 0; i < words.length; i += 1) {
    const cue = GOAL_CUES.find((parts) => parts.every((part, k) => words[i + k]?.lower === part));
    // "… to create a central city …": an aim is indefinite ("for the private economy" is not one).
    const titleCue =
      isTitleLine && TITLE_GOAL_CUES.has(words[i]!.lower) && ['a', 'an'].includes(words[i + 1]?.lower ?? '');
    if (!cue && !titleCue) continue;
    const after = i + (cue ? cue.length : 1);
    const quote = quoted.find(([open]) => open === after);
    if (quote) {
      add(quote[0], quote[1], 'GOAL', 'goal');
      if (words[quote[1] + 1]?.text === ',' && words[quote[1] + 2]?.lower === 'namely')
        addListedGoals(words, phrases, quote[1] + 3, add, words[quote[0]]!.start);
      continue;
    }
    const phrase = phraseAt(after) ?? phraseAfterModifiers(words, phrases, after);
    if (phrase) add(phrase.first, phrase.extendedLast, 'GOAL', 'goal', { headWord: phrase.last });
  }
}

/**
 * "a pretty back garden": the small model tags "pretty back" as adverbs, so no phrase starts after
 * the article; the goal is the next phrase taken back over those words.
 */
function phraseAfterModifiers(
  words: readonly Word[],
  phrases: readonly NounPhrase[],
  after: number,
): NounPhrase | undefined {
  let start = after;
  if (['a', 'an', 'the'].includes(words[start]?.lower ?? '')) start += 1;
  let i = start;
  while (i < start + 3 && words[i] && ['ADV', 'ADJ'].includes(words[i]!.pos)) i += 1;
  if (i === start) return undefined;
  const phrase = phrases.find((candidate) => candidate.first === i);
  if (phrase) return { ...phrase, first: start };
  // "a pretty back garden/VERB of …": after an article the model's verb is the head noun.
  const head = words[i];
  if (!head || head.pos !== 'VERB' || words[i + 1]?.lower !== 'of') return undefined;
  let objectStart = i + 2;
  if (['a', 'an', 'the'].includes(words[objectStart]?.lower ?? '')) objectStart += 1;
  const object = phrases.find((candidate) => candidate.first === objectStart);
  return { first: start, last: i, extendedLast: object ? object.last : i, determined: true };
}

/** Each item of "namely, A, the B, the C and D" until the sentence ends. */
function addListedGoals(
  words: readonly Word[],
  phrases: readonly NounPhrase[],
  from: number,
  add: Add,
  listedUnder: number,
): void {
  let i = from;
  while (i < words.length) {
    while (['a', 'an', 'the', ',', 'and'].includes(words[i]?.lower ?? '')) i += 1;
    const phrase = phrases.find((candidate) => candidate.first === i);
    if (!phrase) break;
    add(phrase.first, phrase.extendedLast, 'GOAL', 'goal', { listedUnder, headWord: phrase.last });
    i = phrase.extendedLast + 1;
    // "the bridgehead and important node hub linking the Yangtze River Delta with …" ends the list
    if (words[i]?.text !== ',' && words[i]?.lower !== 'and') break;
  }
}

/** A noun phrase whose head names a kind: "advanced manufacturing cluster in the Yangtze River Delta". */
function findHeadPhrases(words: readonly Word[], phrase: NounPhrase, add: Add): void {
  const head = words[phrase.last]!;
  const modifiers = modifiersOf(words, phrase);
  let kind = kindOfHead(head.lower, modifiers);
  if (head.capitalised && singular(head.lower) === 'city') kind = 'CITY';
  // "core cities in the Yangtze River Delta": a named group of cities is a region.
  if (head.lower === 'cities') kind = 'REGION';
  if (!kind) return;
  const span = words.slice(phrase.first, phrase.last + 1);
  const named = span.some((word) => word.capitalised) || words[phrase.first]!.text === '“';
  const namedByPlace = words.slice(phrase.last + 1, phrase.extendedLast + 1).some((word) => word.capitalised);
  // A bare head ("the plan", "the region") names nothing, unless a phrase after it says which
  // initiative ("the strategy of rural revitalization", "a highland for the coordinated development").
  const namedByPhrase =
    phrase.extendedLast > phrase.last &&
    kind === 'INITIATIVE' &&
    !MEASURE_NOUNS.includes(singular(head.lower));
  if (phrase.last === phrase.first && !head.capitalised && !namedByPhrase) return;
  // A plan is named by its title; a region by a place name.
  if (kind === 'PLAN' && !named) return;
  if (kind === 'REGION' && !named && !namedByPlace) return;
  add(phrase.first, phrase.extendedLast, kind, 'head', { headWord: phrase.last });
  // "Jiading Industrial Zone Wenzhou Park" holds "Jiading Industrial Zone".
  for (let k = phrase.first + 1; k < phrase.last; k += 1) {
    const inner = words[k]!;
    const innerKind = kindOfHead(inner.lower, '');
    if (
      inner.capitalised &&
      innerKind &&
      span.every((word) => word.capitalised || word.text === '(' || word.text === ')')
    ) {
      add(phrase.first, k, innerKind, 'head');
      break;
    }
  }
  // "Shanghai metropolitan area’s spatial collaborative planning" holds "Shanghai metropolitan area".
  const possessive = span.findIndex((word) => word.text === '’s' || word.text === "'s");
  if (possessive > 0) {
    const owner: NounPhrase = {
      first: phrase.first,
      last: phrase.first + possessive - 1,
      extendedLast: phrase.first + possessive - 1,
      determined: phrase.determined,
    };
    findHeadPhrases(words, owner, add);
  }
}

/** Place names: a capitalised name used on its own, at the start of a longer name, or in brackets inside one. */
function findPlaces(words: readonly Word[], phrase: NounPhrase, places: ReadonlySet<string>, add: Add): void {
  for (let first = phrase.first; first <= phrase.last; first += 1) {
    for (let last = phrase.last; last >= first; last -= 1) {
      const name = words
        .slice(first, last + 1)
        .map((word) => word.text)
        .join(' ');
      if (!places.has(name)) continue;
      const startsName = first === phrase.first || words[first - 1]?.text === '(';
      if (!startsName) continue;
      add(first, last, placeKind(name), 'place');
      const word = words[first]!;
      if (first === last && word.text.includes('-')) addHyphenParts(word, add, first);
      first = last;
      break;
    }
  }
}

/** "Jinhua-Yiwu" names two cities as well as the pair. */
function addHyphenParts(word: Word, add: Add, index: number): void {
  let offset = 0;
  for (const part of word.text.split('-')) {
    if (/^\p{Lu}\p{Ll}+$/u.test(part)) {
      add(index, index, 'CITY', 'place', {
        name: part,
        start: word.start + offset,
        end: word.start + offset + part.length,
      });
    }
    offset += part.length + 1;
  }
}

/** "southern Zhejiang": a direction before a place name (or any proper noun) is a region. */
function findDirectionalRegions(words: readonly Word[], places: ReadonlySet<string>, add: Add): void {
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (
      DIRECTIONS.has(word.text) &&
      next &&
      (places.has(next.text) || (next.capitalised && next.pos === 'PROPN'))
    )
      add(i, i + 1, 'REGION', 'place');
  });
}

function placeKind(name: string): EntityKind {
  if (/\b(district|county)$/i.test(name)) return 'DISTRICT';
  return REGION_WORDS.test(name) ? 'REGION' : 'CITY';
}

/**
 * Capitalised names the text uses on their own (a whole noun phrase without a kind's head, outside
 * quotes and headings), at least once after the first word of a sentence: "Wenzhou", "Jiading",
 * "Pearl River Delta". A name seen only at the start of a sentence may be any capitalised word.
 */
function standalonePlaces(
  analyses: ReadonlyArray<{
    sentence: Sentence;
    words: readonly Word[];
    phrases: readonly NounPhrase[];
    quoted: ReadonlyArray<readonly [number, number]>;
  }>,
): Set<string> {
  const places = new Set<string>();
  for (const { sentence, words, phrases, quoted } of analyses) {
    if (sentence.isHeading || isTitleCase(words)) continue;
    for (const phrase of phrases) {
      if (phrase.first === 0 || insideQuote(quoted, phrase.first)) continue;
      const span = words.slice(phrase.first, phrase.last + 1);
      if (!span.every((word) => word.capitalised && /\p{L}/u.test(word.text))) continue;
      if (span.some((word) => NOT_PLACES.has(word.lower))) continue;
      const head = words[phrase.last]!;
      if (kindOfHead(head.lower, '') && !REGION_WORDS.test(head.text)) continue;
      if (TITLES.has(words[phrase.last + 2]?.lower ?? '') && words[phrase.last + 1]?.text === ',') continue; // a person
      places.add(span.map((word) => word.text).join(' '));
    }
  }
  return places;
}

/** "Wenzhou Issues Action Plan for Promoting the Regional …": a title, where every word has a capital. */
function isTitleCase(words: readonly Word[]): boolean {
  const lettered = words.filter((word) => /^\p{L}/u.test(word.text) && word.text.length > 3);
  return (
    lettered.length > 0 &&
    lettered.filter((word) => word.capitalised).length / lettered.length >= TITLE_CASE_SHARE
  );
}

function quotedRanges(words: readonly Word[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i += 1) {
    const close = closingQuote(words, i);
    if (close > 0) {
      ranges.push([i, close]);
      i = close;
    }
  }
  return ranges;
}

function insideQuote(quoted: ReadonlyArray<readonly [number, number]>, i: number): boolean {
  return quoted.some(([open, close]) => i > open && i < close);
}

/** A quote that modifies the noun after it (“double first-rate” universities) is part of that phrase. */
function isModifierQuote(phrases: readonly NounPhrase[], open: number): boolean {
  return phrases.some((phrase) => phrase.first === open);
}

export function modifiersOf(words: readonly Word[], phrase: NounPhrase): string {
  return words
    .slice(phrase.first, phrase.last)
    .map((word) => word.lower)
    .join(' ');
}

/** The span without its outer quotes and leading article. */
function cleanName(span: string): string {
  let name = span.trim().replace(/^(the|a|an)\s+/i, '');
  if (/^[“"]/.test(name) && /[”"]$/.test(name) && !/[”"]/.test(name.slice(1, -1))) name = name.slice(1, -1);
  return name.trim();
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i]!)) return i;
  return -1;
}

/** One mention per span: the one found by the strongest rule, with the head and list facts of the others. */
function bestPerSpan(mentions: readonly Mention[]): Mention[] {
  const best = new Map<string, Mention>();
  for (const mention of mentions) {
    const key = `${mention.start}:${mention.end}`;
    const current = best.get(key);
    if (!current) {
      best.set(key, mention);
      continue;
    }
    const [winner, other] =
      MENTION_RULES.indexOf(mention.rule) < MENTION_RULES.indexOf(current.rule)
        ? [mention, current]
        : [current, mention];
    // A known name found on a phrase keeps what the phrase rule learnt of its structure.
    best.set(key, {
      ...winner,
      headWord: winner.headWord ?? other.headWord,
      listedUnder: winner.listedUnder ?? other.listedUnder,
    });
  }
  return [...best.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}
