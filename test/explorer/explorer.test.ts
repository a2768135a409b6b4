import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorer } from '../../scripts/build-explorer.js';
import { DEFAULT_DATASET_DIR } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createExplorerRouter } from '../../src/server/explorer-route.js';
import { startService, type RunningService } from '../../src/server/start-service.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

/**
 * The explorer page at /explorer, driven in a real headless Chromium (Debian's /usr/bin/chromium)
 * against the service on the embedded store: search, expand, evidence, path, filters, exports and a
 * screenshot that must show a drawn graph. `UPDATE_DOCS_SCREENSHOT=1` also writes docs/explorer.png.
 */

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const RESULTS_DIR = path.resolve('test-results');
const SOURCE_TEXT = path.join(DEFAULT_DATASET_DIR, 'sources', 'wenzhou-yrd-action-plan-2020.txt');

let service: RunningService;
let browser: Browser;
let page: Page;
/** Console errors, uncaught exceptions and CSP violations the page reported. */
const pageProblems: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The explorer test drives a real Chromium and ${CHROMIUM} is missing. Install Debian's chromium: ` +
        '`apt-get update && apt-get install -y --no-install-recommends chromium` (or set CHROMIUM_PATH).',
    );
  }
  // Always rebuild: a bundle left over from older sources would test the wrong page. esbuild takes ~1 s.
  await buildExplorer();
  service = await startService({
    store: createEmbeddedStore({ dataset: await bundledDataset() }),
    logger: createLogger({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
    introspection: true,
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  // Nothing but the service may be reached: the page must work offline.
  await context.route(
    (url) => !url.href.startsWith(service.url),
    (route) => route.abort(),
  );
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') pageProblems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => pageProblems.push(`request failed: ${request.url()}`));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await service?.stop();
});

/** Distinct colours (to 4 bits a channel) and saturated pixels inside a rectangle of a PNG. */
function inkIn(png: PNG, box: { x: number; y: number; width: number; height: number }) {
  const colours = new Set<number>();
  let saturated = 0;
  for (let y = Math.floor(box.y); y < Math.min(png.height, box.y + box.height); y++) {
    for (let x = Math.floor(box.x); x < Math.min(png.width, box.x + box.width); x++) {
      const at = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
      // The stage's background and the drawing's greys are unsaturated; node colours are not.
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) {
        saturated++;
        colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      }
    }
  }
  return { colours: colours.size, saturated };
}

async function entityCount(): Promise<number> {
  return page.getByTestId('entity-item').count();
}

describe('GET /explorer', () => {
  it('serves the page, its script and style with their types and a strict CSP', async () => {
    const pageResponse = await fetch(`${service.url}/explorer/`);
    expect(pageResponse.status).toBe(200);
    expect(pageResponse.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = pageResponse.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self'");
    const html = await pageResponse.text();
    expect(html).not.toMatch(/https?:\/\//);

    const script = await fetch(`${service.url}/explorer/explorer.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const style = await fetch(`${service.url}/explorer/explorer.css`);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await style.text()).not.toMatch(/@import|url\(\s*['"]?https?:/);

    const bare = await fetch(`${service.url}/explorer`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/explorer/');
  });

  it('answers 503 saying to run `npm run build` when the bundle is missing', async () => {
    const emptyDir = await mkdtemp(path.join(os.tmpdir(), 'yrd-explorer-'));
    const app = express().use('/explorer', createExplorerRouter({ directory: emptyDir }));
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/explorer/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('run `npm run build`');
    } finally {
      server.close();
      await rm(emptyDir, { recursive: true });
    }
  });
});

describe('the explorer page in Chromium', () => {
  it('starts with an empty stage and the relationship-type filters', async () => {
    await page.goto(`${service.url}/explorer/`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('empty').isVisible()).toBe(true);
    expect(await page.getByTestId('type-filters').locator('input[type=checkbox]').count()).toBe(12);
  });

  it('searches with the keyboard and loads Wenzhou’s neighbourhood', async () => {
    const search = page.getByTestId('search-input');
    await search.click();
    await search.pressSequentially('Wenzhou', { delay: 20 });
    const hit = page.locator('[data-testid="search-hit"][data-entity-id="city:wenzhou"]');
    await hit.waitFor();
    expect(await hit.innerText()).toMatch(/Wenzhou\s+City/);
    await search.press('Enter');

    await expect.poll(() => page.getByTestId('details-title').innerText()).toBe('Wenzhou');
    await expect.poll(entityCount).toBeGreaterThan(10);
    expect(await page.getByTestId('empty').isVisible()).toBe(false);
    expect(await page.getByTestId('legend').innerText()).toMatch(/City/);
    expect(await page.getByTestId('status').innerText()).toMatch(/^Wenzhou: \d+ entities, \d+ relationships/);
  });

  it('expands a node, merging its neighbourhood into the drawing', async () => {
    const before = await entityCount();
    await page.getByTestId('entity-list-toggle').click();
    await page.locator('[data-testid="entity-item"][data-entity-id="district:jiading"]').click();
    await expect.poll(() => page.getByTestId('details-title').innerText()).toBe('Jiading');
    await page.getByTestId('expand-entity').click();
    await expect.poll(entityCount).toBeGreaterThan(before);
    expect(await page.getByTestId('status').innerText()).toMatch(/^Expanded Jiading: \d+ new entit/);
  });

  it('shows a relationship’s type, ends and verbatim evidence when it is clicked', async () => {
    const sourceText = await readFile(SOURCE_TEXT, 'utf8');
    await page
      .locator(
        '[data-testid="relationship-item"][data-relationship-id="city:wenzhou-[COOPERATES_WITH]->district:jiading"]',
      )
      .click();
    await expect.poll(() => page.getByTestId('details-title').innerText()).toBe('Cooperates with');
    expect(await page.getByTestId('relationship-endpoints').innerText()).toMatch(/Wenzhou\s*→\s*Jiading/);
    const quotes = await page.getByTestId('evidence-quote').allInnerTexts();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(sourceText).toContain(quote);
    expect(await page.getByTestId('evidence-source').first().innerText()).toMatch(/Action Plan/i);
  });

  it('finds and highlights the path from Taizhou to Jiading', async () => {
    await page.getByTestId('path-from').fill('Taizhou');
    await page.getByTestId('path-to').fill('Jiading');
    await page.getByTestId('path-submit').click();
    const pathNodes = page.getByTestId('path-nodes').first().locator('li');
    await expect.poll(() => pathNodes.allInnerTexts()).toEqual(['Taizhou', 'Wenzhou', 'Jiading']);
    expect(await page.getByTestId('status').innerText()).toBe('Path: Taizhou → Wenzhou → Jiading.');
  });

  it('draws a graph that a screenshot shows (not a blank canvas)', async () => {
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForTimeout(500);
    await mkdir(RESULTS_DIR, { recursive: true });
    const shot = await page.screenshot({ path: path.join(RESULTS_DIR, 'explorer.png') });
    const graphBox = await page.getByTestId('graph').boundingBox();
    expect(graphBox).not.toBeNull();
    const ink = inkIn(PNG.sync.read(shot), graphBox!);
    expect(ink.saturated).toBeGreaterThan(2_000);
    expect(ink.colours).toBeGreaterThan(8);
  });

  it('downloads the drawing as a PNG composed from sigma’s layers', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    expect(download.suggestedFilename()).toBe('yrd-graph.png');
    const file = path.join(RESULTS_DIR, 'explorer-export.png');
    await download.saveAs(file);
    const png = PNG.sync.read(await readFile(file));
    const ink = inkIn(png, { x: 0, y: 0, width: png.width, height: png.height });
    expect(ink.saturated).toBeGreaterThan(2_000);
    expect(ink.colours).toBeGreaterThan(8);
  });

  it('reloads with a relationship-type filter', async () => {
    await page.locator('#clear').click();
    await page.getByTestId('search-input').fill('Wenzhou');
    await page.locator('[data-testid="search-hit"][data-entity-id="city:wenzhou"]').click();
    await expect.poll(entityCount).toBeGreaterThan(10);
    const everything = await page.getByTestId('relationship-item').count();

    await page.getByRole('button', { name: 'None', exact: true }).click();
    await expect.poll(() => page.getByTestId('relationship-item').count()).toBe(0);
    await page.getByTestId('filter-COOPERATES_WITH').check();
    await expect.poll(() => page.getByTestId('relationship-item').count()).toBeGreaterThan(0);
    const items = await page.getByTestId('relationship-item').allInnerTexts();
    expect(items.length).toBeLessThan(everything);
    for (const item of items) expect(item).toContain('Cooperates with');

    await page.getByRole('button', { name: 'All', exact: true }).click();
    await expect.poll(() => page.getByTestId('relationship-item').count()).toBe(everything);
  });

  it('colours by community and exports a server format once the API offers them', async () => {
    const schema = (await (
      await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { queryType { fields { name } } } }' }),
      })
    ).json()) as { data: { __schema: { queryType: { fields: { name: string }[] } } } };
    const fields = new Set(schema.data.__schema.queryType.fields.map((field) => field.name));

    if (fields.has('analytics')) {
      await page.getByTestId('color-by').selectOption('community');
      await expect
        .poll(
          async () =>
            `${await page.getByTestId('legend').innerText()} / ${await page.getByTestId('status').innerText()}`,
        )
        .toMatch(/Community 1/);
      await page.getByTestId('color-by').selectOption('kind');
    } else {
      expect(await page.locator('#color-by option[value="community"]').isDisabled()).toBe(true);
    }

    if (fields.has('graph')) {
      await page.getByTestId('export-format').selectOption('GEXF');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-file').click(),
      ]);
      const content = await readFile(await download.path(), 'utf8');
      expect(content).toContain('<gexf');
      expect(content).toContain('Wenzhou');
    } else {
      expect(await page.getByTestId('export-file').isDisabled()).toBe(true);
    }
  });

  it('reported no script errors, CSP violations or outside requests', async () => {
    if (process.env['UPDATE_DOCS_SCREENSHOT']) await writeDocsScreenshot();
    expect(pageProblems).toEqual([]);
  });
});

/** The README's picture: Wenzhou's neighbourhood with Jiading expanded and the Taizhou path. */
async function writeDocsScreenshot(): Promise<void> {
  await page.getByTestId('path-from').fill('city:taizhou');
  await page.getByTestId('path-to').fill('district:jiading');
  await page.getByTestId('path-submit').click();
  await page.getByTestId('path-nodes').first().waitFor();
  await page.locator('#path-clear').click();
  await page.locator('[data-relationship-id="city:wenzhou-[COOPERATES_WITH]->district:jiading"]').click();
  await page.getByTestId('evidence-quote').first().waitFor();
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.waitForTimeout(600);
  await writeFile(path.resolve('docs', 'explorer.png'), await page.screenshot());
}
