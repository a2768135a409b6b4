/**
 * The bundling step the two browser apps share: esbuild writes the app's code and stylesheet from
 * apps/NAME/main.ts into dist/NAME/, next to a copy of its index.html. Everything a page needs is in
 * those files, so it works with no network.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface BrowserApp {
  /** Its folder under apps/ and under dist/. */
  name: string;
  /** The name of its .js and .css (main.ts imports the stylesheets, so esbuild writes both). */
  bundleName: string;
  /** Options beyond the shared ones (loaders, defines). */
  extra?: esbuild.BuildOptions;
}

/** The app's sources (apps/NAME). */
export function sourceDirOf(app: BrowserApp): string {
  return path.join(root, 'apps', app.name);
}

/** Where the bundle goes (dist/NAME), which the server's route for the app serves. */
export function outDirOf(app: BrowserApp): string {
  return path.join(root, 'dist', app.name);
}

export function buildOptionsOf(app: BrowserApp): esbuild.BuildOptions {
  const sourceDir = sourceDirOf(app);
  return {
    entryPoints: { [app.bundleName]: path.join(sourceDir, 'main.ts') },
    outdir: outDirOf(app),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
    tsconfig: path.join(sourceDir, 'tsconfig.json'),
    ...app.extra,
  };
}

/** Copies the app's index.html into its output directory. */
export async function copyPage(app: BrowserApp): Promise<void> {
  await mkdir(outDirOf(app), { recursive: true });
  await copyFile(path.join(sourceDirOf(app), 'index.html'), path.join(outDirOf(app), 'index.html'));
}

/** Builds the app once; resolves when its files are written, and logs their size. */
export async function bundleApp(app: BrowserApp): Promise<void> {
  await mkdir(outDirOf(app), { recursive: true });
  const result = await esbuild.build({ ...buildOptionsOf(app), metafile: true });
  await copyPage(app);
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(`${app.name}: wrote ${path.relative(root, outDirOf(app))}/ (${Math.round(bytes / 1024)} kB)`);
}
