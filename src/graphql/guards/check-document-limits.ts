import { isExecutableDefinitionNode, Kind, type DocumentNode } from 'graphql';
import type { LimitExceededError } from '../../errors.js';
import { checkOperationLimits, refuse, type OperationLimits } from './check-operation-limits.js';
import { createRepeatedSelectionCounter } from './count-repeated-selections.js';
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
 *
 * Every check is one pass over the document, so a refusal costs about what parsing did. The
 * repetition count merges each fragment's field names into every set it is spread into, which is
 * why it runs only on definitions already within the field limit: its work stays below that limit
 * times the number of definitions.
 */
export function checkDocumentLimits(
  document: DocumentNode,
  limits: DocumentLimits = {},
): LimitExceededError | null {
  const source = document.loc?.source.body;
  const maxBytes = limits.documentBytes ?? QUERY_LIMITS.documentBytes;
  if (source !== undefined && source.length > maxBytes / 3) {
    // A UTF-8 character is 1 to 3 bytes per UTF-16 unit: below a third of the limit no count is needed.
    const bytes = Buffer.byteLength(source, 'utf8');
    if (bytes > maxBytes) {
      return refuse(
        'documentBytes',
        maxBytes,
        bytes,
        `The query text is ${bytes} bytes long (limit ${maxBytes}): send a shorter query, pass values as variables, or split the query.`,
      );
    }
  }

  const definitions = document.definitions.filter(isExecutableDefinitionNode);
  const measure = createDefinitionMeasurer(document);
  for (const definition of definitions) {
    // A fragment is held to the field limit on its own, spread or not: validation works through every
    // fragment, and an operation that spreads one is over the limit anyway. Its depth is the
    // operation's business: under introspection fields (the introspection query's TypeRef) it is free.
    const refusal =
      definition.kind === Kind.OPERATION_DEFINITION
        ? checkOperationLimits(measure(definition), limits)
        : checkOperationLimits(measure(definition), {
            fields: limits.fields ?? QUERY_LIMITS.fields,
            ...UNBOUNDED,
          });
    if (refusal) return refusal;
  }

  const maxRepeated = limits.repeatedSelections ?? QUERY_LIMITS.repeatedSelections;
  const countRepeated = createRepeatedSelectionCounter(document);
  for (const definition of definitions) {
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
