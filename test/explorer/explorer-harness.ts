import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { expect } from 'vitest';
import { buildExplorer } from '../../scripts/build-explorer.js';
import { createLogger } from '../../src/logger.js';
import type { ApiKey } from '../../src/auth/index.js';
import type { Dataset } from '../../src/model/index.js';
import { startService, type RunningService } from '../../src/server/start-service.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { launchChromium, requireChromium } from '../support/chromium.js';

/**
 * What the explorer's browser tests share: the bundle built from the current sources, the service on the
 * embedded store, and Debian's Chromium (/usr/bin/chromium) driven by playwright-core, with every console
 * error, uncaught exception, CSP violation and outside request collected as a problem.
 */

export const RESULTS_DIR = path.resolve('test-results');

/** The three sizes the explorer is tested at: a phone, a tablet in portrait, a laptop. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
  desktop: { width: 1440, height: 900 },
} as const;

export interface ExplorerHarness {
  service: RunningService;
  browser: Browser;
  /**
   * A new page (its own context) at `/explorer/` plus `query` (a permalink), once it is ready. `problems`
   * collects its console errors, uncaught exceptions, CSP violations and failed requests. `touch` gives
   * the page a touch screen, as a phone or tablet has (CSS `pointer: coarse`); `deviceScaleFactor` 2 with
   * half a window's size is that window zoomed to 200 %.
   */
  open(
    viewport: { width: number; height: number },
    query?: string,
    options?: { touch?: boolean; deviceScaleFactor?: number },
  ): Promise<{ page: Page; context: BrowserContext; problems: string[] }>;
  close(): Promise<void>;
}

export async function startExplorerHarness(
  options: { apiKeys?: ApiKey[]; dataset?: Dataset } = {},
): Promise<ExplorerHarness> {
  requireChromium('The explorer tests drive');
  // Always rebuild: a bundle left over from older sources would test the wrong page. esbuild takes ~1 s.
  await buildExplorer();
  await mkdir(RESULTS_DIR, { recursive: true });
  const service = await startService({
    store: createEmbeddedStore({ dataset: options.dataset ?? (await bundledDataset()) }),
    logger: createLogger({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
    introspection: true,
    ...(options.apiKeys
      ? { security: { apiKeys: options.apiKeys, corsOrigins: [], landingPage: true }, readsRequireKey: true }
      : {}),
  });
  const browser = await launchChromium();
  return {
    service,
    browser,
    async open(viewport, query = '', options = {}) {
      const problems: string[] = [];
      const context = await browser.newContext({
        viewport,
        acceptDownloads: true,
        hasTouch: options.touch ?? false,
        deviceScaleFactor: options.deviceScaleFactor ?? 1,
      });
      // Nothing but the service may be reached: the page must work offline.
      await context.route(
        (url) => !url.href.startsWith(service.url),
        (route) => route.abort(),
      );
      // Generous: the tests share two cores with other work, and a first WebGL frame can take seconds.
      context.setDefaultTimeout(60_000);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        // The page cancels its own stale searches (AbortController); anything else failing is a problem.
        if (request.failure()?.errorText !== 'net::ERR_ABORTED')
          problems.push(`request failed: ${request.url()}`);
      });
      await page.goto(`${service.url}/explorer/${query}`, { timeout: 120_000 });
      await page.locator('body[data-ready="true"]').waitFor({ timeout: 120_000 });
      return { page, context, problems };
    },
    async close() {
      await browser.close();
      await service.stop();
    },
  };
}

/** `expect.poll` with room for a busy machine: the page answers in well under a second when idle. */
export function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 30_000, interval: 100 });
}

/** Loads Wenzhou's neighbourhood through the search box, as an analyst would. */
export async function loadWenzhou(page: Page): Promise<void> {
  const search = page.getByTestId('search-input');
  await search.fill('Wenzhou');
  await page.locator('[data-testid="search-hit"][data-entity-id="city:wenzhou"]').click();
  await page
    .getByTestId('status')
    .filter({ hasText: /^Wenzhou:/ })
    .waitFor();
}

/** Facts about the drawing, read from the page's `window.yrdExplorer` hook. */
export interface DrawingFacts {
  /** Entities drawn (not hidden by a filter or by the analyst). */
  shown: number;
  /** Entities whose label is drawn. */
  labelled: number;
  /** Whether any two drawn labels overlap. */
  overlapping: boolean;
  /** Whether any placed label lies under the zoom buttons or under an open drawer. */
  underControls: boolean;
  /** Graph positions by entity id. */
  positions: Record<string, { x: number; y: number }>;
}

export function drawingFacts(page: Page): Promise<DrawingFacts> {
  return page.evaluate(() => {
    type Box = { x: number; y: number; width: number; height: number };
    const hook = (
      globalThis as unknown as {
        yrdExplorer: {
          graph: { forEachNode(fn: (id: string, a: { x: number; y: number }) => void): void };
          view: {
            placedLabels(): Map<string, Box>;
            renderer: { getNodeDisplayData(id: string): { hidden?: boolean } | undefined };
          };
        };
      }
    ).yrdExplorer;
    const positions: Record<string, { x: number; y: number }> = {};
    let shown = 0;
    hook.graph.forEachNode((id, attributes) => {
      positions[id] = { x: attributes.x, y: attributes.y };
      if (!hook.view.renderer.getNodeDisplayData(id)?.hidden) shown += 1;
    });
    const boxes = [...hook.view.placedLabels().values()];
    const overlapping = boxes.some((a, i) =>
      boxes.some(
        (b, j) =>
          j > i && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
      ),
    );
    // The zoom buttons lie over the drawing's corner, and on a narrow screen an open drawer over a side or
    // the foot of it: a label placed under them could not be read. (On a wide screen the drawers lie
    // beside the drawing, so they cover no label.)
    // The page's document, typed as far as used here (the tests compile without the DOM's types).
    type Located = { getBoundingClientRect(): { left: number; top: number; width: number; height: number } };
    const page = (
      globalThis as unknown as {
        document: {
          querySelector(selector: string): Located | null;
          querySelectorAll(selector: string): Iterable<Located>;
        };
      }
    ).document;
    const drawing = page.querySelector('[data-testid="graph"]')!.getBoundingClientRect();
    const controls = [...page.querySelectorAll('.zoom-tools, .drawer.open')].map((element) => {
      const box = element.getBoundingClientRect();
      return { x: box.left - drawing.left, y: box.top - drawing.top, width: box.width, height: box.height };
    });
    const underControls = boxes.some((a) =>
      controls.some(
        (b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
      ),
    );
    return { shown, labelled: boxes.length, overlapping, underControls, positions };
  });
}

/**
 * The screen point of an entity, in page coordinates, once the camera is still: a new drawing is fitted
 * in view with a 0.3 s camera move, and a point read during it is missed by a click.
 */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  await eventually(() => page.evaluate('globalThis.yrdExplorer.view.renderer.getCamera().isAnimated()')).toBe(
    false,
  );
  const box = (await page.getByTestId('graph').boundingBox())!;
  const at = await page.evaluate((node) => {
    const hook = (
      globalThis as unknown as {
        yrdExplorer: {
          graph: { getNodeAttributes(id: string): { x: number; y: number } };
          view: { renderer: { graphToViewport(p: { x: number; y: number }): { x: number; y: number } } };
        };
      }
    ).yrdExplorer;
    return hook.view.renderer.graphToViewport(hook.graph.getNodeAttributes(node));
  }, id);
  return { x: box.x + at.x, y: box.y + at.y };
}

/**
 * What a finger finds too small or an eye too fine: each shown control (button, link, field, summary)
 * less than `minTarget` px high or wide, and each shown text set below `minFont` px, as readable strings.
 * A checkbox counts by its label, which is what is tapped.
 */
export function tooSmall(
  page: Page,
  minTarget: number,
  minFont: number,
): Promise<{ targets: string[]; texts: string[] }> {
  // A string: this runs in the page, and the tests are compiled without the DOM's types.
  return page.evaluate(`(() => {
    const [minTarget, minFont] = [${minTarget}, ${minFont}];
    const shown = (element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden' &&
        box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth &&
        !element.closest('.visually-hidden, [inert]');
    };
    const describe = (element) =>
      element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
      ' “' + (element.textContent ?? '').trim().slice(0, 24) + '”';
    const targets = [];
    for (const control of document.querySelectorAll('button, a[href], input, select, summary')) {
      // A link inside running text is as tall as its line, and may be (WCAG 2.5.8 exempts it).
      if (!shown(control) || (control.matches('a') && getComputedStyle(control).display === 'inline')) continue;
      const tapped = control.matches('[type=checkbox], [type=radio]') ? (control.closest('label') ?? control) : control;
      const box = tapped.getBoundingClientRect();
      if (box.height < minTarget || box.width < minTarget)
        targets.push(describe(control) + ' ' + Math.round(box.width) + '×' + Math.round(box.height));
    }
    const texts = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      if (!parent || !walker.currentNode.textContent.trim() || !shown(parent)) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < minFont) texts.add(describe(parent) + ' ' + size + 'px');
    }
    return { targets, texts: [...texts] };
  })()`);
}

/** `data-testid` and outline style of the focused element, and its id. */
export function focused(page: Page): Promise<{ id: string; testId: string | null; outline: string }> {
  return page.evaluate(
    `({ id: document.activeElement?.id ?? '', testId: document.activeElement?.getAttribute('data-testid') ?? null, outline: document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : '' })`,
  );
}

/** Distinct colours (to 4 bits a channel) and saturated pixels inside a rectangle of a PNG. */
export function inkIn(png: PNG, box: { x: number; y: number; width: number; height: number }) {
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

/**
 * A point `offset` pixels beside an edge's line (in the drawing's coordinates), two thirds of the way
 * along, on the side where the other drawn lines are farther; `otherEdgesAt` is how far the nearest
 * other line is from it.
 */
export function besideEdge(
  page: Page,
  edge: string,
  offset: number,
): Promise<{ x: number; y: number; otherEdgesAt: number }> {
  return page.evaluate(
    ({ edge, offset }) => {
      type Point = { x: number; y: number };
      const hook = (
        globalThis as unknown as {
          yrdExplorer: {
            graph: {
              extremities(id: string): [string, string];
              getNodeAttributes(id: string): Point;
              edges(): string[];
            };
            view: {
              renderer: {
                graphToViewport(p: Point): Point;
                getEdgeDisplayData(id: string): { hidden?: boolean } | undefined;
              };
            };
          };
        }
      ).yrdExplorer;
      const at = (node: string) => hook.view.renderer.graphToViewport(hook.graph.getNodeAttributes(node));
      const ends = (id: string) => hook.graph.extremities(id).map(at) as [Point, Point];
      const distance = (p: Point, [a, b]: [Point, Point]) => {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
      };
      const [a, b] = ends(edge);
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      const others = hook.graph
        .edges()
        .filter((id) => id !== edge && !hook.view.renderer.getEdgeDisplayData(id)?.hidden);
      const candidates = [1, -1].map((side) => {
        const point = {
          x: a.x + (2 / 3) * (b.x - a.x) + (side * offset * -(b.y - a.y)) / length,
          y: a.y + (2 / 3) * (b.y - a.y) + (side * offset * (b.x - a.x)) / length,
        };
        return { ...point, otherEdgesAt: Math.min(...others.map((id) => distance(point, ends(id)))) };
      });
      return candidates.sort((p, q) => q.otherEdgesAt - p.otherEdgesAt)[0]!;
    },
    { edge, offset },
  );
}
