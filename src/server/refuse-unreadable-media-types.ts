import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { BAD_REQUEST_STATUSES, BadRequestError } from '../errors.js';
import { afterRefusalDelay } from './refuse-over-limit-queries.js';
import { writeErrorBody } from './write-error-body.js';

/** The one media type a GraphQL POST is read in (GraphQL over HTTP: `application/json`). */
const JSON_MEDIA_TYPE = 'application/json';

/** The media type of a Content-Type header, without its parameters, in lower case; '' when absent. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

/** What a client whose POST is not JSON reads: the header it sent, and what to send instead. */
export function unreadableMediaTypeMessage(contentType: string | undefined): string {
  const sent = mediaTypeOf(contentType);
  const named = sent === '' ? 'no Content-Type' : `Content-Type "${sent.slice(0, 80)}"`;
  return (
    `A GraphQL POST is read as JSON, and this one has ${named}: send ` +
    `{"query": "…", "variables": {…}} with Content-Type: application/json.`
  );
}

export interface RefuseUnreadableMediaTypesOptions {
  /** How long the refusal is held back before it is written (AppOptions.refusalDelayMs). @default 0 */
  delayMs?: number;
}

/**
 * Answers a POST whose body is not `application/json` with HTTP's 415 Unsupported Media Type and a
 * BAD_REQUEST naming the header to send. Why: Apollo answers it 400 "POST body missing, invalid
 * Content-Type, or JSON object has no keys.", which leaves a client (`curl -d` sends a form) guessing
 * which of the three it did; 415 is HTTP's word for exactly this. No operation is read from such a
 * body, so the cross-site forms Apollo's CSRF prevention stops (text/plain, form encodings) stay
 * stopped. A charset or encoding JSON cannot be read in is the body parser's 415, as before.
 */
export function refuseUnreadableMediaTypes(options: RefuseUnreadableMediaTypesOptions = {}): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const contentType = request.headers['content-type'];
    if (request.method !== 'POST' || mediaTypeOf(contentType) === JSON_MEDIA_TYPE) return next();
    afterRefusalDelay(options.delayMs ?? 0, () =>
      writeErrorBody(
        response,
        new BadRequestError(
          unreadableMediaTypeMessage(contentType),
          BAD_REQUEST_STATUSES.unsupportedMediaType,
        ),
      ),
    );
  };
}
