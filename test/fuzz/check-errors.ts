import { expect } from 'vitest';

/**
 * The codes a generated input may get. INTERNAL_SERVER_ERROR is never acceptable for an input, and
 * neither is TIMEOUT: every generated operation is within the limits or refused by them, so one that
 * runs out of time is a limit that does not hold.
 */
export const ALLOWED_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'LIMIT_EXCEEDED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  // Apollo's own, for a request with no operation at all (an empty document).
  'BAD_REQUEST',
  // Apollo's own, for an `operationName` the document does not define (found by the HTTP fuzz).
  'OPERATION_RESOLUTION_FAILURE',
  // Exports and analyses take turns (src/turns/work-turns.ts: at most 16 wait, each at most 10 s), and
  // one generated document can ask for more than that at once: a 503 that says when to retry. (This
  // fuzz, one input at a time, was once refused BUSY after 2,546 inputs with seed 1868333427: graphql-js
  // answered each input whose non-null field failed while its other exports still waited, and they
  // piled up. Work whose request has been answered now leaves the turns.)
  'BUSY',
]);

/** What an error message must never show, unless the client sent it and it is echoed back. */
const LEAKS = [
  /cypher/i,
  /neo4j/i,
  /\bat \S+ \(?\S+:\d+:\d+\)?/,
  /\bat (?:async )?\S+:\d+/,
  /(?:\/work\/|\/home\/|\/usr\/|[A-Z]:\\|node_modules|file:\/\/)/,
  /\b\w+\.(?:ts|js|mjs|cjs):\d+/,
  /\b(?:TypeError|ReferenceError|RangeError|SyntaxError: Unexpected)\b/,
  /Cannot read propert/,
  /undefined is not/,
];

interface ErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

/** Checks every error of a result a client received for `input`, naming the input when one fails. */
export function expectOnlyDeliberateErrors(errors: readonly ErrorLike[] | undefined, input: string): void {
  for (const error of errors ?? []) {
    const code = error.extensions?.['code'];
    const message = String(error.message);
    const context = `input ${JSON.stringify(input.slice(0, 500))} gave ${JSON.stringify(error).slice(0, 600)}`;
    expect(typeof code, context).toBe('string');
    expect(ALLOWED_CODES.has(code as string), context).toBe(true);
    for (const leak of LEAKS) {
      const match = leak.exec(message);
      if (match) expect(input.includes(match[0]), `a leak (${leak}) in ${context}`).toBe(true);
    }
  }
}
