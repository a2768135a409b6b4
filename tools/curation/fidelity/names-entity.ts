import type { RawEntity, RawEvidence } from './raw-dataset.js';

/**
 * Whether a quote names an entity, as the fidelity rule reads it (docs/data-fidelity.md): the entity's
 * name, one of its aliases, or the record's `mentions` string for it occurs in the quote, ignoring case,
 * as whole words (no letter or digit right before or after it).
 */
export function namesEntity(evidence: RawEvidence, entity: RawEntity): boolean {
  const quote = evidence.quote;
  if (quote === undefined) return false;
  const mention = evidence.mentions?.[entity.id];
  const terms = [entity.name, ...(entity.aliases ?? []), ...(mention === undefined ? [] : [mention])];
  return terms.some((term) => occursAsWords(quote, term));
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function occursAsWords(text: string, term: string): boolean {
  const haystack = text.toLowerCase();
  const needle = term.toLowerCase();
  if (needle.length === 0) return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const startsWord =
      !WORD_CHARACTER.test(needle[0] ?? '') || before === undefined || !WORD_CHARACTER.test(before);
    const endsWord =
      !WORD_CHARACTER.test(needle[needle.length - 1] ?? '') ||
      after === undefined ||
      !WORD_CHARACTER.test(after);
    if (startsWord && endsWord) return true;
  }
  return false;
}
