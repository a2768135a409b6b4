import { BadInputError } from '../errors.js';
import { tokenize } from '../search/index.js';
import { LIMITS } from './limits.js';

/**
 * Checks text the service searches for (`search(query:)`, and a network's `theme`, which is a search):
 * at most LIMITS.searchQueryLength characters, and at least one word. Why every door that searches
 * holds it: the full-text index of Neo4j fails on a word of more than 1,000 characters, and text of no
 * letter or digit can find nothing, so it is a mistake to say so, not an empty answer.
 */
export function assertSearchText(argument: string, text: string): string {
  if (text.length > LIMITS.searchQueryLength) {
    throw new BadInputError(
      `\`${argument}\` may be at most ${LIMITS.searchQueryLength} characters (got ${text.length}). Search for a name or a few words.`,
      argument,
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
