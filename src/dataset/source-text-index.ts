/**
 * Answers "is this quote a verbatim part of the text?" for many quotes of one text. A quote that is
 * a whole line of the text (as every generated quote is) is found in a set of the lines in constant
 * time; anything else falls back to a substring search. Without the set, checking a million records
 * against their chapters was a substring search of a long text per quote, and dominated loading.
 */
export class SourceTextIndex {
  private lines: Set<string> | null = null;

  constructor(private readonly text: string) {}

  contains(quote: string): boolean {
    // Built on first use: a source nobody quotes costs nothing.
    this.lines ??= new Set(this.text.split('\n'));
    return this.lines.has(quote) || this.text.includes(quote);
  }
}
