import type { NextFunction, Request, Response } from 'express';

/**
 * Adds the request id to the errors of refusals Apollo answers itself (a GET without a query or with a
 * mutation, a CSRF-blocked GET under CSRF_PREVENTION, a bad method), which never reach the GraphQL plugins that tag operation errors. Only responses with
 * an error status are touched, so successful responses pay nothing.
 */
export function requestIdInErrors(_request: Request, response: Response, next: NextFunction): void {
  const send = response.send.bind(response);
  response.send = (body?: unknown) => {
    if (response.statusCode >= 400 && typeof body === 'string')
      return send(withRequestIdInErrors(body, response.locals['requestId'] as string));
    return send(body);
  };
  next();
}

/** An error answer's body with `requestId` in every error's extensions; anything else unchanged. */
export function withRequestIdInErrors(body: string, requestId: string): string {
  if (!body.startsWith('{')) return body;
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: Record<string, unknown> }[] };
    if (!Array.isArray(parsed.errors)) return body;
    for (const error of parsed.errors) error.extensions = { ...error.extensions, requestId };
    return JSON.stringify(parsed);
  } catch {
    // Not JSON after all: send it unchanged.
    return body;
  }
}
