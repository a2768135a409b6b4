import type { BaseContext } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { HTTP_STATUS_BY_CODE, isErrorCode, isKgError } from '../errors.js';
import type { RequestHooks, RequestPlugin } from './request-plugins.js';

/**
 * Gives a response whose errors stopped the operation before it ran (a request error: a refused
 * credential, a query over its cost) the HTTP status of its code from `HTTP_STATUS_BY_CODE`, the
 * table `/export` and the HTTP layer answer by too. Errors raised while the operation runs carry a
 * `path`; they sit beside `data` and leave the status at 200, as GraphQL over HTTP says.
 *
 * Apollo sets 400 on its own parse and validation errors, which the table agrees with.
 */
export function requestErrorStatusPlugin<TContext extends BaseContext>(): RequestPlugin<TContext> {
  // Nothing of its own per request: the same hooks serve every one.
  const hooks: RequestHooks<TContext> = {
    didEncounterErrors({ errors, response }) {
      const requestErrors = errors.filter((error) => !error.path);
      if (requestErrors.length === 0 || requestErrors.length !== errors.length) return;
      const status = statusOf(requestErrors[0]!);
      if (status !== undefined) response.http.status = status;
    },
  };
  return { requestDidStart: () => hooks };
}

/** Ours (also behind a validation error that wraps it) by its own status; Apollo's by the table. */
function statusOf(error: GraphQLError): number | undefined {
  const ours = isKgError(error) ? error : isKgError(error.originalError) ? error.originalError : null;
  if (ours) return ours.httpStatus;
  const code = error.extensions['code'];
  return isErrorCode(code) ? HTTP_STATUS_BY_CODE[code] : undefined;
}
