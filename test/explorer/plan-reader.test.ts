import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatReadHash,
  parseReadHash,
  passagesOf,
  type ReadTarget,
} from '../../apps/explorer/plan-reader-passages.js';
import {
  eventually,
  focused,
  RESULTS_DIR,
  startExplorerHarness,
  VIEWPORTS,
  type ExplorerHarness,
} from './explorer-harness.js';

/**
 * "Read it in the plan" in Debian's Chromium at a phone's and a laptop's size: from an entity's quoted
 * evidence to the whole source with the quote highlighted, the facts a marked passage supports, the
 * address that holds the view, and the keyboard. Every expectation is asked of the API in the test.
 * `UPDATE_DOCS_SCREENSHOT=1` also writes docs/explorer-reader-phone.png and docs/explorer-reader-desktop.png.
 */

/** A park whose quote lies deep in the plan, so the reader must scroll to it. */
const ENTITY = 'park:wenzhou-comprehensive-ftz';

let harness: ExplorerHarness;

beforeAll(async () => {
  harness = await startExplorerHarness();
}, 240_000);

afterAll(async () => {
  await harness?.close();
});

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${harness.service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

interface QuotedEvidence {
  kind: string;
  quote: string;
  start: number;
  end: number;
  source: { id: string; title: string; publisher: string; published: string; text: string };
}

async function quotedEvidenceOf(id: string): Promise<QuotedEvidence> {
  const { entity } = await api<{ entity: { evidence: QuotedEvidence[] } }>(
    `query ($id: ID!) { entity(id: $id) { evidence { kind quote start end
       source { id title publisher published text } } } }`,
    { id },
  );
  const quoted = entity.evidence.find((item) => item.kind === 'QUOTED');
  expect(quoted).toBeDefined();
  return quoted!;
}

interface CitationPage {
  edges: { node: { fact: { id: string }; evidence: { quote: string } } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The distinct fact ids `evidenceIn` gives for a passage, every page of them, sorted. */
async function factsIn(source: string, start: number, end: number): Promise<string[]> {
  return [...new Set((await citationsIn(source, start, end)).map((citation) => citation.fact))].sort();
}

/** Every citation `evidenceIn` gives for a passage: the fact's id and its quote. */
async function citationsIn(
  source: string,
  start: number,
  end: number,
): Promise<{ fact: string; quote: string }[]> {
  const found: { fact: string; quote: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const { evidenceIn }: { evidenceIn: CitationPage } = await api<{ evidenceIn: CitationPage }>(
      `query ($source: ID!, $start: Int!, $end: Int!, $after: String) {
         evidenceIn(source: $source, start: $start, end: $end, first: 100, after: $after) {
           edges { node { fact { id } evidence { quote } } } pageInfo { hasNextPage endCursor } } }`,
      { source, start, end, after },
    );
    for (const { node } of evidenceIn.edges) found.push({ fact: node.fact.id, quote: node.evidence.quote });
    if (!evidenceIn.pageInfo.hasNextPage) break;
    after = evidenceIn.pageInfo.endCursor;
  }
  return found;
}

const listedFacts = async (page: Page) =>
  (
    await page
      .getByTestId('plan-reader-facts')
      .getByTestId('plan-fact')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-fact-id') ?? ''))
  ).sort();

/** The text ranges the reader paints for the fact pointed at (CSS Custom Highlight API). */
const paintedQuotes = (page: Page): Promise<string[]> =>
  page.evaluate(
    `[...(CSS.highlights.get('plan-reader-fact') ?? [])].map((range) => range.toString()).sort()`,
  );

interface ReaderLayout {
  dialog: { x: number; y: number; width: number; height: number };
  scrollTop: number;
  scrollable: boolean;
  markInView: boolean;
  overflowX: boolean;
}

/** Where the highlighted quote is against the text's scrolled box, and whether anything overflows. */
const readerLayout = (page: Page): Promise<ReaderLayout> =>
  page.evaluate(`(() => {
    const box = (id) => document.querySelector('[data-testid="' + id + '"]').getBoundingClientRect();
    const text = document.querySelector('[data-testid="plan-reader-text"]');
    const dialog = document.querySelector('[data-testid="plan-reader"]');
    const mark = box('plan-quote');
    const shown = box('plan-reader-text');
    const { x, y, width, height } = box('plan-reader');
    return {
      dialog: { x, y, width, height },
      scrollTop: text.scrollTop,
      scrollable: text.scrollHeight > text.clientHeight,
      markInView: mark.top >= shown.top && mark.bottom <= shown.bottom,
      overflowX: [dialog, text, document.documentElement].some((node) => node.scrollWidth > node.clientWidth),
    };
  })()`);

describe('plan-reader-passages', () => {
  it('joins overlapping quotes into one passage and keeps touching ones apart', () => {
    expect(
      passagesOf([
        { start: 10, end: 20 },
        { start: 0, end: 5 },
        { start: 12, end: 30 },
        { start: 30, end: 40 },
        { start: 14, end: 16 },
      ]),
    ).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 30 },
      { start: 30, end: 40 },
    ]);
  });

  it('writes and reads the address fragment, and refuses what is not one', () => {
    const target: ReadTarget = { source: 'plan:a b', start: 3, end: 9 };
    expect(formatReadHash(target)).toBe('#read=plan%3Aa%20b:3-9');
    expect(parseReadHash(formatReadHash(target))).toEqual(target);
    for (const bad of ['', '#read=', '#read=x:9-3', '#read=x:1-', '#other=x:1-2', '#read=%E0:1-2'])
      expect(parseReadHash(bad)).toBeNull();
  });
});

describe.each([
  ['phone', VIEWPORTS.phone],
  ['desktop', VIEWPORTS.desktop],
] as const)('read it in the plan at %s size', (name, viewport) => {
  it(`opens at the quote, lists a passage's facts and closes with Escape (${viewport.width}×${viewport.height})`, async () => {
    const evidence = await quotedEvidenceOf(ENTITY);
    const narrow = viewport.width < 1200;
    // A phone is a touch screen.
    const { page, context, problems } = await harness.open(viewport, `?show=city:wenzhou&sel=${ENTITY}`, {
      touch: narrow,
    });
    if (narrow) await page.getByTestId('open-details').click();
    const details = page.getByTestId('details');
    await eventually(() => details.getByTestId('details-title').innerText()).toBe(
      'Wenzhou Comprehensive FTZ',
    );
    // The evidence says what kind it is before the analyst opens the source.
    const figure = details.locator('figure[data-evidence-kind="QUOTED"]').first();
    expect(await figure.getByTestId('evidence-kind').innerText()).toMatch(/the plan says/i);
    const opener = figure.getByTestId('read-in-plan');
    await details.screenshot({ path: path.join(RESULTS_DIR, `plan-reader-opener-${name}.png`) });
    await opener.click();

    const reader = page.getByTestId('plan-reader');
    await reader.waitFor();
    await eventually(() => page.getByTestId('plan-quote').count()).toBe(1);
    expect(await page.getByTestId('plan-reader-title').innerText()).toBe(evidence.source.title);
    const meta = await page.getByTestId('plan-reader-meta').innerText();
    expect(meta).toContain(evidence.source.publisher);
    expect(meta).toContain(evidence.source.published);

    // Exactly the quote is highlighted, and the reader scrolled down the whole text to it.
    expect(await page.getByTestId('plan-quote').textContent()).toBe(evidence.quote);
    expect(await page.getByTestId('plan-reader-text').textContent()).toBe(evidence.source.text);
    await eventually(async () => (await readerLayout(page)).markInView).toBe(true);
    const layout = await readerLayout(page);
    expect(layout.scrollable).toBe(true);
    expect(layout.scrollTop).toBeGreaterThan(0);
    expect(layout.overflowX).toBe(false);
    if (narrow) expect(layout.dialog).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
    else {
      // A panel on the right: full height, the drawing still there (dimmed) on its left.
      expect(layout.dialog.x + layout.dialog.width).toBe(viewport.width);
      expect(layout.dialog.height).toBe(viewport.height);
      expect(layout.dialog.x).toBeGreaterThan(100);
    }
    expect(new URL(page.url()).hash).toBe(
      formatReadHash({ source: evidence.source.id, start: evidence.start, end: evidence.end }),
    );

    // The passage holding the quote lists its facts at once, and has the focus.
    const current = page.locator('[data-testid="plan-passage"][aria-current]');
    const currentSpan = await current.evaluate((node) => [
      Number(node.getAttribute('data-start')),
      Number(node.getAttribute('data-end')),
    ]);
    expect(currentSpan[0]).toBeLessThanOrEqual(evidence.start);
    expect(currentSpan[1]).toBeGreaterThanOrEqual(evidence.end);
    const currentFacts = await factsIn(evidence.source.id, currentSpan[0]!, currentSpan[1]!);
    await eventually(() => listedFacts(page)).toEqual(currentFacts);
    expect(await listedFacts(page)).toContain(ENTITY);
    expect((await focused(page)).testId).toBe('plan-passage');
    const shot = await page.screenshot({ path: path.join(RESULTS_DIR, `plan-reader-${name}.png`) });
    if (process.env['UPDATE_DOCS_SCREENSHOT'])
      await writeFile(path.resolve('docs', `explorer-reader-${name}.png`), shot);
    // One passage is a Tab stop, and the arrow keys move to the next one.
    expect(await page.locator('[data-testid="plan-passage"][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    expect(
      await page.evaluate(`Number(document.activeElement.getAttribute('data-start'))`),
    ).toBeGreaterThanOrEqual(currentSpan[1]!);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(`Number(document.activeElement.getAttribute('data-start'))`)).toBe(
      currentSpan[0],
    );

    // Another passage, chosen with the mouse, then one with the keyboard: each lists what evidenceIn says.
    const passages = page.getByTestId('plan-passage');
    const count = await passages.count();
    expect(count).toBeGreaterThan(10);
    for (const [index, how] of [
      [0, 'click'],
      [count - 1, 'Enter'],
    ] as const) {
      const passage = passages.nth(index);
      const [start, end] = await passage.evaluate((node) => [
        Number(node.getAttribute('data-start')),
        Number(node.getAttribute('data-end')),
      ]);
      expect(await passage.textContent()).toBe(evidence.source.text.slice(start, end));
      const expected = await factsIn(evidence.source.id, start!, end!);
      expect(expected.length).toBeGreaterThan(0);
      if (how === 'click') await passage.click();
      else {
        await passage.focus();
        await page.keyboard.press('Enter');
      }
      await eventually(() => passage.getAttribute('aria-current')).toBe('true');
      await eventually(() => listedFacts(page)).toEqual(expected);
      expect(await page.getByTestId('plan-facts-title').innerText()).toBe(
        `This passage supports ${expected.length} fact${expected.length === 1 ? '' : 's'}`,
      );
      // Pointing at a listed fact paints exactly its quotes in the text.
      const fact = page.getByTestId('plan-reader-facts').getByTestId('plan-fact').last();
      const factId = (await fact.getAttribute('data-fact-id'))!;
      const quotes = (await citationsIn(evidence.source.id, start!, end!))
        .filter((citation) => citation.fact === factId)
        .map((citation) => citation.quote)
        .sort();
      await fact.hover();
      await eventually(() => paintedQuotes(page)).toEqual(quotes);
      if (how === 'click')
        await page.screenshot({ path: path.join(RESULTS_DIR, `plan-reader-fact-${name}.png`) });
    }

    // Escape closes the reader (and only the reader), drops the fragment and gives the focus back.
    await page.keyboard.press('Escape');
    await eventually(() => reader.isVisible()).toBe(false);
    expect(new URL(page.url()).hash).toBe('');
    expect((await focused(page)).testId).toBe('read-in-plan');
    expect(await opener.isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('the reader and the address bar', { timeout: 180_000 }, () => {
  it('opens from a permalink, and Back closes what the reader opened; a fact leads to its entity', async () => {
    const evidence = await quotedEvidenceOf(ENTITY);
    const hash = formatReadHash({ source: evidence.source.id, start: evidence.start, end: evidence.end });
    const { page, context, problems } = await harness.open(
      VIEWPORTS.desktop,
      `?show=city:wenzhou&sel=${ENTITY}${hash}`,
    );
    const reader = page.getByTestId('plan-reader');
    await eventually(() => page.getByTestId('plan-quote').textContent()).toBe(evidence.quote);

    // A permalink's reader closes in place: Escape must not leave the explorer.
    await page.keyboard.press('Escape');
    await eventually(() => reader.isVisible()).toBe(false);
    expect(new URL(page.url()).pathname).toBe('/explorer/');
    expect(new URL(page.url()).searchParams.get('sel')).toBe(ENTITY);

    // Opened from the details, the reader is a history entry: Back closes it, Forward opens it again.
    await eventually(() => page.getByTestId('details-title').innerText()).toBe('Wenzhou Comprehensive FTZ');
    await page.getByTestId('details').getByTestId('read-in-plan').first().click();
    await eventually(() => page.getByTestId('plan-quote').textContent()).toBe(evidence.quote);
    await page.goBack();
    await eventually(() => reader.isVisible()).toBe(false);
    expect(new URL(page.url()).hash).toBe('');
    await page.goForward();
    await eventually(() => page.getByTestId('plan-quote').textContent()).toBe(evidence.quote);

    // Choosing a listed relationship's entity closes the reader and shows that entity.
    const other = page
      .getByTestId('plan-reader-facts')
      .locator(`[data-testid="plan-fact"] button[data-entity-id]:not([data-entity-id="${ENTITY}"])`)
      .first();
    const otherId = (await other.getAttribute('data-entity-id'))!;
    const { entity } = await api<{ entity: { name: string } }>(
      'query ($id: ID!) { entity(id: $id) { name } }',
      {
        id: otherId,
      },
    );
    await other.click();
    await eventually(() => reader.isVisible()).toBe(false);
    await eventually(() => page.getByTestId('details-title').innerText()).toBe(entity.name);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(otherId);
    expect(new URL(page.url()).hash).toBe('');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says so when the address names a source the server does not hold', async () => {
    const { page, context } = await harness.open(VIEWPORTS.desktop, '#read=no-such-source:1-5');
    await eventually(() => page.getByTestId('plan-reader-error').innerText()).toBe(
      'The server has no source “no-such-source”.',
    );
    await page.getByTestId('plan-reader-close').click();
    await eventually(() => page.getByTestId('plan-reader').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the export menu', { timeout: 180_000 }, () => {
  it('saves the evidence CSV, and says when a status filter cannot reach the file', async () => {
    const evidence = await quotedEvidenceOf(ENTITY);
    const { page, context, problems } = await harness.open(VIEWPORTS.desktop, '?show=city:wenzhou');
    await eventually(() => page.getByTestId('entity-item').count()).toBeGreaterThan(10);
    await page.getByTestId('export-format').selectOption('CSV_EVIDENCE');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-file').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.evidence\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^itemType,itemId,index,quote,section,source,/);
    expect(csv).toContain(`entity,${ENTITY},0,`);
    expect(csv).toContain(evidence.quote);
    await eventually(() => page.getByTestId('status').innerText()).toBe(
      `Saved ${download.suggestedFilename()}.`,
    );

    // Unticking a status hides relationships in the drawing, but GraphSelection cannot carry statuses.
    await page.getByTestId('status-filters').locator('input[value="PLANNED"]').uncheck();
    await eventually(() => new URL(page.url()).searchParams.get('status')).not.toBeNull();
    const [filtered] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-file').click(),
    ]);
    await eventually(() => page.getByTestId('status').innerText()).toBe(
      `Saved ${filtered.suggestedFilename()}. It also holds the relationships the status filter hides: the server's export cannot leave out a status yet.`,
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
