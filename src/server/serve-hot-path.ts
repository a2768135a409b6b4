import { createHash } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import cors from 'cors';
import { createAuthenticator } from '../auth/index.js';
import { InternalServerError } from '../errors.js';
import { createContext } from '../graphql/context.js';
import { inRequestContext } from '../logger.js';
import { createResponseObserver } from '../observability/index.js';
import {
  createApp,
  DEFAULT_BODY_LIMIT,
  DEFAULT_SECURITY,
  graphqlCorsOptions,
  type AppOptions,
} from './create-app.js';
import { keepReadBody, limitInBytes, plainJsonLength, readJsonBody } from './read-json-body.js';
import type { ErrorMediaType } from './error-media-type.js';
import { isHeldRefusal } from './hold-refusals.js';
import { afterRefusalDelay, createOverLimitRefusal } from './refuse-over-limit-queries.js';
import { requestIdFrom } from './request-id.js';
import { withRequestIdInErrors } from './request-id-in-errors.js';
import { writeErrorBody } from './write-error-body.js';

/**
 * The service's request listener: `GET`/`POST /graphql` and `GET /health` (`/live`) on a lean path
 * of `node:http` calls, everything else (and every unusual form of those) on the Express app of
 * `createApp`, unchanged.
 *
 * Why: a trivial operation spent more CPU in Express's router, its request and response helpers,
 * the body parser's content negotiation and the per-request middleware chain than in Apollo (issue
 * 15). The lean path does the same things in the same order, once each: request id, access log and
 * metrics, the body read and parsed once, the over-limit refusal before anything else reads the
 * document, CORS, no-store on GET, Apollo's `executeHTTPGraphQLRequest` with the credential read in
 * the context, the request id in error answers.
 *
 * It takes only what it can answer exactly as Express would. A request it cannot (an OPTIONS
 * preflight, a compressed or chunked body, another charset, a body over the limit, a conditional
 * GET, a batch, a body that is not JSON, an `accept` the refusal cannot resolve by itself) goes to
 * the Express app; when the body has been read by then, the app takes the parsed body (or the
 * body's error) instead of reading the stream again (`jsonBody`).
 */
export function createRequestListener(options: AppOptions): RequestListener {
  const security = options.security ?? DEFAULT_SECURITY;
  const authenticate =
    options.authenticate ?? createAuthenticator({ apiKeys: security.apiKeys, oidc: security.oidc ?? null });
  const app = createApp({ ...options, authenticate });
  const observe = createResponseObserver({ logger: options.logger, metrics: options.metrics });
  const refusalOf = createOverLimitRefusal({
    metrics: options.metrics,
    csrfPrevention: options.csrfPrevention ?? false,
  });
  const allowCors = cors(graphqlCorsOptions(security));
  const limitBytes = limitInBytes(options.bodyLimit ?? DEFAULT_BODY_LIMIT) ?? 0;
  const health = healthAnswer({ status: 'ok', store: options.store.kind });
  const { apollo, store, logger } = options;
  const refusalDelayMs = options.refusalDelayMs ?? 0;

  /** Gives the request its id and its access-log line, as the app's first two middlewares do. */
  function begin(request: IncomingMessage, response: ServerResponse, bodyOf: () => unknown): string {
    const requestId = requestIdFrom(request.headers);
    (response as ServerResponse & { locals?: Record<string, unknown> }).locals = { requestId };
    response.setHeader('x-request-id', requestId);
    observe(request, response, bodyOf);
    return requestId;
  }

  async function serveGraphQL(
    request: IncomingMessage,
    response: ServerResponse,
    requestId: string,
    setBody: (body: unknown) => void,
  ): Promise<void> {
    const method = request.method as 'GET' | 'POST';
    let body: unknown;
    if (method === 'POST') {
      const read = await readJsonBody(request, plainJsonLength(request.headers, limitBytes)!);
      if (read.kind === 'failed' || !isRecord(read.body)) {
        if (read.kind === 'parsed') setBody(read.body);
        keepReadBody(request, read);
        return app(request, response);
      }
      body = read.body;
      setBody(body);
    }

    // Refused from the text before the credential, CORS or Apollo do any work.
    const refusal = refusalOf({ method, url: request.url, headers: request.headers, body });
    if (refusal) {
      const mediaType = refusalMediaType(request.headers['accept']);
      if (mediaType === null) return handOff(request, response, body);
      allowCors(request, response, noop);
      if (method === 'GET') response.setHeader('cache-control', 'no-store');
      return afterRefusalDelay(refusalDelayMs, () =>
        writeErrorBody(response, refusal.error(), { requestId, mediaType }),
      );
    }

    allowCors(request, response, noop);
    if (method === 'GET') response.setHeader('cache-control', 'no-store');
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search: searchOf(request.url!), body };
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () =>
        createContext({
          store,
          requestId,
          authentication: await authenticate(request.headers),
          workTurns: options.workTurns,
          connection: request.socket,
        }),
    });
    for (const [key, value] of answer.headers) response.setHeader(key, value);
    const status = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      const text = status >= 400 ? withRequestIdInErrors(answer.body.string, requestId) : answer.body.string;
      response.statusCode = status;
      response.setHeader('content-length', Buffer.byteLength(text));
      // A document Apollo refused after parsing it is held back as one refused from its text is.
      if (isHeldRefusal(status)) return afterRefusalDelay(refusalDelayMs, () => response.end(text));
      return void response.end(text);
    }
    response.statusCode = status;
    for await (const chunk of answer.body.asyncIterator) response.write(chunk);
    response.end();
  }

  /** To the Express app, with the body already read (it cannot be read twice). */
  function handOff(request: IncomingMessage, response: ServerResponse, body: unknown): void {
    if (request.method === 'POST') keepReadBody(request, { kind: 'parsed', body });
    app(request, response);
  }

  return (request, response) => {
    const url = request.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const method = request.method;
    const conditional =
      request.headers['if-none-match'] !== undefined || request.headers['if-modified-since'] !== undefined;

    if ((path === '/health' || path === '/live') && method === 'GET' && !conditional) {
      begin(request, response, noBody);
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.setHeader('content-length', health.body.length);
      response.setHeader('etag', health.etag);
      response.end(health.body);
      return;
    }

    const lean =
      path === '/graphql' &&
      !conditional &&
      (method === 'POST'
        ? plainJsonLength(request.headers, limitBytes) !== null
        : method === 'GET' &&
          request.headers['content-length'] === undefined &&
          request.headers['transfer-encoding'] === undefined);
    if (!lean) return app(request, response);

    let body: unknown;
    const requestId = begin(request, response, () => body);
    inRequestContext(logger, requestId, () => {
      serveGraphQL(request, response, requestId, (parsed) => (body = parsed)).catch((error: unknown) => {
        // What Express's error handler answers an unexpected failure.
        logger.error({ err: error, requestId }, 'unhandled HTTP error');
        if (response.headersSent) return void response.destroy();
        writeErrorBody(response, new InternalServerError(), { requestId });
      });
    });
  };
}

function noop(): void {}

function noBody(): undefined {
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The search part as Apollo's Express integration reads it (`url.parse`): from `?`, before `#`. */
function searchOf(url: string): string {
  return /\?[^#]*/.exec(url)?.[0] ?? '';
}

/**
 * The media type of a refusal for the common `accept` headers, as the app's
 * `request.accepts(RESULT_TYPES)` picks it; null for any other header, which the Express app
 * negotiates in full (and may leave to Apollo).
 */
function refusalMediaType(accept: string | undefined): ErrorMediaType | null {
  if (accept === undefined || accept === '*/*' || accept === 'application/json') return 'application/json';
  if (
    accept === 'application/graphql-response+json' ||
    accept === 'application/graphql-response+json, application/json;q=0.9' ||
    accept === 'application/graphql-response+json,application/json;q=0.9'
  )
    return 'application/graphql-response+json';
  return null;
}

/** `/health`'s answer: always the same body, so its bytes and Express's weak ETag are made once. */
function healthAnswer(value: unknown): { body: Buffer; etag: string } {
  const body = Buffer.from(JSON.stringify(value));
  const hash = createHash('sha1').update(body).digest('base64').slice(0, 27);
  return { body, etag: `W/"${body.length.toString(16)}-${hash}"` };
}
