import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isKgError } from '../errors.js';
import { formatError } from '../graphql/format-error.js';
import { checkQueryText } from '../graphql/guards/index.js';
import type { ServiceMetrics } from '../observability/index.js';
import { createTextsWithinLimits } from './texts-within-limits.js';
import { writeErrorBody } from './write-error-body.js';

/** The media types Apollo answers a single result in, in its order of preference. */
export const RESULT_TYPES = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  // Apollo also offers its subscription-callback type; a client preferring it is left to Apollo.
  'application/json; callbackSpec=1.0; charset=utf-8',
];

/** Headers that satisfy Apollo's CSRF prevention on a request without a preflighted content type. */
const CSRF_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

export interface RefuseOverLimitQueriesOptions {
  /** Where the refusals are counted, as Apollo's metrics plugin counts them. */
  metrics?: ServiceMetrics;
  /** Apollo's CSRF prevention is on: a GET it would block is left to it. @default false */
  csrfPrevention?: boolean;
  /** How long a refusal is held back before it is written (AppOptions.refusalDelayMs). @default 0 */
  delayMs?: number;
}

/** Runs `write` after `delayMs` (at once for 0): a held refusal costs a timer, not CPU. */
export function afterRefusalDelay(delayMs: number, write: () => void): void {
  if (delayMs <= 0) write();
  else setTimeout(write, delayMs);
}

/**
 * Express middleware, mounted just before Apollo's: holds the query text of a GraphQL request to the
 * query limits with the cheap pass (`checkQueryText`: graphql-js's lexer, no parser, no syntax tree)
 * and answers a refusal itself, exactly as Apollo would have answered it after parsing and the first
 * validation rule: status 400, the same error, media type and request id, counted in the same metrics.
 *
 * Why here: before this, a refused 1,200-field query paid Apollo's request pipeline, the context (with
 * its credential check), a full parse and a validation pass, about 3 ms of CPU; eight connections
 * sending it held the service. Now a refusal costs the body's JSON parse and one lexer pass, whatever
 * the document (a refused text is never remembered, so a varied attack is as cheap as a repeated
 * one; short texts within the limits are, see `createTextsWithinLimits`).
 *
 * Only requests Apollo would carry as far as the parser are answered here: anything it refuses
 * earlier (a malformed body, a GET without CSRF headers under CSRF prevention, an unacceptable
 * `accept`, a persisted-query hash that does not match) and any text this pass gives no verdict on
 * (a syntax error, type-system definitions) goes on to Apollo, where the same limits hold.
 */
export function refuseOverLimitQueries(options: RefuseOverLimitQueriesOptions = {}): RequestHandler {
  const refusalOf = createOverLimitRefusal(options);
  return (request: Request, response: Response, next: NextFunction) => {
    const refusal = refusalOf(request);
    if (!refusal) return next();
    const type = request.accepts(RESULT_TYPES);
    if (type !== RESULT_TYPES[0] && type !== RESULT_TYPES[1]) return next();
    afterRefusalDelay(options.delayMs ?? 0, () =>
      writeErrorBody(response, refusal.error(), {
        mediaType: type === RESULT_TYPES[1] ? 'application/graphql-response+json' : 'application/json',
      }),
    );
  };
}

/** A request as the over-limit check reads it: from Express, or a plain `node:http` request. */
export interface GraphQLHttpRequest {
  method?: string | undefined;
  url?: string | undefined;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined without one). */
  body: unknown;
}

/** An over-limit refusal: `error()` counts it in the metrics and gives the error to answer. */
export interface OverLimitRefusal {
  error(): GraphQLFormattedError;
}

/**
 * The check of `refuseOverLimitQueries` without Express: null for a request it leaves to Apollo,
 * else the refusal (already counted in the metrics). The caller still chooses the media type
 * (`RESULT_TYPES`), and leaves the request to Apollo when the client accepts neither of the first two.
 */
export function createOverLimitRefusal(
  options: RefuseOverLimitQueriesOptions = {},
): (request: GraphQLHttpRequest) => OverLimitRefusal | null {
  const csrfPrevention = options.csrfPrevention ?? false;
  const withinLimits = createTextsWithinLimits();
  return (request) => {
    const operation = graphqlRequestOf(request, csrfPrevention);
    if (!operation || withinLimits.has(operation.query)) return null;
    const refusal = checkQueryText(operation.query);
    if (!refusal) withinLimits.add(operation.query);
    if (!refusal || !apolloWouldParse(operation)) return null;
    return {
      error() {
        const apolloError = asApolloError(refusal);
        const formatted = formatError(apolloError.toJSON(), apolloError);
        const code = String(formatted.extensions?.['code']);
        options.metrics?.graphqlOperations.inc({ operation: '(unresolved)', outcome: 'error' });
        options.metrics?.graphqlErrors.inc({ code });
        return formatted;
      },
    };
  };
}

/** The parts of a GraphQL request the cheap pass and Apollo's own early checks read. */
interface GraphQLRequestText {
  query: string;
  /** `extensions.persistedQuery`, when the request carries one. */
  persistedQuery: unknown;
}

/**
 * The query text of a request Apollo would take as far as parsing (its request checks, in
 * `runHttpQuery` and `preventCsrf`), or null for anything it would refuse first or that has no text.
 */
function graphqlRequestOf(request: GraphQLHttpRequest, csrfPrevention: boolean): GraphQLRequestText | null {
  if (request.method === 'POST') {
    const body: unknown = request.body;
    if (!isRecord(body) || typeof body['query'] !== 'string' || body['query'] === '') return null;
    const { variables, extensions, operationName } = body;
    if (!isAbsentOrRecord(variables) || !isAbsentOrRecord(extensions)) return null;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
      return null;
    return {
      query: body['query'],
      persistedQuery: isRecord(extensions) ? extensions['persistedQuery'] : undefined,
    };
  }
  if (request.method !== 'GET' || request.headers['content-type'] !== undefined) return null;
  if (csrfPrevention && !CSRF_HEADERS.some((header) => request.headers[header])) return null;
  // The search part as Apollo's Express integration reads it (`url.parse`): after `?`, before `#`.
  const search = new URLSearchParams(/\?([^#]*)/.exec(request.url ?? '')?.[1] ?? '');
  const query = search.getAll('query');
  if (query.length !== 1 || query[0] === '' || search.getAll('operationName').length > 1) return null;
  const extensions = jsonRecordParameter(search, 'extensions');
  if (extensions === null || jsonRecordParameter(search, 'variables') === null) return null;
  return { query: query[0]!, persistedQuery: extensions?.['persistedQuery'] };
}

/**
 * With a persisted-query extension, Apollo parses the text only when the extension is version 1 and
 * its hash is the text's. (Computed only for a refusal: the hash of a long text is not free.)
 */
function apolloWouldParse({ query, persistedQuery }: GraphQLRequestText): boolean {
  if (persistedQuery === undefined || persistedQuery === null) return true;
  if (!isRecord(persistedQuery) || persistedQuery['version'] !== 1) return false;
  return persistedQuery['sha256Hash'] === createHash('sha256').update(query).digest('hex');
}

/** A search parameter holding a JSON object: undefined when absent, null when Apollo would refuse it. */
function jsonRecordParameter(
  search: URLSearchParams,
  name: string,
): Record<string, unknown> | undefined | null {
  const values = search.getAll(name);
  if (values.length === 0) return undefined;
  if (values.length > 1) return null;
  try {
    const value: unknown = JSON.parse(values[0]!);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsentOrRecord(value: unknown): boolean {
  return value === undefined || value === null || isRecord(value);
}

/** The refusal as Apollo words it: a parse failure is Apollo's GRAPHQL_PARSE_FAILED. */
function asApolloError(refusal: GraphQLError): GraphQLError {
  if (isKgError(refusal)) return refusal;
  return new GraphQLError(refusal.message, {
    source: refusal.source,
    positions: refusal.positions,
    extensions: { code: 'GRAPHQL_PARSE_FAILED' },
  });
}
