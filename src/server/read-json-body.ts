import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';

/**
 * The JSON bodies the lean path reads itself: `application/json` in UTF-8 (the charset named or
 * implied), uncompressed, with a Content-Length within the limit. Anything else (gzip, another
 * charset, a chunked body, one too large) is left to Express's body parser, which answers it as
 * it always has.
 */
const PLAIN_JSON = /^application\/json[ \t]*(?:;[ \t]*charset[ \t]*=[ \t]*(?:utf-8|"utf-8")[ \t]*)?$/i;

/** Content-Length when the body is one the lean path reads (see PLAIN_JSON), else null. */
export function plainJsonLength(headers: IncomingHttpHeaders, limitBytes: number): number | null {
  const type = headers['content-type'];
  if (type === undefined || !PLAIN_JSON.test(type)) return null;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return null;
  if (headers['transfer-encoding'] !== undefined) return null;
  const length = Number(headers['content-length']);
  // An empty body is body-parser's `{}`; Express answers it.
  return Number.isSafeInteger(length) && length > 0 && length <= limitBytes ? length : null;
}

/** body-parser's error, as the Express error handler reads it (`status`, `type`, and the text as `body`). */
type BodyError = Error & { status: number; type: string; body?: string };

function bodyError(status: number, type: string, message: string, body?: string): BodyError {
  return Object.assign(new Error(message), { status, type, ...(body === undefined ? {} : { body }) });
}

/** What reading a body gave: the parsed JSON, or the error body-parser would have raised. */
export type ReadBody = { kind: 'parsed'; body: unknown } | { kind: 'failed'; error: BodyError };

/**
 * Reads a body of `length` bytes (see `plainJsonLength`) and parses it once, as `express.json()`
 * would: a leading byte-order mark is dropped, and only an object or array is JSON (strict mode).
 * Never rejects: a failure comes back as body-parser's error, for Express's error handler.
 */
export function readJsonBody(request: IncomingMessage, length: number): Promise<ReadBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (result: ReadBody) => {
      request
        .off('data', onData)
        .off('end', onEnd)
        .off('aborted', onAborted)
        .off('error', onError)
        .off('close', onAborted);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      chunks.push(chunk);
    };
    const onEnd = () => {
      if (received !== length)
        return finish({
          kind: 'failed',
          error: bodyError(400, 'request.size.invalid', 'request size did not match content length'),
        });
      finish(parseJson(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received)));
    };
    const onAborted = () =>
      finish({ kind: 'failed', error: bodyError(400, 'request.aborted', 'request aborted') });
    const onError = (error: Error) =>
      finish({ kind: 'failed', error: bodyError(400, 'request.aborted', error.message) });
    request
      .on('data', onData)
      .on('end', onEnd)
      .on('aborted', onAborted)
      .on('error', onError)
      // Closed before its end: the client went away.
      .on('close', onAborted);
  });
}

function parseJson(bytes: Buffer): ReadBody {
  let text = bytes.toString('utf8');
  // iconv-lite, which body-parser decodes with, drops a byte-order mark.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const first = /^[ \t\n\r]*(.)/s.exec(text)?.[1];
  if (first === '{' || first === '[') {
    try {
      return { kind: 'parsed', body: JSON.parse(text) as unknown };
    } catch {
      // Answered below, as body-parser answers it.
    }
  }
  return { kind: 'failed', error: bodyError(400, 'entity.parse.failed', 'invalid JSON', text) };
}

const READ_BODY = Symbol('body read by the lean path');

type WithReadBody = IncomingMessage & { [READ_BODY]?: ReadBody };

/** Hands a body already read to the Express app's JSON parser (see `jsonBody`). */
export function keepReadBody(request: IncomingMessage, read: ReadBody): void {
  (request as WithReadBody)[READ_BODY] = read;
}

/**
 * `express.json()`, except for a request whose body the lean path has already read (a stream is
 * read once): that one takes the parsed body, or goes to the error handler with the same error.
 */
export function jsonBody(options: { limit: string }): RequestHandler {
  const parse = express.json(options);
  return (request: Request, response: Response, next: NextFunction) => {
    const read = (request as WithReadBody)[READ_BODY];
    if (!read) return parse(request, response, next);
    if (read.kind === 'failed') return next(read.error);
    request.body = read.body;
    next();
  };
}

/** Bytes of a body-parser limit such as `100kb` or `1mb` (1024-based, as the `bytes` package reads it). */
export function limitInBytes(limit: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(limit);
  if (!match) return null;
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] ?? 'b').toLowerCase() as 'b'];
  return Math.floor(Number(match[1]) * unit);
}
