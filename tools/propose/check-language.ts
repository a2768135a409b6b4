import { ProposeInputError } from './input-error.js';

/** Scripts whose letters we count, in the order a message names them. */
const SCRIPTS = [
  'Latin',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Devanagari',
  'Thai',
] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);

/**
 * Common English function words. English prose has about one in three of its words among them; a
 * Latin-script text in another language (French, German, pinyin) has few.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a an is are be will for with on by as at from that this it its which or into their has have was were not'.split(
    ' ',
  ),
);

/** Below this share of Latin letters the English model would read mostly foreign tokens. */
export const MIN_LATIN_SHARE = 0.8;
/** Below this share of English function words a Latin-script text is taken as another language. */
export const MIN_FUNCTION_WORD_SHARE = 0.12;

/**
 * Refuses a document the English model does not handle: one whose letters are mostly of another
 * script (Chinese, Cyrillic…), or whose Latin-script words are not English. A few Chinese names
 * in an English text are fine (the bundled plan ends with a Chinese credit line).
 */
export function checkEnglish(text: string, path: string): void {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    letters += 1;
    const script = SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  const latin = counts.get('Latin') ?? 0;
  if (letters === 0) {
    throw new ProposeInputError(`${path} holds no letters: there is no English text to read.`);
  }
  if (latin / letters < MIN_LATIN_SHARE) {
    const [dominant] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['other'];
    const share = Math.round((100 * (counts.get(dominant) ?? 0)) / letters);
    throw new ProposeInputError(
      `${path} is not in English: ${share}% of its letters are ${dominant} script, and the model (wink-eng-lite-web-model) reads English only. Give an English translation of the document.`,
    );
  }
  const words = text.toLowerCase().match(/\p{Script=Latin}+/gu) ?? [];
  const functionWords = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  if (words.length >= 20 && functionWords / words.length < MIN_FUNCTION_WORD_SHARE) {
    throw new ProposeInputError(
      `${path} does not look like English (only ${Math.round((100 * functionWords) / words.length)}% of its words are common English words), and the model (wink-eng-lite-web-model) reads English only. Give an English translation of the document.`,
    );
  }
}
