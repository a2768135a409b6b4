import type { GraphQLError } from 'graphql';
import { checkDocumentBytes, checkOutlineLimits, type DocumentLimits } from './check-document-limits.js';
import { QUERY_LIMITS } from './query-limits.js';
import { scanDocumentOutline } from './scan-document-outline.js';

/** The document limits, and the parser's token limit. */
export interface QueryTextLimits extends DocumentLimits {
  /** @default QUERY_LIMITS.tokens */
  tokens?: number;
}

/**
 * The cheap pass: holds a query text to the token, byte, depth, alias, directive, field and
 * repetition limits from the text alone, before anything parses it (see `scanDocumentOutline`).
 * Returns the error the full path would answer (the parser's token-limit error, or the
 * LIMIT_EXCEEDED error of `checkDocumentLimits`), or null when the text is within the limits or is
 * not an executable document this pass reads (a syntax error, type-system definitions): that text
 * goes on to the parser and validation, where the same limits hold.
 *
 * The checks come in the order of the full path, so the answer is the same whichever pass gives it:
 * the token limit while parsing, then the bytes, then the structure.
 */
export function checkQueryText(text: string, limits: QueryTextLimits = {}): GraphQLError | null {
  const scanned = scanDocumentOutline(text, limits.tokens ?? QUERY_LIMITS.tokens);
  if (scanned.kind === 'undecided') return null;
  if (scanned.kind === 'tooManyTokens') return scanned.error;
  return checkDocumentBytes(text, limits) ?? checkOutlineLimits(scanned.outline, limits);
}
