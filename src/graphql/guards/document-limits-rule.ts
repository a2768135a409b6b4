import type { ValidationRule } from 'graphql';
import { checkDocumentLimits, type DocumentLimits } from './check-document-limits.js';

/**
 * A validation rule that holds the document to the size limits (see `checkDocumentLimits`) and, when
 * one is exceeded, stops validation there: the refusal is the only error and the other rules never
 * see the document.
 *
 * Why a rule: Apollo Server parses and validates in one step, and an error thrown from a plugin hook
 * before validation (`didResolveSource`, `parsingDidStart`, `validationDidStart`) becomes a masked
 * 500. Apollo runs its configured rules in the same pass as graphql-js's `specifiedRules`, each rule
 * visiting every node in turn; the Document node comes first, and its visitors in specifiedRules
 * only count definitions. Returning `null` there removes the document from the walk, so the
 * expensive rules (OverlappingFieldsCanBeMerged above all) never start. The error reaches the client
 * as LIMIT_EXCEEDED with `extensions.limit` (see `formatError`), and Apollo never caches a document
 * that failed validation.
 */
export function createDocumentLimitsRule(limits: DocumentLimits = {}): ValidationRule {
  return (context) => ({
    Document(document) {
      const refusal = checkDocumentLimits(document, limits);
      if (!refusal) return undefined;
      context.reportError(refusal);
      return null;
    },
  });
}
