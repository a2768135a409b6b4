import type { Sentence, Token } from './analyse-text.js';

/** A word of a sentence: a token, or tokens joined without spaces by a hyphen or a middle dot. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  /** Lowercased text, for the cue and head tables. */
  readonly lower: string;
  /** Starts with an upper-case letter: a proper name or a title word. */
  readonly capitalised: boolean;
  /** Index of the word in its sentence. */
  readonly index: number;
}

const JOINERS = new Set(['-', '‐', '–', '·']);

/**
 * The words of a sentence. wink splits "world-class" and "Jinhua-Yiwu" into three tokens; a name
 * or a modifier is one word to the chunker, so tokens touching a hyphen on both sides are joined.
 */
export function toWords(sentence: Sentence): Word[] {
  const parts: Token[][] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const group = parts[parts.length - 1];
    const before = group?.[group.length - 1];
    if (
      group &&
      before &&
      next &&
      JOINERS.has(token.text) &&
      before.end === token.start &&
      token.end === next.start
    ) {
      group.push(token, next);
      i += 1;
      continue;
    }
    parts.push([token]);
  }
  return parts.map((group, index) => {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const text = group.map((token) => token.text).join('');
    const pos = group.length === 1 ? first.pos : compoundPos(group);
    return {
      text,
      start: first.start,
      end: last.end,
      pos,
      lower: text.toLowerCase(),
      capitalised: /^\p{Lu}/u.test(text),
      index,
    };
  });
}

/** "Jinhua-Yiwu" is a name, "world-class" and "Internet-connected" modify, "E-commerce" is a noun. */
function compoundPos(group: readonly Token[]): string {
  const last = group[group.length - 1]!;
  if (group.every((token) => JOINERS.has(token.text) || /^\p{Lu}/u.test(token.text))) return 'PROPN';
  if (last.pos === 'NOUN' || last.pos === 'PROPN') return 'NOUN';
  return 'ADJ';
}
