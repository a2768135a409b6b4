import type { ServerResponse } from 'node:http';
import type { GraphQLFormattedError } from 'graphql';
import { httpStatusFor, isKgError, type KgError } from '../errors.js';
import { errorMediaType, type ErrorMediaType } from './error-media-type.js';

export interface ErrorBodyOptions {
  /** The request id for `extensions.requestId`. @default the response's `x-request-id` header */
  requestId?: string;
  /** @default negotiated from the request's `Accept` (see `errorMediaType`) */
  mediaType?: ErrorMediaType;
  /**
   * Answer a batch (a JSON array of operations): the body is an array of this many results, each with
   * the error, which is what a batching client matches to its operations. @default a single result
   */
  batchOf?: number;
  /** Extra response headers (`Allow` beside a 405). */
  headers?: Readonly<Record<string, string>>;
}

/**
 * Writes an error as the whole response, for every error the service answers outside Apollo's own
 * pipeline (`/export`, the body parser, the guards in front of Apollo, credential refusals, unknown
 * routes): `{ errors: [{ message, extensions: { code, requestId, … } }] }`, with the status from
 * `HTTP_STATUS_BY_CODE` (a BAD_REQUEST may name a more exact 405, 413, 415 or 431), in the media type the
 * client accepts. Works on a plain `node:http` response as on Express's.
 *
 * `error` is one of ours, or an error Apollo's `formatError` has already formatted (the query guards
 * answer what Apollo would have). Mask anything else first (`new InternalServerError()`) and log it.
 */
export function writeErrorBody(
  response: ServerResponse,
  error: KgError | GraphQLFormattedError,
  options: ErrorBodyOptions = {},
): void {
  const formatted: GraphQLFormattedError = isKgError(error)
    ? { message: error.message, extensions: { ...error.extensions } }
    : error;
  const status = isKgError(error) ? error.httpStatus : httpStatusFor(error.extensions?.['code']);
  const requestId = options.requestId ?? requestIdOf(response);
  const result = {
    errors: [
      {
        ...formatted,
        extensions: { ...formatted.extensions, ...(requestId === undefined ? {} : { requestId }) },
      },
    ],
  };
  const body = JSON.stringify(
    options.batchOf === undefined
      ? result
      : Array.from({ length: Math.max(options.batchOf, 1) }, () => result),
  );
  const mediaType = options.mediaType ?? errorMediaType(response.req?.headers.accept);
  response.statusCode = status;
  for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
  response.setHeader('content-type', `${mediaType}; charset=utf-8`);
  response.setHeader('content-length', Buffer.byteLength(body));
  response.end(body);
}

function requestIdOf(response: ServerResponse): string | undefined {
  const header = response.getHeader('x-request-id');
  return typeof header === 'string' ? header : undefined;
}
