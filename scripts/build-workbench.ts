/**
 * Bundles the query workbench (apps/workbench: GraphiQL with the `examples/` operations as tabs) into
 * dist/workbench: graphiql.js, graphiql.css (GraphiQL's fonts are inlined in it) and index.html. The
 * page loads nothing else, so it works with no network. Run by `npm run build`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApp, outDirOf, type BrowserApp } from './bundle-app.js';
import { loadExampleTabs } from './workbench-examples.js';

const workbenchApp = { name: 'workbench', bundleName: 'graphiql' };

/** The output directory, which src/server/workbench-route.ts serves. */
export const workbenchOutDir = outDirOf(workbenchApp);

/** Builds the bundle once; resolves when the three files are written. */
export async function buildWorkbench(): Promise<void> {
  const workbench: BrowserApp = {
    ...workbenchApp,
    extra: {
      // GraphiQL's CSS carries its fonts as data: URLs; anything else it references is bundled too.
      loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
      define: {
        'process.env.NODE_ENV': '"production"',
        EXAMPLE_TABS: JSON.stringify(await loadExampleTabs()),
      },
    },
  };
  await bundleApp(workbench);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWorkbench();
}
