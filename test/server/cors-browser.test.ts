import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { possibleTypes, SearchDocument } from '@yrd-graph/client';
import { createLogger } from '../../src/logger.js';
import { startService, type RunningService } from '../../src/server/start-service.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { launchChromium, requireChromium } from '../support/chromium.js';

/**
 * A page on an allowed origin (CORS_ORIGINS) calling the API from a real Chromium, which enforces
 * CORS itself: a request header the preflight does not allow makes the browser drop the request, and
 * the page sees only `TypeError: Failed to fetch`.
 */

/** Headers a script may send without a preflight (the Fetch standard's CORS-safelisted ones we use). */
const SAFELISTED = new Set(['accept', 'content-type']);

let pageServer: http.Server;
let pageOrigin: string;
let service: RunningService;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  requireChromium('The CORS tests drive');
  // The page's own origin: another port than the service's is another origin.
  pageServer = http.createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>front end</title>');
  });
  await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
  service = await startService({
    store: createEmbeddedStore({ dataset: await bundledDataset() }),
    logger: createLogger({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
    introspection: true,
    security: { apiKeys: [], corsOrigins: [pageOrigin], landingPage: false },
  });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(pageOrigin);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await service?.stop();
  await new Promise((resolve) => pageServer?.close(resolve));
});

/** What `fetch` in the page gets: the status and body, or the message of the error it threw. */
async function fetchFromPage(
  init: { method: string; headers: Record<string, string>; body?: string },
  search = '',
  path = '/graphql',
): Promise<{ status: number; body: string; fileName?: string } | { failed: string }> {
  return page.evaluate(
    async ({ url, init }) => {
      try {
        const response = await fetch(url, init);
        const disposition = response.headers.get('content-disposition');
        return {
          status: response.status,
          body: await response.text(),
          ...(disposition === null ? {} : { fileName: disposition }),
        };
      } catch (error) {
        return { failed: String(error) };
      }
    },
    { url: `${service.url}${path}${search}`, init },
  );
}

describe('a browser page on an allowed origin', () => {
  // BUG: the preflight allowed only content-type, authorization, x-api-key, x-request-id and
  // apollo-require-preflight, so Apollo Client with `clientAwareness` (its documented way to name the
  // app: apollographql-client-name and -version headers) failed every request from a browser.
  it('may send every header Apollo Client sends with clientAwareness', async () => {
    const sent: Record<string, string>[] = [];
    const apollo = new ApolloClient({
      clientAwareness: { name: 'yrd-web', version: '1.2.3' },
      link: new HttpLink({
        uri: `${service.url}/graphql`,
        fetch: (input, init) => {
          sent.push(Object.fromEntries(new Headers(init?.headers).entries()));
          return fetch(input, init);
        },
      }),
      cache: new InMemoryCache({ possibleTypes }),
    });
    await apollo.query({ query: SearchDocument, variables: { query: 'wenzhou', first: 1 } });
    const headers = sent[0]!;
    // The headers a browser must ask the service about first.
    expect(Object.keys(headers).filter((name) => !SAFELISTED.has(name))).toEqual([
      'apollographql-client-name',
      'apollographql-client-version',
    ]);

    const answer = await fetchFromPage({
      method: 'POST',
      headers,
      body: JSON.stringify({ query: '{ summary { entityCount } }' }),
    });
    expect(answer).toEqual({ status: 200, body: expect.stringContaining('"entityCount":') as string });
  });

  it('may send x-apollo-operation-name, the other header Apollo’s CSRF prevention takes', async () => {
    const answer = await fetchFromPage(
      { method: 'GET', headers: { 'x-apollo-operation-name': 'Count' } },
      `?query=${encodeURIComponent('query Count { summary { entityCount } }')}`,
    );
    expect(answer).toEqual({ status: 200, body: expect.stringContaining('"entityCount":') as string });
  });

  it('may not send a header the service does not name', async () => {
    const answer = await fetchFromPage({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-made-up': '1' },
      body: JSON.stringify({ query: '{ summary { entityCount } }' }),
    });
    expect(answer).toEqual({ failed: 'TypeError: Failed to fetch' });
  });

  // BUG: /export had no CORS at all, so a page on an allowed origin could not fetch a download (nor
  // send it a key, which needs a preflight), though docs/exports.md offers it as the HTTP door.
  it('may fetch an export, with a header that needs a preflight, and read its file name', async () => {
    const answer = await fetchFromPage(
      { method: 'GET', headers: { 'x-request-id': 'export-from-page' } },
      '?format=d3&limit=5',
      '/export/graph',
    );
    expect(answer).toEqual({
      status: 200,
      body: expect.stringContaining('"nodes":') as string,
      fileName: 'attachment; filename="yrd-graph-graph.d3.json"',
    });
  });
});
