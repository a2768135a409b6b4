import type { DocumentNode } from 'graphql';
import type { LimitExceededError } from '../../errors.js';
import { checkOperationLimits, refuse, type OperationLimits } from './check-operation-limits.js';
import { createRepeatedSelectionCounter } from './count-repeated-selections.js';
import { outlineDocument, type DocumentOutline } from './document-outline.js';
import { createDefinitionMeasurer } from './measure-operation.js';
import { QUERY_LIMITS } from './query-limits.js';

/** The limits a whole document is held to before it is validated. */
export interface DocumentLimits extends OperationLimits {
  /** @default QUERY_LIMITS.documentBytes */
  documentBytes?: number;
  /** @default QUERY_LIMITS.repeatedSelections */
  repeatedSelections?: number;
}

/** Limits a fragment is not held to on its own. */
const UNBOUNDED = { depth: Infinity, aliases: Infinity, directives: Infinity } as const;

/**
 * Checks a parsed document, before validation: its size in bytes, then every operation and every
 * fragment against the structural limits (depth, aliases, directives, fields), then the repeated
 * selections of each. Returns the first limit exceeded as a LIMIT_EXCEEDED error, or null.
 * `checkQueryText` does the same from the raw text, without the parser.
 */
export function checkDocumentLimits(
  document: DocumentNode,
  limits: DocumentLimits = {},
): LimitExceededError | null {
  const source = document.loc?.source.body;
  return (
    (source === undefined ? null : checkDocumentBytes(source, limits)) ??
    checkOutlineLimits(outlineDocument(document), limits)
  );
}

/** The document-bytes limit of a query text. */
export function checkDocumentBytes(text: string, limits: DocumentLimits = {}): LimitExceededError | null {
  const maxBytes = limits.documentBytes ?? QUERY_LIMITS.documentBytes;
  // A UTF-8 character is 1 to 3 bytes per UTF-16 unit: below a third of the limit no count is needed.
  if (text.length <= maxBytes / 3) return null;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= maxBytes) return null;
  return refuse(
    'documentBytes',
    maxBytes,
    bytes,
    `The query text is ${bytes} bytes long (limit ${maxBytes}): send a shorter query, pass values as variables, or split the query.`,
  );
}

/**
 * The structural limits of an outlined document: every operation and fragment against depth,
 * aliases, directives and fields, then the repeated selections of each.
 *
 * Every check is one pass over the outline, so a refusal costs about what reading the document
 * did. The repetition count merges each fragment's field names into every set it is spread into,
 * which is why it runs only on definitions already within the field limit: its work stays below
 * that limit times the number of definitions.
 */
export function checkOutlineLimits(
  outline: DocumentOutline,
  limits: DocumentLimits = {},
): LimitExceededError | null {
  const measure = createDefinitionMeasurer(outline);
  for (const definition of outline.definitions) {
    // A fragment is held to the field limit on its own, spread or not: validation works through every
    // fragment, and an operation that spreads one is over the limit anyway. Its depth is the
    // operation's business: under introspection fields (the introspection query's TypeRef) it is free.
    const refusal =
      definition.kind === 'operation'
        ? checkOperationLimits(measure(definition), limits)
        : checkOperationLimits(measure(definition), {
            fields: limits.fields ?? QUERY_LIMITS.fields,
            ...UNBOUNDED,
          });
    if (refusal) return refusal;
  }

  const maxRepeated = limits.repeatedSelections ?? QUERY_LIMITS.repeatedSelections;
  const countRepeated = createRepeatedSelectionCounter(outline);
  for (const definition of outline.definitions) {
    const repeated = countRepeated(definition);
    if (repeated > maxRepeated) {
      return refuse(
        'repeatedSelections',
        maxRepeated,
        repeated,
        `The query selects the same field ${repeated} times in one selection set, counting fragments spread into it (limit ${maxRepeated}): select each field once: the copies add nothing to the answer.`,
      );
    }
  }
  return null;
}
