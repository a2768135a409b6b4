import { BadInputError, LimitExceededError } from '../errors.js';
import { codePointLength, tokenize } from '../search/index.js';
import { LIMITS } from './limits.js';

/**
 * Checks text the service searches for (`search(query:)`, and a network's `theme`, which is a search):
 * at most LIMITS.searchQueryLength characters (LIMIT_EXCEEDED), and at least one word (BAD_USER_INPUT).
 * Why every door that searches holds it: the full-text index of Neo4j fails on a word of more than 1,000 characters, and text of no
 * letter or digit can find nothing, so it is a mistake to say so, not an empty answer.
 */
export function assertSearchText(argument: string, text: string): string {
  // Characters as a reader counts them (code points): '𠀀' is one, though two UTF-16 units.
  const length = codePointLength(text);
  if (length > LIMITS.searchQueryLength) {
    throw new LimitExceededError(
      `\`${argument}\` may be at most ${LIMITS.searchQueryLength} characters (got ${length}). Search for a name or a few words.`,
      { name: argument, max: LIMITS.searchQueryLength, requested: length },
    );
  }
  if (tokenize(text).length === 0) {
    throw new BadInputError(
      `\`${argument}\` needs at least one letter or digit, for example "Wenzhou".`,
      argument,
    );
  }
  return text;
}
