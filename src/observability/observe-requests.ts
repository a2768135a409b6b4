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
  const { logger, metrics } = options;
  const quietPaths = new Set(options.quietPaths ?? PROBE_PATHS);
  return (request: Request, response: Response, next: NextFunction) => {
    const started = performance.now();
    response.once('close', () => {
      const durationMs = performance.now() - started;
      const aborted = !response.writableFinished;
      const status = aborted ? 499 : response.statusCode;
      const path = request.originalUrl.split('?')[0] ?? '/';
      const route = routeOf(path);
      metrics?.httpRequests.inc({ method: request.method, route, status });
      metrics?.httpDuration.observe({ method: request.method, route, status }, durationMs / 1000);
      const line = {
        requestId: response.locals['requestId'] as string | undefined,
        method: request.method,
        path,
        status,
        durationMs: Math.round(durationMs * 10) / 10,
        ...(route === '/graphql' ? { operationName: operationNameOf(request) } : {}),
        ...(aborted ? { aborted: true } : {}),
      };
      if (status >= 500) logger.error(line, 'request failed');
      else if (status < 400 && quietPaths.has(path)) logger.debug(line, 'request completed');
      else logger.info(line, 'request completed');
    });
    next();
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
function operationNameOf(request: Request): string | undefined {
  const body: unknown = request.body;
  const fromBody =
    body && typeof body === 'object' ? (body as Record<string, unknown>)['operationName'] : undefined;
  const name = fromBody ?? (request.query as Record<string, unknown> | undefined)?.['operationName'];
  if (typeof name === 'string' && name) return name.slice(0, 100);
  // No explicit name: the document's own, when it starts with a named operation.
  const query =
    (body && typeof body === 'object' ? (body as Record<string, unknown>)['query'] : undefined) ??
    (request.query as Record<string, unknown> | undefined)?.['query'];
  if (typeof query !== 'string') return undefined;
  return /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/.exec(query)?.[1];
}
