/**
 * The shape of a quote against its source (issue 12, item 2: "the shortest clause that states the
 * fact"): whether it is a whole sentence of the source, and whether it can lose a whole clause at its
 * start or end and still name what it must.
 *
 * A clause boundary here is punctuation only (a comma or semicolon and the space after it): " and "
 * also joins clauses, but as often joins two names ("Wenzhou and Taizhou"), so cutting there would
 * count as "shorter" a quote that has lost its verb.
 */

/** One sentence of a source text, as offsets (end exclusive, without the space after it). */
export interface SentenceSpan {
  start: number;
  end: number;
}

// A sentence ends at . ? ! (or an ellipsis), after any closing quotation mark, where the next
// non-space character starts a new sentence (an upper-case letter, an opening quotation mark or the
// end of the text); "etc. with" and "i.e., 5 hours" do not end one. A line break always ends one
// (the source's headings are lines of their own).
const SENTENCE_END = /[.?!]+[”"’]?(?=\s+[\p{Lu}“"]|\s*$)|\n/gu;

/** The sentences of `text`, in order, trimmed of surrounding whitespace; empty lines are skipped. */
export function sentencesOf(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match[0] === '\n' ? match.index : match.index + match[0].length;
    push(from, end);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return spans;
}

const TRAILING_PUNCTUATION = /[\s.?!”"’]+$/u;
const LEADING_PUNCTUATION = /^[\s“"]+/u;
const bare = (text: string) => text.replace(TRAILING_PUNCTUATION, '').replace(LEADING_PUNCTUATION, '');

/** Whether `quote` is a whole sentence of `text` (ignoring the sentence's closing punctuation and quotation marks). */
export function isWholeSentence(quote: string, sentences: readonly string[]): boolean {
  const wanted = bare(quote);
  return sentences.some((sentence) => bare(sentence) === wanted);
}

const CLAUSE_BOUNDARY = /[,;]\s+/gu;

/** Whether a quote holds more than one clause (a comma or semicolon inside it). */
export function hasSeveralClauses(quote: string): boolean {
  return [...bare(quote).matchAll(CLAUSE_BOUNDARY)].length > 0;
}

/**
 * The strictly shorter spans of `quote` that start and end at a clause boundary (or at the quote's
 * own start and end), with at least three words, shortest first. Each is a verbatim substring of the
 * quote; `offset` is where it starts in it.
 */
export function clauseTrimmings(quote: string): { quote: string; offset: number }[] {
  const cuts = [...quote.matchAll(CLAUSE_BOUNDARY)];
  const starts = [0, ...cuts.map((cut) => cut.index + cut[0].length)];
  const ends = [...cuts.map((cut) => cut.index), quote.length];
  const spans: { quote: string; offset: number }[] = [];
  for (const start of starts) {
    for (const end of ends) {
      if (end <= start || (start === 0 && end === quote.length)) continue;
      const span = quote.slice(start, end);
      if (span.trim().split(/\s+/u).length >= 3) spans.push({ quote: span, offset: start });
    }
  }
  return spans.sort((a, b) => a.quote.length - b.quote.length);
}

/** The median of some lengths (0 for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}
