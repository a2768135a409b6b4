import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One token of the text, with its offsets (JS string indices) into the whole document. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Universal POS tag from wink-eng-lite-web-model (NOUN, PROPN, VERB, ADP…). */
  readonly pos: string;
}

/** A sentence as wink splits it, never crossing a line break. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  /** True when the sentence is a whole, short line that does not end like a sentence: a heading or a title. */
  readonly isHeading: boolean;
}

/** A line longer than this is a paragraph even without a full stop. */
const MAX_HEADING_TOKENS = 20;

// Loading the model takes a few hundred milliseconds; one instance serves every document.
let nlp: ReturnType<typeof winkNLP> | undefined;

function englishModel(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

/**
 * Splits the text into sentences and tokens with wink-nlp. Each line is read on its own, so a
 * heading ("Task One") never runs into the paragraph under it. wink's tokenisation is lossless, so
 * every token is found in order in the text and its offsets slice back to it.
 */
export function analyseText(text: string): Sentence[] {
  const engine = englishModel();
  const its = engine.its;
  const sentences: Sentence[] = [];
  const linePattern = /[^\r\n]+/g;
  for (const line of text.matchAll(linePattern)) {
    if (line[0].trim() === '') continue;
    const lineStart = line.index;
    const doc = engine.readDoc(line[0]);
    doc.sentences().each((sentence: ItemSentence) => {
      const values = sentence.tokens().out(its.value) as string[];
      const tags = sentence.tokens().out(its.pos) as string[];
      const tokens: Token[] = [];
      let cursor = sentenceSearchStart(line[0], sentences, lineStart);
      values.forEach((value, index) => {
        const at = line[0].indexOf(value, cursor);
        if (at < 0) return; // wink normalised the token; skipping keeps every offset exact
        cursor = at + value.length;
        if (value.trim() === '') return;
        tokens.push({ text: value, start: lineStart + at, end: lineStart + cursor, pos: tags[index] ?? 'X' });
      });
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      if (!first || !last) return;
      const wholeLine =
        text.slice(lineStart, lineStart + line[0].length).trim() === text.slice(first.start, last.end);
      // A heading stands on its own line and does not end like a sentence.
      const endsLikeSentence = /[.!?;:”"]$/.test(last.text);
      sentences.push({
        start: first.start,
        end: last.end,
        tokens,
        isHeading: wholeLine && !endsLikeSentence && tokens.length <= MAX_HEADING_TOKENS,
      });
    });
  }
  return sentences;
}

/** Where in the line the next sentence's tokens are searched: after the previous sentence of the line. */
function sentenceSearchStart(line: string, sentences: readonly Sentence[], lineStart: number): number {
  const previous = sentences[sentences.length - 1];
  if (!previous || previous.end < lineStart) return 0;
  return Math.min(line.length, previous.end - lineStart);
}
