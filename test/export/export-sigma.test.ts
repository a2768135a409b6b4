import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindColor } from '../../apps/explorer/palette.js';
import { exportSubgraph } from '../../src/export/index.js';
import type { SubgraphRecord } from '../../src/store/index.js';
import { launchChromium, requireChromium } from '../support/chromium.js';
import { jiadingNeighborhood } from './export-fixtures.js';

/**
 * The GEXF and graphology exports drawn by plain sigma.js, with its default programs, in a real
 * headless Chromium (Debian's /usr/bin/chromium, as the explorer test uses): what a sigma user does
 * with the file, `parse(Graph, gexf)` or `Graph.from(json)` and `new Sigma(graph, container)`.
 */

const RESULTS_DIR = path.resolve('test-results');
const SIZE = { width: 900, height: 700 };

// The page's code: graphology, graphology-gexf's browser build and sigma, nothing else configured.
const PAGE_SCRIPT = `
import Graph from 'graphology';
import { parse } from 'graphology-gexf/browser';
import Sigma from 'sigma';

let renderer = null;
function draw(graph) {
  renderer?.kill();
  renderer = new Sigma(graph, document.getElementById('graph'));
  renderer.refresh();
  return { nodes: renderer.getGraph().order, edges: renderer.getGraph().size };
}
window.drawGexf = (text) => draw(parse(Graph, text));
window.drawGraphology = (text) => draw(Graph.from(JSON.parse(text)));
`;

let browser: Browser;
let page: Page;
let jiading: SubgraphRecord;
const pageProblems: string[] = [];

beforeAll(async () => {
  requireChromium('This test draws exports in');
  jiading = await jiadingNeighborhood();
  const bundle = await esbuild.build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: path.resolve('.'), loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'warning',
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: SIZE });
  page.on('pageerror', (error) => pageProblems.push(error.message));
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:#fff">` +
      `<div id="graph" style="width:${SIZE.width}px;height:${SIZE.height}px"></div></body></html>`,
  );
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

type Draw = 'drawGexf' | 'drawGraphology';

async function draw(fn: Draw, content: string): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(
    ([name, text]) =>
      (globalThis as unknown as Record<string, (text: string) => { nodes: number; edges: number }>)[name]!(
        text,
      ),
    [fn, content] as const,
  );
}

/** How many pixels of the drawing are within a few levels of a colour. */
async function pixelsOf(color: string, name: string): Promise<number> {
  const screenshot = await page.locator('#graph').screenshot();
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(path.join(RESULTS_DIR, `export-sigma-${name}.png`), screenshot);
  const png = PNG.sync.read(screenshot);
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(color.slice(start, start + 2), 16));
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const near = (offset: number, value: number) => Math.abs(png.data[i + offset]! - value) <= 6;
    if (near(0, r!) && near(1, g!) && near(2, b!)) count++;
  }
  return count;
}

describe('exports drawn by plain sigma.js', () => {
  it.each([
    ['GEXF', 'drawGexf'],
    ['GRAPHOLOGY', 'drawGraphology'],
  ] as const)('draws the %s export with its positions and the explorer’s colours', async (format, fn) => {
    const drawn = await draw(fn, exportSubgraph(jiading, format).content);
    expect(drawn).toEqual({ nodes: jiading.nodes.length, edges: jiading.relationships.length });
    expect(pageProblems).toEqual([]);
    // Jiading's neighbourhood has districts and cities: their colours must be on the screen.
    expect(await pixelsOf(kindColor('DISTRICT'), format.toLowerCase())).toBeGreaterThan(30);
    expect(await pixelsOf(kindColor('CITY'), format.toLowerCase())).toBeGreaterThan(30);
  });

  it('would crash on a relationship type called `type`, which is why no export calls it that', async () => {
    const gexf = exportSubgraph(jiading, 'GEXF')
      .content.replace('id="relationshipType" title="relationshipType"', 'id="type" title="type"')
      .replaceAll('for="relationshipType"', 'for="type"');
    await expect(draw('drawGexf', gexf)).rejects.toThrow(
      /Sigma: could not find a suitable program for edge type "[A-Z_]+"/,
    );
  });
});
