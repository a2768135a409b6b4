/**
 * Bundles the graph explorer page (apps/explorer) into dist/explorer: explorer.js (the page's code with
 * sigma.js and graphology), explorer.css and index.html. Everything the page needs is in those three
 * files, so it works with no network. Run by `npm run build`; `--watch` rebuilds on change.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildOptionsOf, bundleApp, copyPage, outDirOf, type BrowserApp } from './bundle-app.js';

const explorer: BrowserApp = { name: 'explorer', bundleName: 'explorer' };

/** The output directory, which src/server/explorer-route.ts serves. */
export const explorerOutDir = outDirOf(explorer);

/** Builds the bundle once; resolves when the three files are written. */
export async function buildExplorer(): Promise<void> {
  await bundleApp(explorer);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--watch')) {
    await copyPage(explorer);
    const context = await esbuild.context(buildOptionsOf(explorer));
    await context.watch();
    console.log('explorer: watching apps/explorer');
  } else {
    await buildExplorer();
  }
}
