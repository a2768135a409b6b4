import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey, parseApiKeys } from '../../src/auth/index.js';
import {
  BadInputError,
  BadRequestError,
  BusyError,
  ConflictError,
  ERROR_CODES,
  ForbiddenError,
  GRAPHQL_REQUEST_ERROR_CODES,
  HTTP_STATUS_BY_CODE,
  httpStatusFor,
  InternalServerError,
  LimitExceededError,
  NotFoundError,
  NothingFoundError,
  StoreUnavailableError,
  TimeoutError,
  UnauthenticatedError,
  type KgError,
  type KgErrorCode,
} from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import { startService, type RunningService } from '../../src/server/start-service.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

describe('the code-to-status table', () => {
  it('gives every code the service sends one HTTP status', () => {
    expect(HTTP_STATUS_BY_CODE).toEqual({
      BAD_USER_INPUT: 400,
      NOT_FOUND: 404,
      CONFLICT: 409,
      LIMIT_EXCEEDED: 400,
      TIMEOUT: 504,
      STORE_UNAVAILABLE: 503,
      BUSY: 503,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      BAD_REQUEST: 400,
      INTERNAL_SERVER_ERROR: 500,
      GRAPHQL_PARSE_FAILED: 400,
      GRAPHQL_VALIDATION_FAILED: 400,
      OPERATION_RESOLUTION_FAILURE: 400,
      PERSISTED_QUERY_NOT_FOUND: 200,
      PERSISTED_QUERY_NOT_SUPPORTED: 200,
    });
    expect(Object.keys(HTTP_STATUS_BY_CODE).sort()).toEqual(
      [...ERROR_CODES, ...GRAPHQL_REQUEST_ERROR_CODES].sort(),
    );
  });

  it('answers a code outside the table as an internal error', () => {
    expect(httpStatusFor('TEAPOT')).toBe(500);
    expect(httpStatusFor(undefined)).toBe(500);
  });

  it('has a named class for each of our codes, whose status is the table’s', () => {
    const byCode: Record<KgErrorCode, KgError> = {
      BAD_USER_INPUT: new BadInputError('`first` must be positive.', 'first'),
      NOT_FOUND: new NotFoundError('entity', 'city:atlantis'),
      CONFLICT: new ConflictError('Other records rest on it.'),
      LIMIT_EXCEEDED: new LimitExceededError('Too many.', { name: 'first', max: 100 }),
      TIMEOUT: new TimeoutError(15000),
      STORE_UNAVAILABLE: new StoreUnavailableError('connection refused'),
      BUSY: new BusyError('exports', 2),
      UNAUTHENTICATED: new UnauthenticatedError('No key.'),
      FORBIDDEN: new ForbiddenError('Not a curator.'),
      BAD_REQUEST: new BadRequestError('The request body is not valid JSON.'),
      INTERNAL_SERVER_ERROR: new InternalServerError(),
    };
    for (const [code, error] of Object.entries(byCode)) {
      expect(error.code, code).toBe(code);
      expect(error.httpStatus, code).toBe(HTTP_STATUS_BY_CODE[code as KgErrorCode]);
      // The status is the transport's business: nothing about it reaches the client's extensions.
      expect(Object.keys(error.extensions), code).not.toContain('http');
    }
    expect(new NothingFoundError('No path.').httpStatus).toBe(404);
  });

  it('lets a BAD_REQUEST carry HTTP’s more exact status, and no other', () => {
    expect(new BadRequestError('Too large.', 413).httpStatus).toBe(413);
    expect(new BadRequestError('Charset.', 415).httpStatus).toBe(415);
    expect(new BadRequestError('Method.', 405).httpStatus).toBe(405);
    expect(new BadRequestError('Default.').httpStatus).toBe(400);
  });
});

interface ErrorBody {
  message: string;
  locations?: unknown;
  path?: unknown;
  extensions: Record<string, unknown> & { code: string; requestId?: string };
}

/**
 * Every way into the service, each answering an error: the response must be `{ errors: [...] }` (an
 * array of them for a batch) with the common shape, the request id of the response, and the table's
 * status for its code (200 for a field error beside data).
 */
describe('every way in answers errors in one shape with the table’s status', () => {
  const CURATOR = 'curator-key';
  const READER = 'reader-key';
  let service: RunningService;

  beforeAll(async () => {
    service = await startService({
      store: createEmbeddedStore({ dataset: await bundledDataset() }),
      logger: createLogger({ level: 'silent' }),
      host: '127.0.0.1',
      port: 0,
      introspection: true,
      security: {
        apiKeys: parseApiKeys(`alice:curator:${hashApiKey(CURATOR)},dash:reader:${hashApiKey(READER)}`),
        corsOrigins: [],
        landingPage: true,
      },
    });
  });

  afterAll(async () => {
    await service?.stop();
  });

  const graphql = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const retract = { query: 'mutation { retractEntity(id: "city:wenzhou", reason: "test") { changed } }' };

  /** The one shape, checked the same way for every answer; returns the first error. */
  async function errorOf(response: Response): Promise<ErrorBody & { status: number }> {
    const json = (await response.json()) as { errors?: ErrorBody[] } | { errors?: ErrorBody[] }[];
    const results = Array.isArray(json) ? json : [json];
    for (const result of results) {
      // Beside `errors`, only GraphQL's own `data` and `extensions` (the query's cost).
      expect(Object.keys(result).filter((key) => key !== 'data' && key !== 'extensions')).toEqual(['errors']);
      for (const error of result.errors ?? []) {
        expect(typeof error.message).toBe('string');
        expect(
          Object.keys(error).every((key) => ['message', 'locations', 'path', 'extensions'].includes(key)),
        ).toBe(true);
        expect(typeof error.extensions.code).toBe('string');
        expect(error.extensions.requestId).toBe(response.headers.get('x-request-id'));
      }
    }
    return { ...results[0]!.errors![0]!, status: response.status };
  }

  const cases: [string, () => Promise<Response>, string, number][] = [
    [
      'GraphQL, a field error beside data',
      () => graphql({ query: '{ neighborhood(id: "city:atlantis") { nodes { id } } }' }),
      'NOT_FOUND',
      200,
    ],
    ['GraphQL, a parse failure', () => graphql({ query: '{ summary {' }), 'GRAPHQL_PARSE_FAILED', 400],
    [
      'GraphQL, a validation failure',
      () => graphql({ query: '{ summary { noSuchField } }' }),
      'GRAPHQL_VALIDATION_FAILED',
      400,
    ],
    [
      'GraphQL, an operation the document does not define',
      () => graphql({ query: '{ summary { entityCount } }', operationName: 'Other' }),
      'OPERATION_RESOLUTION_FAILURE',
      400,
    ],
    [
      'a guard, a query over the field limit',
      () => graphql({ query: `{ summary { ${'entityCount '.repeat(1200)}} }` }),
      'LIMIT_EXCEEDED',
      400,
    ],
    [
      'a guard, a batch',
      () => graphql([{ query: '{ summary { entityCount } }' }, { query: '{ __typename }' }]),
      'BAD_REQUEST',
      400,
    ],
    ['body parsing, malformed JSON', () => graphql('{"query": '), 'BAD_REQUEST', 400],
    [
      'body parsing, a body over the limit (HTTP’s exact 413)',
      () => graphql({ query: `{ __typename } # ${'x'.repeat(110 * 1024)}` }),
      'BAD_REQUEST',
      413,
    ],
    [
      'auth, a wrong key on a read',
      () => graphql({ query: '{ summary { entityCount } }' }, { authorization: 'Bearer wrong' }),
      'UNAUTHENTICATED',
      401,
    ],
    ['auth, a write without a key', () => graphql(retract), 'UNAUTHENTICATED', 401],
    [
      'auth, a write with a reader’s key',
      () => graphql(retract, { authorization: `Bearer ${READER}` }),
      'FORBIDDEN',
      403,
    ],
    [
      '/export, an unknown id',
      () => fetch(`${service.url}/export/neighborhood?id=city:atlantis&format=d3`),
      'NOT_FOUND',
      404,
    ],
    ['/export, a bad argument', () => fetch(`${service.url}/export/graph?format=xls`), 'BAD_USER_INPUT', 400],
    [
      '/export, a wrong key',
      () => fetch(`${service.url}/export/graph?format=d3`, { headers: { authorization: 'Bearer wrong' } }),
      'UNAUTHENTICATED',
      401,
    ],
    ['an unknown route', () => fetch(`${service.url}/no-such-route`), 'NOT_FOUND', 404],
  ];

  it.each(cases.map(([way, send, code, status]) => [way, code, status, send] as const))(
    '%s: %s, HTTP %i',
    async (_way, code, status, send) => {
      const error = await errorOf(await send());
      expect(error.extensions.code).toBe(code);
      expect(error.status).toBe(status);
      // A request error (no data) answers with the table's status, bar HTTP's exact ones for BAD_REQUEST.
      if (status !== 200 && status !== 413) expect(status).toBe(HTTP_STATUS_BY_CODE[code as KgErrorCode]);
    },
  );

  it('answers in the GraphQL-over-HTTP media type when the client prefers it, on every path', async () => {
    const accept = { accept: 'application/graphql-response+json, application/json;q=0.9' };
    const answers = await Promise.all([
      graphql('{"query": ', accept),
      graphql([{ query: '{ __typename }' }], accept),
      graphql(retract, accept),
      fetch(`${service.url}/no-such-route`, { headers: accept }),
    ]);
    for (const answer of answers) {
      expect(answer.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    }
  });
});
