import { BAD_REQUEST_STATUSES, BadRequestError, type BadRequestStatus } from '../errors.js';

/** What body-parser's error types mean to a client. */
const MESSAGES_BY_TYPE: Record<string, string> = {
  'entity.too.large': 'The request body is larger than the {limit} limit.',
  'entity.parse.failed': 'The request body is not valid JSON.',
  'charset.unsupported': 'The request body uses an unsupported charset; send UTF-8 JSON.',
  'encoding.unsupported':
    'The request body uses an unsupported content encoding; send it uncompressed or gzip.',
  'request.aborted': 'The request was aborted before its body arrived.',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length.',
};

/** A body reader's error: its 4xx status, its type (body-parser's `error.type`) and the text it read. */
export interface BodyReadError {
  status?: number;
  type?: string;
  body?: unknown;
}

const NOT_AN_OBJECT =
  'The request body is JSON but not an object: send {"query": "…", "variables": {…}} (GraphQL over HTTP).';

/**
 * Whether a body refused as unparsable is JSON after all, just not an object or array (which strict
 * parsing, body-parser's and ours, refuses): most often the query text sent as `JSON.stringify(query)`.
 */
function isJsonScalar(error: BodyReadError): boolean {
  if (error.type !== 'entity.parse.failed' || typeof error.body !== 'string') return false;
  try {
    JSON.parse(error.body);
    return true;
  } catch {
    return false;
  }
}

/** Whether the body reader refused the body (a 4xx), rather than failing itself. */
export function isBodyRefusal(error: BodyReadError): boolean {
  return error.status !== undefined && error.status >= 400 && error.status < 500;
}

/**
 * The BAD_REQUEST a refused body is answered with: a message naming what was wrong and HTTP's exact
 * status for it (413 too large, 415 a charset or encoding the service does not read, otherwise 400).
 */
export function bodyRefusal(error: BodyReadError, limit: string): BadRequestError {
  const message = isJsonScalar(error)
    ? NOT_AN_OBJECT
    : (MESSAGES_BY_TYPE[error.type ?? ''] ?? 'The request body could not be read.').replace('{limit}', limit);
  const exact: readonly number[] = [
    BAD_REQUEST_STATUSES.payloadTooLarge,
    BAD_REQUEST_STATUSES.unsupportedMediaType,
  ];
  const status = (
    error.status !== undefined && exact.includes(error.status)
      ? error.status
      : BAD_REQUEST_STATUSES.badRequest
  ) as BadRequestStatus;
  return new BadRequestError(message, status);
}
