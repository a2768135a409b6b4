import type { NextFunction, Request, Response } from 'express';
import { BadRequestError } from '../errors.js';
import { writeErrorBody } from './write-error-body.js';

/** What a client sending a batch reads, once per operation it batched. */
export const BATCHING_NOT_SUPPORTED_MESSAGE =
  'Batched requests (a JSON array of operations in one POST) are not supported: send each operation ' +
  'in its own request. With Apollo Client, use HttpLink instead of BatchHttpLink.';

/**
 * Refuses a batch (a JSON array body) before Apollo sees it. Every limit (the request deadline, the
 * cost and size guards, the access log) is set for one operation per request; a batch would run
 * several under one deadline and one log line. Apollo's own refusal ("Operation batching disabled.")
 * is a single error object, which batching clients cannot match to their operations (Apollo Client
 * reports "server returned results with length undefined"). This answers what a batching client
 * expects instead, one result per operation, each with the error saying what to do: HTTP 400 and
 * `extensions.code` BAD_REQUEST, like every refusal of the request itself.
 */
export function refuseBatchedRequests(request: Request, response: Response, next: NextFunction): void {
  if (!Array.isArray(request.body)) return next();
  // Apollo Client reads the errors of a 400 only in the GraphQL-over-HTTP media type, which the
  // writer uses whenever the client prefers it.
  writeErrorBody(response, new BadRequestError(BATCHING_NOT_SUPPORTED_MESSAGE), {
    batchOf: request.body.length,
  });
}
