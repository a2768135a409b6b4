import type { NextFunction, Request, Response } from 'express';

/**
 * Adds the request id to the errors of refusals Apollo answers itself (a GET without a query or with a
 * mutation, a CSRF-blocked GET under CSRF_PREVENTION, a bad method), which never reach the GraphQL plugins that tag operation errors. Only responses with
 * an error status are touched, so successful responses pay nothing.
 */
export function requestIdInErrors(_request: Request, response: Response, next: NextFunction): void {
  const send = response.send.bind(response);
  response.send = (body?: unknown) => {
    if (response.statusCode >= 400 && typeof body === 'string' && body.startsWith('{')) {
      try {
        const parsed = JSON.parse(body) as { errors?: { extensions?: Record<string, unknown> }[] };
        if (Array.isArray(parsed.errors)) {
          for (const error of parsed.errors) {
            error.extensions = { ...error.extensions, requestId: response.locals['requestId'] };
          }
          return send(JSON.stringify(parsed));
        }
      } catch {
        // Not JSON after all: send it unchanged.
      }
    }
    return send(body);
  };
  next();
}
