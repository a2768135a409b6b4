import http from 'node:http';
import type { Duplex } from 'node:stream';
import { BAD_REQUEST_STATUSES, BadRequestError } from '../errors.js';
import { requestIdFrom } from './request-id.js';

/**
 * What Node answers a request its HTTP parser refuses before any listener sees it (a `clientError`),
 * made an error of the service's shape where a client can act on it.
 *
 * Why: a GET carries its query in the URL, and Node refuses a request line and headers over
 * `http.maxHeaderSize` (16 KiB) with a bare 431. A query well within the service's limits (20,000 bytes
 * of text) can be twice that long once URL-encoded, and Apollo Client with `useGETForQueries` then
 * reported only "Received status code 431". Every other parser error gets Node's own answer.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // As Node does: no answer once a response on this connection has begun (it would corrupt it).
  const inFlight = (socket as Duplex & { _httpMessage?: http.ServerResponse })._httpMessage;
  if (!socket.writable || inFlight?.headersSent) return void socket.destroy();
  if (error.code === 'HPE_HEADER_OVERFLOW') return void socket.end(headerOverflowAnswer());
  socket.end(NODE_ANSWERS[error.code ?? ''] ?? NODE_ANSWERS['default']);
}

/** Node's own answers (lib/_http_server.js), for the parser errors the service leaves as they are. */
const NODE_ANSWERS: Record<string, string> = {
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n',
  ERR_HTTP_REQUEST_TIMEOUT: 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n',
  default: 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n',
};

/** The 431 as a BAD_REQUEST in JSON; the headers were not read, so the request id is a new one. */
function headerOverflowAnswer(): string {
  const requestId = requestIdFrom({});
  const error = new BadRequestError(
    // Most often a long query sent by GET; it can also be one long header (a key, a cookie).
    `The request line and headers are longer than ${http.maxHeaderSize} bytes: send a long query by POST ` +
      '(with Apollo Client, turn off useGETForQueries), and keep each header short.',
    BAD_REQUEST_STATUSES.requestHeaderFieldsTooLarge,
  );
  const body = JSON.stringify({
    errors: [{ message: error.message, extensions: { ...error.extensions, requestId } }],
  });
  return [
    `HTTP/1.1 ${error.httpStatus} ${http.STATUS_CODES[error.httpStatus]}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    `x-request-id: ${requestId}`,
    'connection: close',
    '',
    body,
  ].join('\r\n');
}
