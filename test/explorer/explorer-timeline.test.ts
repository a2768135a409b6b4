import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledDatasetWithEvents } from '../support/bundled-with-events.js';
import {
  eventually,
  loadWenzhou,
  nodePoint,
  RESULTS_DIR,
  startExplorerHarness,
  VIEWPORTS,
  type ExplorerHarness,
} from './explorer-harness.js';

/**
 * The explorer's timeline view in Chromium, at a phone's and a laptop's size: selecting an entity lists
 * the events reported about it in date order, each with its type, figures and citation (publisher,
 * date, link). Screenshots go to test-results/; `UPDATE_DOCS_SCREENSHOT=1` also writes them to
 * docs/explorer-timeline-phone.png and docs/explorer-timeline-desktop.png.
 */

let harness: ExplorerHarness;

beforeAll(async () => {
  harness = await startExplorerHarness({ dataset: await bundledDatasetWithEvents() });
}, 240_000);

afterAll(async () => {
  await harness?.close();
});

const SIZES = { phone: VIEWPORTS.phone, desktop: VIEWPORTS.desktop };

describe.each(Object.entries(SIZES))('the timeline at %s size', (name, viewport) => {
  it(`lists Jiading's reported events with figures and citations at ${viewport.width}×${viewport.height}`, async () => {
    // A phone is a touch screen.
    const { page, context, problems } = await harness.open(viewport, '', { touch: name === 'phone' });
    await loadWenzhou(page);
    const jiading = await nodePoint(page, 'district:jiading');
    await page.mouse.click(jiading.x, jiading.y);
    await eventually(() => page.getByTestId('details-title').innerText()).toBe('Jiading');

    const timeline = page.getByTestId('timeline');
    await eventually(() => page.getByTestId('timeline-event').count()).toBe(2);
    expect(await timeline.locator('h3').innerText()).toBe('Reported since the plan (2)');
    // A `2019` report sorts as the year's first day, before the opening in December.
    const events = page.getByTestId('timeline-event');
    expect(
      await events.evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id'))),
    ).toEqual(['event:test-jiading-wenzhou-ties', 'event:test-jiading-park-opened']);
    const opened = events.nth(1);
    expect(await opened.locator('time').innerText()).toBe('16 Dec 2019');
    expect(await opened.locator('time').getAttribute('datetime')).toBe('2019-12-16');
    expect(await opened.getByTestId('event-type').innerText()).toMatch(/^opened$/i);
    expect(await opened.getByTestId('event-figures').innerText()).toBe('9,610 m² · 21 firms');
    const citation = opened.getByTestId('event-citation');
    expect(await citation.innerText()).toContain('Jiading District government, 2019-12-24 — ');
    const link = citation.locator('a');
    expect(await link.innerText()).toBe('Jiading-Wenzhou joint innovation park opens');
    expect(await link.getAttribute('href')).toBe(
      'http://english.jiading.gov.cn/2019-12/24/content_37530243.htm',
    );
    expect(await events.nth(0).locator('time').innerText()).toBe('2019');
    expect(await events.nth(0).getByTestId('event-figures').count()).toBe(0);

    // The view fits the screen: nothing sticks out sideways, and the list lies inside the details drawer.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(viewport.width);
    await timeline.scrollIntoViewIfNeeded();
    const drawer = (await page.getByTestId('details-drawer').boundingBox())!;
    const box = (await timeline.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(drawer.x);
    expect(box.x + box.width).toBeLessThanOrEqual(drawer.x + drawer.width + 0.5);
    await eventually(async () => {
      const shown = (await timeline.boundingBox())!;
      return shown.y >= 0 && shown.y + Math.min(shown.height, 200) <= viewport.height;
    }).toBe(true);
    const shot = await page.screenshot({ path: path.join(RESULTS_DIR, `explorer-timeline-${name}.png`) });
    if (process.env['UPDATE_DOCS_SCREENSHOT']) {
      await writeFile(path.resolve('docs', `explorer-timeline-${name}.png`), shot);
    }

    // An entity no report concerns says so; a relationship hides the view. (On a phone the open details
    // drawer is modal: it is closed to reach the search box, and opened again to read.)
    if (name === 'phone') await page.keyboard.press('Escape');
    await page.getByTestId('search-input').fill('Taizhou');
    await page.locator('[data-testid="search-hit"][data-entity-id="city:taizhou"]').click();
    if (name === 'phone') await page.getByTestId('open-details').click();
    await eventually(() => page.getByTestId('details-title').innerText()).toBe('Taizhou');
    await eventually(() => page.getByTestId('timeline-empty').innerText()).toBe(
      'No reported events about Taizhou yet.',
    );

    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
