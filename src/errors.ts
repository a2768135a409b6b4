import { GraphQLError } from 'graphql';

/**
 * The closed set of errors the service reports on purpose. Each has a stable `extensions.code` that
 * clients can switch on, a named class below, and one HTTP status in `HTTP_STATUS_BY_CODE`; anything
 * else is masked as INTERNAL_SERVER_ERROR by `formatError`.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'LIMIT_EXCEEDED',
  'TIMEOUT',
  'STORE_UNAVAILABLE',
  'BUSY',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_REQUEST',
  'INTERNAL_SERVER_ERROR',
] as const;

export type KgErrorCode = (typeof ERROR_CODES)[number];

/**
 * Codes Apollo Server gives the request errors it raises itself (the document cannot be parsed or
 * validated, the operation cannot be picked, a persisted query is unknown). They pass to the client
 * as Apollo words them; they are listed here so the table below covers every code a client can see.
 */
export const GRAPHQL_REQUEST_ERROR_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
] as const;

export type GraphQLRequestErrorCode = (typeof GRAPHQL_REQUEST_ERROR_CODES)[number];

/** Every `extensions.code` the service sends. */
export type ErrorCode = KgErrorCode | GraphQLRequestErrorCode;

/**
 * The HTTP status of a response whose only content is an error of this code: a refusal before a
 * GraphQL operation runs (GraphQL over HTTP answers a request error 4xx/5xx, as Apollo does under both
 * media types), and every error of `/export` and of the HTTP layer. An error raised while an operation
 * runs is a field error beside `data`, and the response is 200 whatever its code (GraphQL over HTTP:
 * a response with a `data` entry is 2xx).
 */
export const HTTP_STATUS_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LIMIT_EXCEEDED: 400,
  TIMEOUT: 504,
  STORE_UNAVAILABLE: 503,
  BUSY: 503,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_REQUEST: 400,
  INTERNAL_SERVER_ERROR: 500,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  // Apollo answers these 200 on purpose: an APQ client then sends the full text, unhindered by
  // error handling that would hide the body of a 4xx.
  PERSISTED_QUERY_NOT_FOUND: 200,
  PERSISTED_QUERY_NOT_SUPPORTED: 200,
};

/**
 * The more exact statuses HTTP has for a refused request, which a BAD_REQUEST may carry instead of 400
 * (as Apollo's own BAD_REQUEST does for a wrong method or media type).
 */
export const BAD_REQUEST_STATUSES = {
  /** The request itself is malformed. */
  badRequest: 400,
  /** A method the route does not serve (the response says which in `Allow`). */
  methodNotAllowed: 405,
  /** The body is over the size limit. */
  payloadTooLarge: 413,
  /** The body's media type, charset or encoding is not one the service reads. */
  unsupportedMediaType: 415,
  /** The request line and headers are over Node's limit (a GET with a very long query). */
  requestHeaderFieldsTooLarge: 431,
} as const;

export type BadRequestStatus = (typeof BAD_REQUEST_STATUSES)[keyof typeof BAD_REQUEST_STATUSES];

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(HTTP_STATUS_BY_CODE, code);
}

/** The status of `code` from the table; a code outside it is an internal error, 500. */
export function httpStatusFor(code: unknown): number {
  return isErrorCode(code) ? HTTP_STATUS_BY_CODE[code] : HTTP_STATUS_BY_CODE.INTERNAL_SERVER_ERROR;
}

/** Base class of every deliberate error; its message is safe to show to a client. */
export class KgError extends GraphQLError {
  constructor(message: string, code: KgErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }

  get code(): KgErrorCode {
    return this.extensions['code'] as KgErrorCode;
  }

  /** The HTTP status when this error is the whole answer (see HTTP_STATUS_BY_CODE). */
  get httpStatus(): number {
    return HTTP_STATUS_BY_CODE[this.code];
  }
}

/** An argument that can never be valid: a malformed cursor or id, an empty query. */
export class BadInputError extends KgError {
  constructor(message: string, argument?: string) {
    super(message, 'BAD_USER_INPUT', argument ? { argument } : {});
  }
}

/** An id that names nothing, where the operation cannot answer null. */
export class NotFoundError extends KgError {
  constructor(what: string, id: string) {
    super(`No ${what} has the id "${id}". Use \`search\` to find ids by name.`, 'NOT_FOUND', { id });
  }
}

/** Nothing where the request looked, other than an unknown id: no path between two entities, no such URL. */
export class NothingFoundError extends KgError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, 'NOT_FOUND', extensions);
  }
}

/**
 * A write the graph as it stands refuses, though the same write could succeed once other records
 * change: the message names them and says what to change first.
 */
export class ConflictError extends KgError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, 'CONFLICT', extensions);
  }
}

/** A request for more than a limit allows (page size, depth, node count). */
export class LimitExceededError extends KgError {
  constructor(message: string, limit: { name: string; max: number; requested?: number }) {
    super(message, 'LIMIT_EXCEEDED', { limit });
  }
}

/** A store call that ran past its time limit. */
export class TimeoutError extends KgError {
  constructor(milliseconds: number) {
    super(
      `The query ran longer than the ${milliseconds} ms limit. Ask for less: a smaller depth, limit or page.`,
      'TIMEOUT',
      { timeoutMs: milliseconds },
    );
  }
}

/** The store cannot be reached; `retriable` tells a client whether trying again may help. */
export class StoreUnavailableError extends KgError {
  constructor(detail: string, retriable = true) {
    super(`The graph store is unavailable (${detail}). Try again shortly.`, 'STORE_UNAVAILABLE', {
      retriable,
    });
  }
}

/**
 * The service has more heavy work waiting than it takes on (exports queue for their turn, see
 * src/export/export-turns.ts); `retryAfterSeconds` says when to try again, as `Retry-After` does on a
 * download's 503.
 */
export class BusyError extends KgError {
  constructor(what: string, retryAfterSeconds: number) {
    super(`The service is busy with other ${what}. Try again in ${retryAfterSeconds} s.`, 'BUSY', {
      retryAfterSeconds,
    });
  }

  get retryAfterSeconds(): number {
    return this.extensions['retryAfterSeconds'] as number;
  }
}

/** No credential, or one that matches no key. */
export class UnauthenticatedError extends KgError {
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED');
  }
}

/** A valid credential without the role the operation needs. */
export class ForbiddenError extends KgError {
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}

/**
 * An HTTP request the service cannot take as a GraphQL or download request at all: a body that is
 * not JSON or is too large, a batch, a method the route does not serve.
 */
export class BadRequestError extends KgError {
  readonly #status: BadRequestStatus;

  constructor(message: string, status: BadRequestStatus = BAD_REQUEST_STATUSES.badRequest) {
    super(message, 'BAD_REQUEST');
    this.#status = status;
  }

  override get httpStatus(): number {
    return this.#status;
  }
}

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/** What the client sees of an unexpected failure; the failure itself goes to the log. */
export class InternalServerError extends KgError {
  constructor() {
    super(INTERNAL_ERROR_MESSAGE, 'INTERNAL_SERVER_ERROR');
  }
}

export function isKgError(error: unknown): error is KgError {
  return error instanceof KgError;
}
