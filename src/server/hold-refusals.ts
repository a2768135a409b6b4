import type { NextFunction, Request, Response } from 'express';
import { afterRefusalDelay } from './refuse-over-limit-queries.js';

/**
 * Whether a GraphQL answer is a refusal to hold back: an error status, which Apollo gives a request it
 * did not run (a document that does not parse or validate, one over the cost limit, variables that do
 * not fit, a refused credential). An answer of a request that ran is 200, even with errors.
 */
export function isHeldRefusal(status: number): boolean {
  return status >= 400;
}

/**
 * Express middleware, mounted before Apollo's: holds back an answer Apollo refuses with an error status
 * by `delayMs`, as the refusals made from the query text are (refuse-over-limit-queries.ts).
 *
 * Why: those refusals come after a full parse and validation, and a cost refusal after the cost
 * estimate too, a few milliseconds of CPU for a large document. Answered at once, eight connections
 * sending unique over-cost documents took well-formed clients to a hundredth of their throughput (the
 * audit of 4 December 2026). Held, each connection gets at most 1,000 / delayMs of them a second.
 */
export function holdRefusals(delayMs: number) {
  return (_request: Request, response: Response, next: NextFunction): void => {
    if (delayMs > 0) {
      const send = response.send.bind(response);
      response.send = (body?: unknown) => {
        if (!isHeldRefusal(response.statusCode)) return send(body);
        afterRefusalDelay(delayMs, () => send(body));
        return response;
      };
    }
    next();
  };
}
