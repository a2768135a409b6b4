import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_DIR } from '../../src/config.js';
import { loadDataset } from '../../src/dataset/index.js';
import { RELATIONSHIP_TYPES } from '../../src/model/index.js';
import { createExplorerRouter } from '../../src/server/explorer-route.js';
import {
  eventually,
  besideEdge,
  drawingFacts,
  focused,
  inkIn,
  nodePoint,
  RESULTS_DIR,
  startExplorerHarness,
  VIEWPORTS,
  type ExplorerHarness,
} from './explorer-harness.js';

/**
 * The explorer at /explorer in a real headless Chromium at laptop size (1440×900), against the service
 * on the embedded store. Each test opens its own page, most from a permalink, so none depends on another.
 * The phone and tablet sizes are in explorer-responsive.test.ts.
 */

const SOURCE_TEXT = path.join(DEFAULT_DATASET_DIR, 'sources', 'wenzhou-yrd-action-plan-2020.txt');
const WENZHOU_JIADING = 'city:wenzhou-[COOPERATES_WITH]->district:jiading';

let harness: ExplorerHarness;

beforeAll(async () => {
  harness = await startExplorerHarness();
}, 240_000);

afterAll(async () => {
  await harness?.close();
});

const entityCount = (page: Page) => page.getByTestId('entity-item').count();
const relationshipCount = (page: Page) => page.getByTestId('relationship-item').count();
const title = (page: Page) => page.getByTestId('details-title').innerText();

/**
 * Opens a page at a permalink and waits until its drawing is there: more than `atLeast` entities
 * listed (a view of Wenzhou's neighbourhood has many more; a view of one relationship type says how many).
 */
async function openAt(query: string, atLeast = 10) {
  const opened = await harness.open(VIEWPORTS.desktop, query);
  await eventually(() => entityCount(opened.page)).toBeGreaterThan(atLeast);
  return opened;
}

/** How many entities Wenzhou's COOPERATES_WITH star holds in the bundled dataset: Wenzhou and its partners. */
async function wenzhouCooperationStarSize(): Promise<number> {
  const dataset = await loadDataset(DEFAULT_DATASET_DIR);
  const partners = new Set<string>();
  for (const relationship of dataset.relationships) {
    if (relationship.type !== 'COOPERATES_WITH') continue;
    if (relationship.from === 'city:wenzhou') partners.add(relationship.to);
    if (relationship.to === 'city:wenzhou') partners.add(relationship.from);
  }
  return partners.size + 1;
}

describe('GET /explorer', () => {
  it('serves the page, its script and style with their types and a strict CSP', async () => {
    const pageResponse = await fetch(`${harness.service.url}/explorer/`);
    expect(pageResponse.status).toBe(200);
    expect(pageResponse.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = pageResponse.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self'");
    const html = await pageResponse.text();
    expect(html).not.toMatch(/https?:\/\//);

    const script = await fetch(`${harness.service.url}/explorer/explorer.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const style = await fetch(`${harness.service.url}/explorer/explorer.css`);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await style.text()).not.toMatch(/@import|url\(\s*['"]?https?:/);

    const bare = await fetch(`${harness.service.url}/explorer`, { redirect: 'manual' });
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

describe('the explorer at 1440×900', { timeout: 180_000 }, () => {
  it('searches with the keyboard, keeps focus in the box and says when nothing matches', async () => {
    const { page, context, problems } = await harness.open(VIEWPORTS.desktop);
    expect(await page.getByTestId('empty').isVisible()).toBe(true);
    // The filters' box says something from the start (it was an empty yellow strip until a first drawing).
    expect(await page.getByTestId('filter-summary').innerText()).toBe('Nothing is drawn yet.');
    expect(await page.getByTestId('type-filters').locator('input[type=checkbox]').count()).toBe(
      RELATIONSHIP_TYPES.length,
    );
    expect(await page.getByTestId('graphiql-link').getAttribute('href')).toBe('/graphiql');

    const search = page.getByTestId('search-input');
    await search.click();
    await search.pressSequentially('zzqx', { delay: 20 });
    await eventually(() => page.getByTestId('search-no-match').innerText()).toBe(
      'Nothing matches “zzqx”. Try another spelling, a shorter name or the Chinese name.',
    );

    await search.fill('');
    await search.pressSequentially('Wenzhou', { delay: 20 });
    const hit = page.locator('[data-testid="search-hit"][data-entity-id="city:wenzhou"]');
    await hit.waitFor();
    expect(await hit.innerText()).toMatch(/Wenzhou\s+City/);
    await search.press('ArrowDown');
    // The focused hit shows an outline.
    expect((await focused(page)).outline).toBe('solid');
    await page.keyboard.press('Enter');

    await eventually(() => title(page)).toBe('Wenzhou');
    expect((await focused(page)).id).toBe('search-input');
    expect(await page.getByTestId('status').innerText()).toMatch(/^Wenzhou: \d+ entities, \d+ relationships/);
    expect(new URL(page.url()).searchParams.get('show')).toBe('city:wenzhou');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('labels most entities without overlaps, and keeps the legend out of the drawing', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou');
    await eventually(async () => (await drawingFacts(page)).labelled).toBeGreaterThan(0);
    const facts = await drawingFacts(page);
    expect(facts.overlapping).toBe(false);
    expect(facts.labelled / facts.shown).toBeGreaterThanOrEqual(0.7);

    const graph = (await page.getByTestId('graph').boundingBox())!;
    const legend = (await page.getByTestId('legend').boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(graph.y + graph.height);
    const legendText = await page.getByTestId('legend').innerText();
    expect(legendText).toMatch(/City/);
    expect(legendText).toMatch(/Cooperates with/);
    // Each relationship type has its own colour in the legend.
    const swatches = await page.getByTestId('legend-relationship').locator('.line-swatch').all();
    const colours = await Promise.all(swatches.map((swatch) => swatch.getAttribute('style')));
    expect(colours.length).toBeGreaterThan(3);
    expect(new Set(colours).size).toBe(colours.length);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('names a selected entity once: in the hover box beside it, not also at its placed label', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou');
    await eventually(async () => (await drawingFacts(page)).labelled).toBeGreaterThan(0);
    const labels = () =>
      page.evaluate(`(() => {
        const { view } = globalThis.yrdExplorer;
        return { placed: [...view.placedLabels().keys()], drawn: [...view.drawnLabels()] };
      })()`) as Promise<{ placed: string[]; drawn: string[] }>;
    const select = (id: string) =>
      page.evaluate(`globalThis.yrdExplorer.view.select({ node: ${JSON.stringify(id)} })`);
    // Nothing selected: every placed label is drawn, Wenzhou's among them.
    await eventually(async () => (await labels()).drawn.includes('city:wenzhou')).toBe(true);
    const unselected = await labels();
    expect(unselected.drawn.sort()).toEqual(unselected.placed.sort());
    // Wenzhou selected: its place is kept, its name is left to the hover box.
    await select('city:wenzhou');
    await eventually(async () => (await labels()).drawn.includes('city:wenzhou')).toBe(false);
    const selected = await labels();
    expect(selected.placed).toContain('city:wenzhou');
    expect(selected.drawn).not.toContain('city:wenzhou');
    expect(selected.drawn.length).toBe(selected.placed.length - 1);
    // Another entity selected, Wenzhou's placed label is drawn again and the other's is not.
    const other = selected.drawn[0]!;
    await select(other);
    await eventually(async () => (await labels()).drawn.includes('city:wenzhou')).toBe(true);
    expect((await labels()).drawn).not.toContain(other);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('selects on click and expands on double-click, moving only the new entities', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou');
    const before = await entityCount(page);
    const at = await nodePoint(page, 'district:jiading');
    await page.mouse.click(at.x, at.y);
    await eventually(() => title(page)).toBe('Jiading');
    expect(await entityCount(page)).toBe(before);
    expect(new URL(page.url()).searchParams.get('sel')).toBe('district:jiading');

    const positions = (await drawingFacts(page)).positions;
    await page.mouse.dblclick(at.x, at.y);
    await eventually(() => page.getByTestId('status').innerText()).toMatch(
      /^Expanded Jiading: \d+ new entit/,
    );
    expect(await entityCount(page)).toBeGreaterThan(before);
    const after = (await drawingFacts(page)).positions;
    for (const [id, position] of Object.entries(positions)) expect(after[id], id).toEqual(position);
    expect(new URL(page.url()).searchParams.get('show')).toBe('city:wenzhou,district:jiading');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('expands by one relationship type from the details panel', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou&sel=city:shanghai');
    await eventually(() => title(page)).toBe('Shanghai');
    await page.getByTestId('expand-type').selectOption('CONNECTED_BY_RAIL');
    await page.getByTestId('expand-entity').click();
    await eventually(() => page.getByTestId('status').innerText()).toMatch(
      /^Expanded Shanghai \(Connected by rail\)/,
    );
    expect(new URL(page.url()).searchParams.get('show')).toBe('city:wenzhou,city:shanghai~CONNECTED_BY_RAIL');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a relationship clicked a few pixels beside its line, with its verbatim evidence', async () => {
    const sourceText = await readFile(SOURCE_TEXT, 'utf8');
    // Wenzhou's cooperation partners: a star of lines, where a near miss could pick the wrong one.
    const starSize = await wenzhouCooperationStarSize();
    const { page, context, problems } = await openAt('?show=city:wenzhou~COOPERATES_WITH', starSize - 1);
    expect(await entityCount(page)).toBe(starSize);
    // A point beside the line, 5 px off it on the side where other lines are farthest.
    const box = (await page.getByTestId('graph').boundingBox())!;
    const target = await besideEdge(page, WENZHOU_JIADING, 5);
    expect(target.otherEdgesAt).toBeGreaterThan(8);
    const [x, y] = [box.x + target.x, box.y + target.y];
    await page.mouse.click(x, y);
    await eventually(() => title(page)).toBe('Cooperates with');
    expect(new URL(page.url()).searchParams.get('sel')).toBe(WENZHOU_JIADING);
    expect(await page.getByTestId('relationship-endpoints').innerText()).toMatch(/Wenzhou\s*→\s*Jiading/);
    const quotes = await page.getByTestId('evidence-quote').allInnerTexts();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(sourceText).toContain(quote);
    // Every record of this cooperation is the plan's own words, and the panel says so.
    expect(await page.getByTestId('evidence-kind').allInnerTexts()).toEqual(
      quotes.map(() => 'THE PLAN SAYS'),
    );
    expect(await page.getByTestId('evidence-source').first().innerText()).toMatch(/Action Plan/i);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('hides an entity, and Undo, Redo, Back and Forward walk through the views', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou&sel=district:jiading');
    await eventually(() => title(page)).toBe('Jiading');
    const jiading = page.locator('[data-testid="entity-item"][data-entity-id="district:jiading"]');
    expect(await jiading.count()).toBe(1);

    await page.getByTestId('hide-entity').click();
    await eventually(() => jiading.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('district:jiading');

    await page.getByTestId('undo').click();
    await eventually(() => jiading.count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('hide')).toBeNull();
    await page.getByTestId('redo').click();
    await eventually(() => jiading.count()).toBe(0);

    await page.goBack();
    await eventually(() => jiading.count()).toBe(1);
    await page.goForward();
    await eventually(() => jiading.count()).toBe(0);
    // Ctrl+Z is Undo too.
    await page.getByTestId('graph').focus();
    await page.keyboard.press('Control+z');
    await eventually(() => jiading.count()).toBe(1);

    // The permalink reproduces the view, positions included.
    const positions = (await drawingFacts(page)).positions;
    const again = await harness.open(VIEWPORTS.desktop, new URL(page.url()).search);
    await eventually(() => entityCount(again.page)).toBe(await entityCount(page));
    expect((await drawingFacts(again.page)).positions).toEqual(positions);
    expect([...problems, ...again.problems]).toEqual([]);
    await context.close();
    await again.context.close();
  });

  it('finds and highlights the path from Taizhou to Jiading, by names', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou');
    await page.getByTestId('path-from').fill('Taizhou');
    await page.getByTestId('path-to').fill('Jiading');
    await page.getByTestId('path-submit').click();
    const pathNodes = page.getByTestId('path-nodes').first().locator('li');
    await eventually(() => pathNodes.allInnerTexts()).toEqual(['Taizhou', 'Wenzhou', 'Jiading']);
    expect(await page.getByTestId('status').innerText()).toBe('Path: Taizhou → Wenzhou → Jiading.');
    expect(new URL(page.url()).searchParams.get('path')).toBe('city:taizhou,district:jiading');

    await page.getByTestId('path-from').fill('zzqx');
    await page.getByTestId('path-submit').click();
    await eventually(() => page.getByTestId('status').innerText()).toBe(
      'Nothing matches “zzqx”. Try another spelling, or pick a suggestion from the list.',
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('clears the path from the details as well as from the drawing', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou');
    const details = page.getByTestId('details');
    const withNothingChosen = await details.innerText();
    await page.getByTestId('path-from').fill('Taizhou');
    await page.getByTestId('path-to').fill('Jiading');
    await page.getByTestId('path-submit').click();
    const pathNodes = page.getByTestId('path-nodes');
    await eventually(() => pathNodes.count()).toBe(1);

    await page.getByRole('button', { name: 'Clear path' }).click();
    await eventually(() => page.getByTestId('status').innerText()).toBe('Path cleared.');
    expect(new URL(page.url()).searchParams.get('path')).toBeNull();
    expect(await pathNodes.count()).toBe(0);
    expect(await details.innerText()).toBe(withNothingChosen);
    // Undo brings the path back, in the details too; Redo clears it again.
    await page.getByTestId('undo').click();
    await eventually(() => pathNodes.count()).toBe(1);
    await page.getByTestId('redo').click();
    await eventually(() => pathNodes.count()).toBe(0);
    expect(await details.innerText()).toBe(withNothingChosen);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('filters by type, status and date, and says how many relationships each hides', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou');
    const summary = page.getByTestId('filter-summary');
    const total = await relationshipCount(page);
    expect(await summary.innerText()).toBe(`Filters hide nothing: all ${total} relationships are shown.`);

    await page.getByRole('button', { name: 'None', exact: true }).first().click();
    await eventually(() => relationshipCount(page)).toBe(0);
    expect(await summary.innerText()).toMatch(
      new RegExp(`^Filters hide ${total} of ${total} relationships: ${total} by type\\.`),
    );
    await page.getByTestId('filter-COOPERATES_WITH').check();
    await eventually(() => relationshipCount(page)).toBeGreaterThan(0);
    // The list is folded away (closed <details>), so its text is read as text content, not as rendered.
    for (const item of await page.getByTestId('relationship-item').allTextContents())
      expect(item).toContain('Cooperates with');
    await page.getByRole('button', { name: 'All', exact: true }).first().click();
    await eventually(() => relationshipCount(page)).toBe(total);

    // Status: only existing relations.
    for (const status of ['PLANNED', 'PROPOSED', 'NONE'])
      await page.getByTestId(`status-${status}`).uncheck();
    await eventually(() => summary.innerText()).toMatch(/by status/);
    const byStatus = Number(/(\d+) by status/.exec(await summary.innerText())![1]);
    expect(byStatus).toBeGreaterThan(0);
    expect(await relationshipCount(page)).toBe(total - byStatus);
    await page.getByRole('button', { name: 'All', exact: true }).nth(1).click();
    await eventually(() => relationshipCount(page)).toBe(total);

    // A date keeps undated relationships, and says so; the switch hides them too.
    await page.getByTestId('as-of').fill('2021-06-01');
    await eventually(() => summary.innerText()).toMatch(/have no dates and stay shown\.$/);
    const undated = Number(/(\d+) have no dates/.exec(await summary.innerText())![1]);
    await page.getByTestId('hide-undated').check();
    await eventually(() => summary.innerText()).toMatch(/without dates/);
    expect(await summary.innerText()).toMatch(new RegExp(`${undated} without dates`));
    const hidden = Number(/Filters hide (\d+) of/.exec(await summary.innerText())![1]);
    expect(await relationshipCount(page)).toBe(total - hidden);
    expect(new URL(page.url()).searchParams.get('undated')).toBe('hide');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves keyboard focus over the drawing with the arrows and opens the focused entity', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou');
    await page.getByTestId('graph').focus();
    await page.keyboard.press('ArrowRight');
    const focusName = page.getByTestId('focus-name');
    await eventually(() => focusName.isVisible()).toBe(true);
    const first = (await focusName.innerText()).split(' · ')[0];
    await page.keyboard.press('ArrowDown');
    await eventually(async () => (await focusName.innerText()).split(' · ')[0]).not.toBe(first);
    const focusedName = (await focusName.innerText()).split(' · ')[0]!;
    await page.keyboard.press('Enter');
    await eventually(() => title(page)).toBe(focusedName);
    // From the drawing, the entity's relationships are a few Tabs away.
    let tabs = 0;
    while (tabs < 30 && (await focused(page)).testId !== 'entity-relationship') {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThanOrEqual(12);

    await page.getByTestId('zoom-in').click();
    await page.getByTestId('fit').click();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('colours by community and exports GEXF through the API', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou');
    await page.getByTestId('color-by').selectOption('community');
    await eventually(() => page.getByTestId('legend').innerText()).toMatch(/Community 1/);
    expect(new URL(page.url()).searchParams.get('color')).toBe('community');

    await page.getByTestId('export-format').selectOption('GEXF');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-file').click(),
    ]);
    const content = await readFile(await download.path(), 'utf8');
    expect(content).toContain('<gexf');
    expect(content).toContain('Wenzhou');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps appearance changes made while the communities are still being fetched', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou');
    // The analytics answer is held back, so the next changes come while colouring by community waits.
    let releaseAnalytics = () => {};
    const analyticsHeld = new Promise<void>((resolve) => (releaseAnalytics = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('ExplorerAnalytics')) await analyticsHeld;
      await route.continue();
    });
    await page.getByTestId('color-by').selectOption('community');
    await page.getByTestId('size-by').selectOption('betweenness');
    await page.getByTestId('edge-labels').check();
    releaseAnalytics();
    await eventually(() => page.getByTestId('legend').innerText()).toMatch(/Community 1/);
    await eventually(() => new URL(page.url()).searchParams.get('size')).toBe('betweenness');
    const params = new URL(page.url()).searchParams;
    expect([params.get('color'), params.get('edgeLabels')]).toEqual(['community', 'on']);
    expect(await page.getByTestId('size-by').inputValue()).toBe('betweenness');
    expect(await page.getByTestId('edge-labels').isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('exports a high-resolution PNG and an SVG, both with the legend', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou');
    const graph = (await page.getByTestId('graph').boundingBox())!;

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-svg').click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('yrd-graph.svg');
    const svg = await readFile(await svgDownload.path(), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)"/);
    expect(svg).toContain('>RELATIONSHIPS</text>');
    expect(svg).toContain('Cooperates with (');
    expect(svg).toContain('>Wenzhou</text>');
    expect((svg.match(/<circle /g) ?? []).length).toBeGreaterThan(40);

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('yrd-graph.png');
    const file = path.join(RESULTS_DIR, 'explorer-export.png');
    await pngDownload.saveAs(file);
    const png = PNG.sync.read(await readFile(file));
    // Three times the drawing's size on screen, plus the legend column.
    expect(png.width).toBe(3 * (Math.round(graph.width) + 230));
    const drawingInk = inkIn(png, { x: 0, y: 0, width: 3 * graph.width, height: png.height });
    expect(drawingInk.saturated).toBeGreaterThan(20_000);
    expect(drawingInk.colours).toBeGreaterThan(8);
    const legendInk = inkIn(png, { x: 3 * graph.width, y: 0, width: 3 * 230, height: png.height });
    expect(legendInk.colours).toBeGreaterThan(8);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('puts places at their coordinates in the map layout', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou');
    await page.getByTestId('layout-mode').selectOption('map');
    await eventually(() => page.getByTestId('status').innerText()).toMatch(
      /^Map: \d+ places at their coordinates/,
    );
    const { positions } = await drawingFacts(page);
    // Shanghai lies north-east of Wenzhou; sigma's y axis points north.
    expect(positions['city:shanghai']!.x).toBeGreaterThan(positions['city:wenzhou']!.x);
    expect(positions['city:shanghai']!.y).toBeGreaterThan(positions['city:wenzhou']!.y);
    expect(new URL(page.url()).searchParams.get('layout')).toBe('map');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says which entity of a permalink is not in the graph, and draws the rest', async () => {
    const { page, context, problems } = await harness.open(VIEWPORTS.desktop, '?show=city:nowhere');
    const status = page.getByTestId('status');
    await eventually(() => status.innerText()).toBe(
      '“city:nowhere” is not in the graph any more, so it was left out.',
    );
    expect(await status.getAttribute('class')).toContain('error');
    // Beside what could be drawn, it says the same.
    const mixed = await harness.open(VIEWPORTS.desktop, '?show=city:wenzhou,city:nowhere');
    await eventually(() => entityCount(mixed.page)).toBeGreaterThan(10);
    expect(await mixed.page.getByTestId('status').innerText()).toBe(
      '“city:nowhere” is not in the graph any more, so it was left out.',
    );
    // The server's NOT_FOUND answer is the expected one; nothing else went wrong.
    expect([...problems, ...mixed.problems]).toEqual([]);
    await context.close();
    await mixed.context.close();
  });

  it('draws what a link with malformed ids holds that is valid, and says what it left out', async () => {
    const { page, context, problems } = await harness.open(
      VIEWPORTS.desktop,
      '?show=city:wenzhou,Not%20an%20id~FOO&path=city:taizhou,%25%25&hide=!!&sel=district:jiading&color=community',
    );
    await eventually(() => entityCount(page)).toBeGreaterThan(10);
    const status = page.getByTestId('status');
    await eventually(() => status.innerText()).toBe(
      '“Not an id”, “%%”, “!!” in the link are not ids or relationship types, so they were left out (ids look like “city:wenzhou”).',
    );
    expect(await status.getAttribute('class')).toContain('error');
    // The valid rest of the link is kept: the selection, the colouring, and Wenzhou's drawing.
    await eventually(() => title(page)).toBe('Jiading');
    expect(await page.getByTestId('color-by').inputValue()).toBe('community');
    // The address now holds only what was drawn, so a copy of it is a good link.
    const address = new URL(page.url()).searchParams;
    expect(address.get('show')).toBe('city:wenzhou');
    expect(address.get('path')).toBeNull();
    expect(address.get('hide')).toBeNull();
    expect(address.get('sel')).toBe('district:jiading');

    // A well-formed path end the graph does not hold leaves the path out, and the drawing in.
    const stale = await harness.open(VIEWPORTS.desktop, '?show=city:wenzhou&path=city:wenzhou,city:nowhere');
    await eventually(() => entityCount(stale.page)).toBeGreaterThan(10);
    await eventually(() => stale.page.getByTestId('status').innerText()).toBe(
      'The path from “city:wenzhou” to “city:nowhere” was left out: one of its ends is not in the graph any more.',
    );
    expect(await stale.page.getByTestId('path-nodes').count()).toBe(0);
    expect([...problems, ...stale.problems]).toEqual([]);
    await Promise.all([context.close(), stale.context.close()]);
  });

  it('says when the selection a link names is not in the graph, with or without a drawing', async () => {
    const { page, context, problems } = await openAt('?show=city:wenzhou&sel=city:nowhere');
    const status = page.getByTestId('status');
    await eventually(() => status.innerText()).toBe(
      '“city:nowhere” is not in the graph any more, so nothing is selected.',
    );
    expect(await status.getAttribute('class')).toContain('error');
    // A link that only selects, with nothing drawn, is not ignored either.
    const alone = await harness.open(VIEWPORTS.phone, '?sel=city:nowhere');
    await eventually(() => alone.page.getByTestId('status').innerText()).toBe(
      '“city:nowhere” is not in the graph any more, so nothing is selected.',
    );
    expect([...problems, ...alone.problems]).toEqual([]);
    await Promise.all([context.close(), alone.context.close()]);
  });

  it('shows the details of a link that only selects, with Expand to draw it', async () => {
    const { page, context, problems } = await harness.open(VIEWPORTS.desktop, '?sel=city:wenzhou');
    await eventually(() => title(page)).toBe('Wenzhou');
    await page.getByTestId('expand-entity').click();
    await eventually(() => entityCount(page)).toBeGreaterThan(10);
    await eventually(() => new URL(page.url()).searchParams.get('show')).toBe('city:wenzhou');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says in words when the server cannot be reached', async () => {
    const { page, context, problems } = await harness.open(VIEWPORTS.desktop);
    await context.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Wenzhou', exact: true }).click();
    await eventually(() => page.getByTestId('status').innerText()).toBe(
      'The server could not be reached. Check the connection and try again.',
    );
    // The only problems are the refused requests themselves.
    expect(problems.filter((problem) => !/\/graphql|ERR_CONNECTION_REFUSED/.test(problem))).toEqual([]);
    await context.close();
  });
});
