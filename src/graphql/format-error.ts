import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { GRAPHQL_REQUEST_ERROR_CODES, INTERNAL_ERROR_MESSAGE, isKgError, type KgError } from '../errors.js';

export { INTERNAL_ERROR_MESSAGE } from '../errors.js';

/**
 * Codes Apollo itself gives to request errors (parse, validation, coercion, a malformed request); safe
 * to show as they are. (BAD_USER_INPUT and BAD_REQUEST are ours too, and Apollo's for variable
 * coercion and the HTTP request.)
 */
const APOLLO_REQUEST_ERROR_CODES = new Set<string>([
  ...GRAPHQL_REQUEST_ERROR_CODES,
  'BAD_USER_INPUT',
  'BAD_REQUEST',
]);

/**
 * graphql-js's parser recurses once per level of a list or object value, so a few thousand nested
 * brackets (within the token limit) overflow the stack; Apollo reports the RangeError's own message as
 * the parse failure, which tells the client nothing about its document.
 */
const STACK_OVERFLOW_MESSAGE = 'Maximum call stack size exceeded';
const TOO_DEEP_TO_PARSE_MESSAGE = 'Syntax Error: The document nests lists or objects too deeply to be read.';

/**
 * Apollo's refusal of introspection tells the client to "pass introspection: true to ApolloServer", code
 * the client cannot change; the operator's setting is INTROSPECTION (docs/operations.md).
 */
const APOLLO_NO_INTROSPECTION_MESSAGE = 'GraphQL introspection is not allowed by Apollo Server';
const NO_INTROSPECTION_MESSAGE =
  'Introspection (__schema, __type) is turned off on this service; its operator turns it on with INTROSPECTION=true.';

/**
 * Apollo's `formatError`: our own errors and Apollo's request errors pass as they are; anything else
 * (a bug, a driver message, a stack) becomes "Internal server error". The real error is logged by
 * the error-reporting plugin, under the request id the client sees.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = ourErrorBehind(error) ?? unwrapResolverError(error);
  if (isKgError(original)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...original.extensions },
    };
  }
  const code = formatted.extensions?.['code'];
  if (original === error && typeof code === 'string' && APOLLO_REQUEST_ERROR_CODES.has(code)) {
    if (code === 'GRAPHQL_PARSE_FAILED' && formatted.message === STACK_OVERFLOW_MESSAGE) {
      return { message: TOO_DEEP_TO_PARSE_MESSAGE, extensions: { code } };
    }
    return { ...formatted, extensions: { code } };
  }
  if (isUncodedApolloBadRequest(error))
    return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  return {
    message: INTERNAL_ERROR_MESSAGE,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * graphql-js's suggestion in a message: `Did you mean "name"?`. Not only at the end: a refusal of many
 * variable problems (guards/variable-errors.ts) says how many more follow it, and one cut to length
 * can end inside it. No name a suggestion gives can hold a question mark.
 */
const SUGGESTION = / ?Did you mean [^?]*(?:\?|…$)/g;

/**
 * `formatError` for a server whose schema is not public (introspection off): the same, minus
 * graphql-js's suggestions of field, argument and enum names. Apollo's
 * `hideSchemaDetailsFromClientErrors` removes them from validation errors only; a variable's value
 * is checked later, and "Value "CITYY" does not exist in "EntityKind" enum. Did you mean the enum
 * value "CITY"?" would still name an enum value.
 */
export function formatErrorWithoutSuggestions(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const result = formatError(formatted, error);
  if (result.message.startsWith(APOLLO_NO_INTROSPECTION_MESSAGE)) {
    return { ...result, message: NO_INTROSPECTION_MESSAGE };
  }
  return { ...result, message: result.message.replace(SUGGESTION, '') };
}

/**
 * One of our errors that Apollo has wrapped as a request error: a validation rule's refusal (the
 * document limits) arrives as GRAPHQL_VALIDATION_FAILED with ours as its `originalError`.
 */
function ourErrorBehind(error: unknown): KgError | null {
  return error instanceof GraphQLError && !error.path && isKgError(error.originalError)
    ? error.originalError
    : null;
}

/**
 * Apollo's refusal of an automatic persisted query it cannot use (a `sha256Hash` that is not the
 * text's, a `version` other than 1): a request error Apollo itself answers with HTTP 400 but gives no
 * code, so it would reach the client as INTERNAL_SERVER_ERROR. It is the client's mistake, and its
 * message says which, so it is answered as a BAD_REQUEST.
 */
function isUncodedApolloBadRequest(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.path || error.originalError) return false;
  const http = error.extensions['http'] as { status?: unknown } | undefined;
  return error.extensions['code'] === undefined && http?.status === 400;
}

/** Whether an error reaching the client will be masked (and so must be logged in full). */
export function isMaskedError(error: unknown): boolean {
  const original = ourErrorBehind(error) ?? unwrapResolverError(error);
  if (isKgError(original)) return false;
  const code = (error as { extensions?: Record<string, unknown> }).extensions?.['code'];
  if (original === error && typeof code === 'string' && APOLLO_REQUEST_ERROR_CODES.has(code)) return false;
  return !isUncodedApolloBadRequest(error);
}
