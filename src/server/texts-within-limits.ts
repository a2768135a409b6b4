/**
 * Query texts the cheap pass (`checkQueryText`) has already let through, so a client sending the
 * same operation again (most clients send a few operations over and over) is not scanned again: the
 * verdict depends on the text alone. Only texts let through are kept, and only short
 * ones, at most `maxEntries` of them (all forgotten at once when full): at most about
 * `maxEntries × maxTextLength` characters. A refused text is never kept, so an over-limit query costs
 * its scan every time, as before.
 */
export interface TextsWithinLimits {
  has(text: string): boolean;
  /** Remembers a text let through (one longer than `maxTextLength` is not kept). */
  add(text: string): void;
}

export function createTextsWithinLimits(maxEntries = 1000, maxTextLength = 2048): TextsWithinLimits {
  const texts = new Set<string>();
  return {
    has: (text) => texts.has(text),
    add(text) {
      if (text.length > maxTextLength) return;
      if (texts.size >= maxEntries) texts.clear();
      texts.add(text);
    },
  };
}
