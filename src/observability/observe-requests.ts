import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';
import type { ServiceMetrics } from './service-metrics.js';

export interface ObserveRequestsOptions {
  logger: Logger;
  /** Where to count requests and their durations; without it only the access log is written. */
  metrics?: ServiceMetrics;
  /**
   * Paths whose successful answers are logged at `debug` rather than `info`: probes and scrapes
   * that would otherwise fill the log. Failures are always logged. @default PROBE_PATHS
   */
  quietPaths?: readonly string[];
}

/** Health probes and the metrics scrape. */
export const PROBE_PATHS: readonly string[] = ['/health', '/live', '/ready', '/metrics'];

/** The route label of a path: a fixed set, so clients cannot grow the metric with made-up URLs. */
const ROUTES = ['/graphql', '/health', '/live', '/ready', '/metrics', '/explorer', '/export'];

/**
 * Express middleware (mount it first, after the request id is set) that writes one access-log line
 * per request when its response ends or its client goes away, and counts it in `http_requests_total`
 * and `http_request_duration_seconds`. The line carries the method, the path without its query string
 * (a GET query can hold a whole document), the status, the duration in ms, the request id and, for
 * `/graphql`, the operation name the client sent. A request whose client left before the answer is
 * logged with `aborted: true` and counted with status 499.
 */
export function observeRequests(options: ObserveRequestsOptions): RequestHandler {
  const observe = createResponseObserver(options);
  return (request: Request, response: Response, next: NextFunction) => {
    // A request the lean GraphQL path began (src/server/serve-hot-path.ts) is already observed.
    if (!isObserved(response)) observe(request, response, () => request.body as unknown);
    next();
  };
}

/**
 * What `observeRequests` does for one request, for a plain `node:http` request too: call it when
 * the request arrives; `bodyOf` gives the parsed body (read only when the response ends, for the
 * operation name of a `/graphql` line).
 */
export type ResponseObserver = (
  request: IncomingMessage,
  response: ServerResponse,
  bodyOf: () => unknown,
) => void;

const OBSERVED = Symbol('observed by the access log');

function isObserved(response: ServerResponse): boolean {
  return (response as ServerResponse & { [OBSERVED]?: true })[OBSERVED] === true;
}

export function createResponseObserver(options: ObserveRequestsOptions): ResponseObserver {
  const { logger, metrics } = options;
  const quietPaths = new Set(options.quietPaths ?? PROBE_PATHS);
  return (request, response, bodyOf) => {
    (response as ServerResponse & { [OBSERVED]?: true })[OBSERVED] = true;
    const started = performance.now();
    // Express rewrites `url` inside mounted routers; `originalUrl` is the one the client sent.
    const url = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '/';
    response.once('close', () => {
      const durationMs = performance.now() - started;
      const aborted = !response.writableFinished;
      const status = aborted ? 499 : response.statusCode;
      const path = url.split('?')[0] ?? '/';
      const route = routeOf(path);
      const method = request.method ?? 'GET';
      metrics?.httpRequests.inc({ method, route, status });
      metrics?.httpDuration.observe({ method, route, status }, durationMs / 1000);
      const level =
        status === 503
          ? 'warn'
          : status >= 500
            ? 'error'
            : status < 400 && quietPaths.has(path)
              ? 'debug'
              : 'info';
      // Building the line costs; with the level off (LOG_LEVEL=silent or warn) nothing is built.
      if (!logger.isLevelEnabled(level)) return;
      const line = {
        requestId: (response.getHeader('x-request-id') as string | undefined) ?? undefined,
        method,
        path,
        status,
        durationMs: Math.round(durationMs * 10) / 10,
        ...(route === '/graphql' ? { operationName: operationNameOf(bodyOf(), url) } : {}),
        ...(aborted ? { aborted: true } : {}),
      };
      if (level === 'error') logger.error(line, 'request failed');
      // A 503 is a refusal the service chose (BUSY: the turns are full; the store is unreachable), not
      // a failure of its own: at error level, anyone looping on a heavy download wrote hundreds of
      // error lines a second (the audit of 4 December 2026).
      else if (level === 'warn') logger.warn(line, 'request refused: unavailable');
      else if (level === 'debug') logger.debug(line, 'request completed');
      else logger.info(line, 'request completed');
    });
  };
}

function routeOf(path: string): string {
  if (path === '/') return '/';
  const route = ROUTES.find((candidate) => path === candidate || path.startsWith(`${candidate}/`));
  if (route !== '/export') return route ?? 'unmatched';
  // The three export endpoints, each its own route; anything else under /export is unmatched.
  const endpoint = path.slice('/export'.length);
  return ['/neighborhood', '/path', '/graph'].includes(endpoint) ? path : 'unmatched';
}

/** The operation name the client sent (JSON body or GET query string), cut to 100 characters. */
function operationNameOf(body: unknown, url: string): string | undefined {
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
  // The query string as Express's default ("simple") parser reads it: node's querystring.
  let search: Record<string, unknown> | undefined;
  const searchOf = () => (search ??= parseQueryString(/\?([^#]*)/.exec(url)?.[1] ?? ''));
  const name = record?.['operationName'] ?? searchOf()['operationName'];
  if (typeof name === 'string' && name) return name.slice(0, 100);
  // No explicit name: the document's own, when it starts with a named operation.
  const query = record?.['query'] ?? searchOf()['query'];
  if (typeof query !== 'string') return undefined;
  return /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/.exec(query)?.[1];
}
