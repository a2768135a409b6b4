import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/server/start-service.js';
import { startTestService } from '../support/graphql-harness.js';
import { expectOnlyDeliberateErrors } from './check-errors.js';

/**
 * A few hundred random HTTP requests at /graphql: odd methods, content types, bodies and headers.
 * The service may refuse them however HTTP allows, but never with a 5xx or a stack trace.
 */

const seed = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined;
const runs = process.env['FUZZ_RUNS'] ? Math.max(50, Math.round(Number(process.env['FUZZ_RUNS']) / 10)) : 300;

const printable = fc.string({ minLength: 0, maxLength: 40 }).map((text) => text.replace(/[^\x20-\x7e]/g, ''));
const queries = fc.constantFrom(
  '{ summary { entityCount } }',
  '{ entity(id: "city:wenzhou") { name } }',
  'mutation { retractEntity(id: "city:wenzhou", reason: "x") { changed } }',
  '{ entities(first: 100) { edges { node { relationships(first: 100) { edges { other { id } } } } } } }',
  '{',
  '',
);
const bodies = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc
    .record(
      {
        query: fc.oneof(queries, fc.jsonValue({ maxDepth: 1 })),
        variables: fc.oneof(fc.constant(null), fc.jsonValue({ maxDepth: 2 })),
        operationName: fc.oneof(fc.constant(null), printable, fc.integer()),
        extensions: fc.oneof(fc.constant({}), fc.jsonValue({ maxDepth: 2 })),
      },
      { requiredKeys: ['query'] },
    )
    .map((value) => JSON.stringify(value)),
  queries.map((query) => JSON.stringify([{ query }, { query }])),
  fc.constant(`{"query":"{ summary { entityCount } }","padding":"${'x'.repeat(120_000)}"}`),
  fc.constant('{"query": "{ summary { entityCount } }"'),
);
const requests = fc.record({
  method: fc.constantFrom('GET', 'POST', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
  contentType: fc.constantFrom(
    undefined,
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=latin1',
    'application/graphql-response+json',
    'application/graphql',
    'text/plain',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    'application/json; charset=utf-16',
  ),
  accept: fc.constantFrom(
    undefined,
    '*/*',
    'application/json',
    'application/graphql-response+json',
    'text/html',
    'image/png',
  ),
  preflight: fc.boolean(),
  encoding: fc.constantFrom(undefined, 'gzip', 'br', 'identity', 'x-unknown'),
  requestId: fc.option(printable, { nil: undefined }),
  search: fc.oneof(
    fc.constant(''),
    queries.map((query) => `?query=${encodeURIComponent(query)}`),
    printable.map((text) => `?${encodeURIComponent(text)}`),
    fc.constant('?query=%7Bsummary%7BentityCount%7D%7D&variables=%7Bnot-json'),
  ),
  body: bodies,
});

let service: RunningService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

describe('random HTTP requests', () => {
  it('never get a 5xx or a stack trace', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        const headers: Record<string, string> = {};
        if (request.contentType) headers['content-type'] = request.contentType;
        if (request.accept) headers['accept'] = request.accept;
        if (request.preflight) headers['apollo-require-preflight'] = 'true';
        if (request.encoding) headers['content-encoding'] = request.encoding;
        if (request.requestId !== undefined) headers['x-request-id'] = request.requestId;
        const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
        const response = await fetch(`${service.url}/graphql${request.search}`, {
          method: request.method,
          headers,
          ...(hasBody ? { body: request.body } : {}),
        });
        const text = await response.text();
        const described = `${JSON.stringify(request).slice(0, 400)} → ${response.status} ${text.slice(0, 400)}`;
        expect(text, described).not.toMatch(/\bat \S+ \(?\S+:\d+:\d+\)?|node_modules|\/work\/|\.ts:\d+/);
        const parsed = parseJson(text);
        // Every request here is the client's mistake or a valid request: none is the service's fault.
        expect(response.status, described).toBeLessThan(500);
        const input = `${request.search} ${request.body}`;
        const errors = (parsed?.errors ?? []).filter((error) => {
          // Refusals of the request itself (method, CSRF, batch, body) are Apollo's and Express's.
          const code = error.extensions?.['code'];
          return code !== 'BAD_REQUEST' && code !== 'UNAUTHENTICATED';
        });
        expectOnlyDeliberateErrors(errors, input);
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
  });
});

interface ErrorBody {
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

function parseJson(text: string): ErrorBody | null {
  try {
    return JSON.parse(text) as ErrorBody;
  } catch {
    return null;
  }
}
