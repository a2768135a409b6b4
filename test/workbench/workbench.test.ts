import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWorkbench } from '../../scripts/build-workbench.js';
import { hashApiKey, parseApiKeys } from '../../src/auth/index.js';
import { createLogger } from '../../src/logger.js';
import { startService, type RunningService } from '../../src/server/start-service.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { launchChromium, requireChromium } from '../support/chromium.js';

/**
 * The query workbench at /graphiql (GraphiQL, bundled), driven in Debian's headless Chromium against
 * the service on the embedded store, with every other host unreachable.
 */

const RESULTS_DIR = path.resolve('test-results');
const READER_KEY = 'workbench-reader-key';
/** The example operations (examples/*.graphql), each a tab of the workbench. */
const EXAMPLE_TABS = readdirSync(path.resolve('examples')).filter((name) => name.endsWith('.graphql')).length;

let service: RunningService;
let browser: Browser;
// Each test has a browser context of its own (its own page and storage), so none leans on what an
// earlier one clicked, typed or stored.
let context: BrowserContext;
let page: Page;
/** Console errors, uncaught exceptions, CSP violations and failed requests the page reported. */
let pageProblems: string[];
/** Requests the page tried to send anywhere but the service. */
let elsewhere: string[];
/** The headers of every POST /graphql the page sent. */
let graphqlRequests: Record<string, string>[];

beforeAll(async () => {
  requireChromium('The workbench test drives');
  // Always rebuild: a bundle left over from older sources would test the wrong page.
  await buildWorkbench();
  service = await startService({
    store: createEmbeddedStore({ dataset: await bundledDataset() }),
    logger: createLogger({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
    introspection: true,
    security: {
      apiKeys: parseApiKeys(`workbench:reader:${hashApiKey(READER_KEY)}`),
      corsOrigins: [],
      landingPage: true,
    },
  });
  browser = await launchChromium();
}, 180_000);

beforeEach(async () => {
  pageProblems = [];
  elsewhere = [];
  graphqlRequests = [];
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.route(
    (url) => !url.href.startsWith(service.url) && !url.href.startsWith('data:'),
    (route) => {
      elsewhere.push(route.request().url());
      return route.abort();
    },
  );
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') pageProblems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => pageProblems.push(`request failed: ${request.url()}`));
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url() === `${service.url}/graphql`) {
      graphqlRequests.push(request.headers());
    }
  });
});

afterEach(async () => {
  try {
    // Whatever a test did, the page fetched nothing from elsewhere and reported no problem. A refused
    // key is an HTTP 401, which Chromium logs as a console error; nothing else may be.
    expect(elsewhere).toEqual([]);
    expect(pageProblems.filter((problem) => !problem.includes('401 (Unauthorized)'))).toEqual([]);
  } finally {
    await context?.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await service?.stop();
});

/** Opens the workbench in this test's page and waits until its editor and example tabs are there. */
async function openWorkbench(): Promise<void> {
  await page.goto(`${service.url}/graphiql/`);
  await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
  await expect.poll(() => page.locator('.graphiql-tab').count()).toBe(EXAMPLE_TABS);
}

/**
 * Runs the Search example twice from the headers editor: with a key the service refuses (sent as
 * X-API-Key), then with the reader's key (as Authorization), each time until its answer is shown.
 * Returns the headers of the request each run sent.
 */
async function searchWithTypedHeaders(): Promise<{
  refused?: Record<string, string>;
  read?: Record<string, string>;
}> {
  await page.locator('.graphiql-tab', { hasText: 'Search' }).first().click();
  await page.getByRole('button', { name: 'Headers' }).click();
  const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror');
  await headers.click();
  await page.keyboard.type('{"X-API-Key": "not-a-key"}');
  await page.getByRole('button', { name: /Execute query/ }).click();
  // The service read the key and refused it: the header arrived.
  await expect.poll(responseText, { timeout: 15_000 }).toContain('The API key is not valid.');
  expect(await responseText()).toContain('"UNAUTHENTICATED"');
  const refused = graphqlRequests.at(-1);

  await headers.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(`{"Authorization": "Bearer ${READER_KEY}"}`);
  await page.getByRole('button', { name: /Execute query/ }).click();
  await expect.poll(responseText, { timeout: 15_000 }).toContain('"district:jiading"');
  return { refused, read: graphqlRequests.at(-1) };
}

/** The whole text of GraphiQL's response pane (CodeMirror draws only the lines in view). */
async function responseText(): Promise<string> {
  return page
    .locator('.result-window .CodeMirror')
    .evaluate((element) =>
      (element as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue(),
    );
}

// Chromium on a shared, busy machine: give each step room, since the steps wait on real rendering.
describe('GET /graphiql', { timeout: 90_000 }, () => {
  it('serves the page and its bundle with a CSP that allows only this origin', async () => {
    const response = await fetch(`${service.url}/graphiql/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect((await fetch(`${service.url}/graphiql/graphiql.js`)).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await fetch(`${service.url}/graphiql`, { redirect: 'manual' })).headers.get('location')).toBe(
      '/graphiql/',
    );
  });

  it('is linked from the landing page, as is the explorer', async () => {
    await page.goto(`${service.url}/`);
    expect(await page.getByRole('link', { name: /Query workbench/ }).getAttribute('href')).toBe('/graphiql/');
    expect(await page.getByRole('link', { name: /Graph explorer/ }).getAttribute('href')).toBe('/explorer/');
  });

  it('loads from this service alone, with the examples as tabs', async () => {
    await openWorkbench();
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.first().innerText()).toBe('WenzhouPartners');
    expect(await tabs.allInnerTexts()).toEqual(
      expect.arrayContaining(['EntityPage', 'Search', 'ConnectionPath', 'Analytics']),
    );
    expect(elsewhere).toEqual([]);
  });

  it('starts with a skip link: the first Tab shows it, and Enter puts the focus in the query editor', async () => {
    for (const [name, viewport] of [
      ['desktop', { width: 1440, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await openWorkbench();
      const skip = page.locator('#skip-link');
      // Unfocused, it waits above the page's top edge.
      const hidden = (await skip.boundingBox())!;
      expect(hidden.y + hidden.height).toBeLessThanOrEqual(0);

      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement?.id')).toBe('skip-link');
      expect(await skip.innerText()).toBe('Skip to the query editor');
      const shown = (await skip.boundingBox())!;
      expect(shown.y).toBeGreaterThanOrEqual(0);
      expect(shown.x + shown.width).toBeLessThanOrEqual(viewport.width);
      expect(
        await page.evaluate(
          `document.elementFromPoint(${shown.x + shown.width / 2}, ${shown.y + shown.height / 2})?.id`,
        ),
      ).toBe('skip-link');
      await mkdir(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: path.join(RESULTS_DIR, `workbench-skip-link-${name}.png`) });

      // Past the header, the sidebar and the two buttons of each of the examples' tabs, in one key.
      await page.keyboard.press('Enter');
      expect(await page.evaluate(`!!document.activeElement?.closest('.graphiql-query-editor')`)).toBe(true);
      await expect.poll(() => page.locator('.graphiql-query-editor .CodeMirror-focused').count()).toBe(1);
      expect(new URL(page.url()).hash).toBe('');
    }
  });

  /** The focused element as Chromium's accessibility tree has it: its computed name and description. */
  async function focusedAccessibleNode() {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId! });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      backendNodeId: node.backendNodeId,
      fetchRelatives: false,
    });
    return nodes[0];
  }

  it('names each editor for a screen reader: the query, the variables, the headers and the response', async () => {
    await openWorkbench();
    // Run in the page (as text: the tests are compiled without the DOM's types).
    const names = (await page.evaluate(
      `[...document.querySelectorAll('.CodeMirror textarea')].map((input) => input.getAttribute('aria-label'))`,
    )) as (string | null)[];
    expect([...names].sort()).toEqual([
      'GraphQL query',
      'Request headers (JSON)',
      'Response',
      'Variables (JSON)',
    ]);
    // Chromium's accessibility tree gives the query editor's input that name.
    await page.locator('.graphiql-query-editor .CodeMirror textarea').focus();
    expect((await focusedAccessibleNode())?.name?.value).toBe('GraphQL query');
  });

  it('lets the keyboard out of an editor: Tab indents, Escape then Tab (or Shift-Tab) leaves', async () => {
    await openWorkbench();
    // Run in the page (as text: the tests are compiled without the DOM's types).
    const activeElement = () =>
      page.evaluate(`(() => {
        const element = document.activeElement;
        return {
          inQueryEditor: !!element?.closest('.graphiql-query-editor .CodeMirror'),
          tag: element?.tagName ?? null,
          label: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? null,
          description: element?.getAttribute('aria-describedby') ?? null,
        };
      })()`) as Promise<{
        inQueryEditor: boolean;
        tag: string | null;
        label: string | null;
        description: string | null;
      }>;
    const queryText = () =>
      page.evaluate(
        "document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue()",
      ) as Promise<string>;
    /** Escape, then `key` (Tab or Shift+Tab): where the focus went, and that nothing was typed. */
    const leaveWith = async (key: 'Tab' | 'Shift+Tab', text: string) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press(key);
      const reached = await activeElement();
      expect(reached.inQueryEditor).toBe(false);
      expect(await queryText()).toBe(text);
      return reached;
    };
    const HINT = 'Tab indents. Press Escape, then Tab, to leave the editor.';
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const inEditor = await activeElement();
    expect(inEditor.inQueryEditor).toBe(true);
    // A screen reader is told how to leave.
    expect(inEditor.description).toBe('editor-keys');
    expect(await page.locator('#editor-keys').textContent()).toBe(HINT);
    // Chromium's accessibility tree gives the editor's input that text as its description.
    expect((await focusedAccessibleNode())?.description?.value).toBe(HINT);

    // Tab alone indents, and the focus stays.
    const before = await queryText();
    await page.keyboard.press('Tab');
    expect((await activeElement()).inQueryEditor).toBe(true);
    expect((await queryText()).length).toBeGreaterThan(before.length);
    await page.keyboard.press('Control+z');
    expect(await queryText()).toBe(before);

    // Escape, then Tab: the focus moves to what follows the editor (GraphiQL's run button), and
    // nothing is typed.
    expect(await leaveWith('Tab', before)).toMatchObject({
      tag: 'BUTTON',
      label: 'Execute query (Ctrl-Enter)',
    });
    // One step in the page's own order: Shift-Tab from there comes back into the editor.
    await page.keyboard.press('Shift+Tab');
    expect((await activeElement()).inQueryEditor).toBe(true);

    // Escape then Shift-Tab goes to what precedes it (GraphiQL's logo link); a key between Escape and
    // Tab cancels.
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect((await activeElement()).inQueryEditor).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await leaveWith('Shift+Tab', before)).toMatchObject({ tag: 'A', label: 'GraphiQL' });
    await page.keyboard.press('Tab');
    expect((await activeElement()).inQueryEditor).toBe(true);
    expect(pageProblems).toEqual([]);
  });

  it('shows our schema in the documentation explorer', async () => {
    await openWorkbench();
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).click();
    await docs.getByText('shortestPath', { exact: true }).waitFor();
    await docs
      .locator('a.graphiql-doc-explorer-type-name', { hasText: /^Analytics$/ })
      .first()
      .click();
    await expect.poll(() => docs.locator('.graphiql-doc-explorer-title').innerText()).toBe('Analytics');
    await docs.getByText('metrics', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Hide Documentation Explorer' }).click();
  });

  it('runs the first example and shows its data', async () => {
    await openWorkbench();
    await page.getByRole('button', { name: /Execute query/ }).click();
    await expect.poll(responseText, { timeout: 15_000 }).toContain('"city:shanghai"');
    expect(await responseText()).toContain('-[COOPERATES_WITH]->');
  });

  it('opens an example with its variables in a tab of its own', async () => {
    await openWorkbench();
    await page.locator('.graphiql-tab', { hasText: 'ConnectionPath' }).click();
    const variables = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror');
    await expect.poll(() => variables.innerText()).toContain('"district:jiading"');
    await page.getByRole('button', { name: /Execute query/ }).click();
    await expect.poll(responseText, { timeout: 15_000 }).toContain('"shortestPath"');
    expect(await responseText()).toContain('"city:taizhou"');
  });

  it('completes a field name from the schema', async () => {
    await openWorkbench();
    await page.getByRole('button', { name: 'New tab' }).click();
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('query Probe { shortest');
    const hints = page.locator('.CodeMirror-hints');
    await hints.waitFor();
    expect(await hints.innerText()).toBe('shortestPath');
    await page.keyboard.press('Escape');
  });

  it('sends a header typed in the headers editor, which the service reads', async () => {
    await openWorkbench();
    const sent = await searchWithTypedHeaders();
    expect(sent.refused).toMatchObject({ 'x-api-key': 'not-a-key', 'content-type': 'application/json' });
    expect(sent.read).toMatchObject({ authorization: `Bearer ${READER_KEY}` });
  });

  it('keeps the header out of storage', async () => {
    await openWorkbench();
    await searchWithTypedHeaders();
    const stored = await page.evaluate(() => {
      // The page's storage, read in the browser (this file is compiled without the DOM types).
      const browser = globalThis as unknown as Record<'localStorage' | 'sessionStorage', object>;
      return JSON.stringify({ ...browser.localStorage, ...browser.sessionStorage });
    });
    // The runs themselves are in the history; the headers sent with them are not.
    expect(stored).toContain('graphiql:queries');
    expect(stored).toContain('query Search(');
    expect(stored).not.toContain(READER_KEY);
    expect(stored).not.toContain('not-a-key');
  });

  it('on a phone, puts the answer under the query, each as wide as the screen allows', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openWorkbench();
    await page.getByRole('button', { name: /Execute query/ }).click();
    await expect.poll(responseText, { timeout: 15_000 }).toContain('"city:shanghai"');
    await mkdir(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS_DIR, 'workbench-phone.png') });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(390);
    const session = (await page.locator('#graphiql-session').boundingBox())!;
    const editors = (await page.locator('.graphiql-editors').boundingBox())!;
    const response = (await page.locator('.graphiql-response').boundingBox())!;
    // Side by side, each got half of some 300 px and the answer wrapped a few letters a line.
    expect(editors.width).toBeGreaterThan(session.width * 0.9);
    expect(response.width).toBeGreaterThan(session.width * 0.9);
    expect(response.y).toBeGreaterThanOrEqual(editors.y + editors.height);
    expect(response.height).toBeGreaterThan(200);
    expect(response.y + response.height).toBeLessThanOrEqual(844);
  });

  it('on a small screen, upright or on its side, leaves the variables editor lines to type in', async () => {
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 740, height: 360 },
    ]) {
      await page.setViewportSize(viewport);
      await openWorkbench();
      await page.getByRole('button', { name: 'Variables' }).click();
      const variables = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror');
      // Three lines at least (CodeMirror's are some 20 px); it had none.
      expect(
        (await variables.boundingBox())!.height,
        `at ${viewport.width}×${viewport.height}`,
      ).toBeGreaterThan(60);
      await variables.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.type('{"id": "district:jiading"}');
      expect(
        await variables.evaluate((element) =>
          (element as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue(),
        ),
      ).toBe('{"id": "district:jiading"}');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(viewport.width);
      await page.screenshot({
        path: path.join(RESULTS_DIR, `workbench-${viewport.width}x${viewport.height}.png`),
      });
    }
  });

  it('looks usable, with no page errors and nothing fetched from elsewhere', async () => {
    await openWorkbench();
    await page.getByRole('button', { name: /Execute query/ }).click();
    await expect.poll(responseText, { timeout: 15_000 }).toContain('"city:shanghai"');
    await mkdir(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS_DIR, 'workbench.png') });
    // The page's problems and requests elsewhere are checked after every test (afterEach).
    expect(pageProblems).toEqual([]);
  });
});
