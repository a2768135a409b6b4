import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey, parseApiKeys } from '../../src/auth/index.js';
import { createLogger } from '../../src/logger.js';
import { startService, type RunningService } from '../../src/server/start-service.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

// A service with READS_REQUIRE_KEY: nothing is readable without a key, by GraphQL or by download.
describe('reads closed to anonymous callers', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startService({
      store: createEmbeddedStore({ dataset: await bundledDataset() }),
      logger: createLogger({ level: 'silent' }),
      host: '127.0.0.1',
      port: 0,
      introspection: false,
      readsRequireKey: true,
      security: {
        apiKeys: parseApiKeys(`dash:reader:${hashApiKey('reader-key')}`),
        corsOrigins: ['https://app.example.org'],
        landingPage: false,
      },
    });
  });

  afterAll(async () => {
    await service.stop();
  });

  const query = (headers: Record<string, string> = {}) =>
    fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ summary { entityCount } }' }),
    });

  it('refuses a query without a key with 401 UNAUTHENTICATED', async () => {
    const response = await query();
    expect(response.status).toBe(401);
    const body = (await response.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors[0]!.message).toBe(
      'Reading this graph needs a credential: send `Authorization: Bearer <API key>`.',
    );
    expect(body.errors[0]!.extensions).not.toHaveProperty('http');
  });

  it('reads only the Bearer scheme: Basic, or a key without Bearer, is no credential', async () => {
    for (const authorization of ['Basic ZGFzaDpyZWFkZXIta2V5', 'reader-key']) {
      const response = await query({ authorization });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { message: string }[] };
      expect(body.errors[0]!.message).toBe(
        'Reading this graph needs a credential: send `Authorization: Bearer <API key>`.',
      );
    }
  });

  it("answers a reader's key", async () => {
    const response = await query({ authorization: 'Bearer reader-key' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toEqual({
      summary: { entityCount: expect.any(Number) },
    });
  });

  it('refuses downloads without a key, and allows them with one', async () => {
    const url = `${service.url}/export/neighborhood?id=district:jiading&format=d3`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(
      ((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('UNAUTHENTICATED');
    expect((await fetch(url, { headers: { 'x-api-key': 'reader-key' } })).status).toBe(200);
  });

  it('serves no landing page, allows only the listed origin, and hides the schema', async () => {
    expect((await fetch(`${service.url}/`)).status).toBe(404);
    const preflight = await fetch(`${service.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    // Only the methods each path serves: a preflight does not promise what then gets a 405.
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect((await fetch(`${service.url}/graphql`, { method: 'HEAD' })).headers.get('allow')).toBe(
      'GET, POST',
    );
    const download = await fetch(`${service.url}/export/graph?format=d3`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'GET' },
    });
    expect(download.headers.get('access-control-allow-methods')).toBe('GET,HEAD');
    const other = await fetch(`${service.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const introspection = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer reader-key' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(
      ((await introspection.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
        .code,
    ).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
