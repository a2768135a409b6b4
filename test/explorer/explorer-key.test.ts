import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/auth/index.js';
import {
  eventually,
  loadWenzhou,
  startExplorerHarness,
  VIEWPORTS,
  type ExplorerHarness,
} from './explorer-harness.js';

/**
 * The explorer against a server whose reads need a key: it says so in words, takes a key in the Key
 * dialog, keeps it for the tab only (sessionStorage) and sends it as `X-API-Key` or as a bearer token.
 */

const KEY = 'explorer-reader-key-0123456789';
let harness: ExplorerHarness;

beforeAll(async () => {
  harness = await startExplorerHarness({
    apiKeys: [{ name: 'analyst', role: 'reader', sha256: Buffer.from(hashApiKey(KEY), 'hex') }],
  });
}, 240_000);

afterAll(async () => {
  await harness?.close();
});

describe('the explorer on a server that needs a key', () => {
  it('asks for a key, then sends it as X-API-Key or as a bearer token, kept for the session only', async () => {
    const { page, context, problems } = await harness.open(VIEWPORTS.desktop);
    await eventually(() => page.getByTestId('status').innerText()).toBe(
      'This server needs a key. Choose “Key” at the top and enter the key or token you were given.',
    );

    /** Presses a button of the Key dialog, which reloads the page, and waits until it is ready again. */
    const pressAndReload = async (testId: string) => {
      await Promise.all([page.waitForEvent('load'), page.getByTestId(testId).click()]);
      await page.locator('body[data-ready="true"]').waitFor();
    };
    const sent: { apiKey: string | null; authorization: string | null }[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql'))
        sent.push({
          apiKey: request.headers()['x-api-key'] ?? null,
          authorization: request.headers()['authorization'] ?? null,
        });
    });

    await page.getByTestId('key-open').click();
    await page.getByTestId('key-secret').fill(KEY);
    await pressAndReload('key-save');
    await loadWenzhou(page);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.at(-1)).toEqual({ apiKey: KEY, authorization: null });
    expect(await page.evaluate('sessionStorage.length')).toBe(1);
    expect(await page.evaluate('localStorage.length')).toBe(0);
    expect(page.url()).not.toContain(KEY);

    await page.getByTestId('key-open').click();
    await page.getByTestId('key-scheme-bearer').check();
    await pressAndReload('key-save');
    // The reload keeps the view: it is in the URL.
    await eventually(() => page.getByTestId('entity-item').count()).toBeGreaterThan(10);
    expect(sent.at(-1)).toEqual({ apiKey: null, authorization: `Bearer ${KEY}` });

    await page.getByTestId('key-open').click();
    await pressAndReload('key-forget');
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    // The refused requests after forgetting are expected; nothing else may go wrong.
    expect(problems.filter((problem) => !/status of 401/.test(problem))).toEqual([]);
    await context.close();
  }, 240_000);
});
