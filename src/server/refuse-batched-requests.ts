import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { BadRequestError } from '../errors.js';
import { afterRefusalDelay } from './refuse-over-limit-queries.js';
import { writeErrorBody } from './write-error-body.js';

/** What a client sending a batch reads, once per operation it batched. */
export const BATCHING_NOT_SUPPORTED_MESSAGE =
  'Batched requests (a JSON array of operations in one POST) are not supported: send each operation ' +
  'in its own request. With Apollo Client, use HttpLink instead of BatchHttpLink.';

/**
 * The longest batch answered with one result per operation. Apollo Client's BatchHttpLink sends at
 * most 10 by default. Past this, or for an array that is not of operations (objects), the answer is a
 * single error: one copy per item let a gzipped array of 50,000 zeros (149 bytes) draw 14.5 MB.
 */
export const BATCH_ANSWERED_PER_OPERATION = 25;

export interface RefuseBatchedRequestsOptions {
  /** How long the refusal is held back before it is written (AppOptions.refusalDelayMs). @default 0 */
  delayMs?: number;
}

/**
 * Refuses a batch (a JSON array body) before Apollo sees it. Every limit (the request deadline, the
 * cost and size guards, the access log) is set for one operation per request; a batch would run
 * several under one deadline and one log line. Apollo's own refusal ("Operation batching disabled.")
 * is a single error object, which batching clients cannot match to their operations (Apollo Client
 * reports "server returned results with length undefined"). This answers what a batching client
 * expects instead, one result per operation, each with the error saying what to do: HTTP 400 and
 * `extensions.code` BAD_REQUEST, like every refusal of the request itself. The answer's size does not
 * grow with what was sent (BATCH_ANSWERED_PER_OPERATION).
 */
export function refuseBatchedRequests(options: RefuseBatchedRequestsOptions = {}): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const body: unknown = request.body;
    if (!Array.isArray(body)) return next();
    const ofOperations =
      body.length <= BATCH_ANSWERED_PER_OPERATION &&
      body.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
    // Apollo Client reads the errors of a 400 only in the GraphQL-over-HTTP media type, which the
    // writer uses whenever the client prefers it.
    afterRefusalDelay(options.delayMs ?? 0, () =>
      writeErrorBody(
        response,
        new BadRequestError(BATCHING_NOT_SUPPORTED_MESSAGE),
        ofOperations ? { batchOf: body.length } : {},
      ),
    );
  };
}
