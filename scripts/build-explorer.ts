/**
 * Bundles the graph explorer page (apps/explorer) into dist/explorer: explorer.js (the page's code with
 * sigma.js and graphology), explorer.css and index.html. Everything the page needs is in those three
 * files, so it works with no network. Run by `npm run build`; `--watch` rebuilds on change.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = path.join(root, 'apps', 'explorer');

/** The output directory, which src/server/explorer-route.ts serves. */
export const explorerOutDir = path.join(root, 'dist', 'explorer');

const options: esbuild.BuildOptions = {
  // main.ts imports explorer.css, so esbuild writes explorer.js and explorer.css side by side.
  entryPoints: { explorer: path.join(sourceDir, 'main.ts') },
  outdir: explorerOutDir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
  tsconfig: path.join(sourceDir, 'tsconfig.json'),
};

/** Builds the bundle once; resolves when the three files are written. */
export async function buildExplorer(): Promise<void> {
  await mkdir(explorerOutDir, { recursive: true });
  const result = await esbuild.build({ ...options, metafile: true });
  await copyFile(path.join(sourceDir, 'index.html'), path.join(explorerOutDir, 'index.html'));
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(`explorer: wrote ${path.relative(root, explorerOutDir)}/ (${Math.round(bytes / 1024)} kB)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--watch')) {
    await mkdir(explorerOutDir, { recursive: true });
    await copyFile(path.join(sourceDir, 'index.html'), path.join(explorerOutDir, 'index.html'));
    const context = await esbuild.context(options);
    await context.watch();
    console.log('explorer: watching apps/explorer');
  } else {
    await buildExplorer();
  }
}
