/**
 * Search text normalisation shared by both stores. Case, accents, width and punctuation are folded
 * away; each Han character is its own token (as Lucene's standard analyzer does), so `温州` matches
 * `温州市` and a Chinese alias can be found by part of it.
 */
export function tokenize(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    // Apostrophes join a word ("Shanghai’s" is one word to a reader, "shanghais" to the index).
    .replace(/['’‘`]/g, '')
    .replace(/(\p{Script=Han})/gu, ' $1 ');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
}

/** The normalised form of a whole phrase: its tokens joined by single spaces. */
export function normalizePhrase(text: string): string {
  return tokenize(text).join(' ');
}
