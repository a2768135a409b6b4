import { GraphQLError } from 'graphql';

/**
 * The closed set of errors the service reports on purpose. Each has a stable `extensions.code` that
 * clients can switch on; everything else is masked as INTERNAL_SERVER_ERROR by `formatError`.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'LIMIT_EXCEEDED',
  'TIMEOUT',
  'STORE_UNAVAILABLE',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
] as const;

export type KgErrorCode = (typeof ERROR_CODES)[number];

/** Base class of every deliberate error; its message is safe to show to a client. */
export class KgError extends GraphQLError {
  constructor(message: string, code: KgErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }

  get code(): KgErrorCode {
    return this.extensions['code'] as KgErrorCode;
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

/** No credential, or one that matches no key. */
export class UnauthenticatedError extends KgError {
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED', { http: { status: 401 } });
  }
}

/** A valid credential without the role the operation needs. */
export class ForbiddenError extends KgError {
  constructor(message: string) {
    super(message, 'FORBIDDEN', { http: { status: 403 } });
  }
}

export function isKgError(error: unknown): error is KgError {
  return error instanceof KgError;
}
