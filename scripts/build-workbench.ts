/**
 * Bundles the query workbench (apps/workbench: GraphiQL with the `examples/` operations as tabs) into
 * dist/workbench: graphiql.js, graphiql.css (GraphiQL's fonts are inlined in it) and index.html. The
 * page loads nothing else, so it works with no network. Run by `npm run build`.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { loadExampleTabs } from './workbench-examples.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = path.join(root, 'apps', 'workbench');

/** The output directory, which src/server/workbench-route.ts serves. */
export const workbenchOutDir = path.join(root, 'dist', 'workbench');

/** Builds the bundle once; resolves when the three files are written. */
export async function buildWorkbench(): Promise<void> {
  await mkdir(workbenchOutDir, { recursive: true });
  const result = await esbuild.build({
    // main.ts imports GraphiQL's stylesheet and ours, so esbuild writes graphiql.js and graphiql.css.
    entryPoints: { graphiql: path.join(sourceDir, 'main.ts') },
    outdir: workbenchOutDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
    tsconfig: path.join(sourceDir, 'tsconfig.json'),
    // GraphiQL's CSS carries its fonts as data: URLs; anything else it references is bundled too.
    loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    define: {
      'process.env.NODE_ENV': '"production"',
      EXAMPLE_TABS: JSON.stringify(await loadExampleTabs()),
    },
    metafile: true,
  });
  await copyFile(path.join(sourceDir, 'index.html'), path.join(workbenchOutDir, 'index.html'));
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(`workbench: wrote ${path.relative(root, workbenchOutDir)}/ (${Math.round(bytes / 1024)} kB)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWorkbench();
}
