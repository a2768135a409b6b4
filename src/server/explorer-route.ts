import { fileURLToPath } from 'node:url';
import type { Router } from 'express';
import { createBundleRouter, type BundleFile } from './bundle-router.js';

/** Where `npm run build` (scripts/build-explorer.ts) writes the explorer bundle. */
export const EXPLORER_BUNDLE_DIR = fileURLToPath(
  new URL(import.meta.url.includes('/dist/') ? '../../explorer/' : '../../dist/explorer/', import.meta.url),
);

export interface ExplorerRouterOptions {
  /** The directory holding `index.html`, `explorer.js` and `explorer.css`. @default EXPLORER_BUNDLE_DIR */
  directory?: string;
}

/** The bundle's files by URL path; nothing else is served, so no request can reach outside the bundle. */
const FILES: Record<string, BundleFile> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/explorer.js': { file: 'explorer.js', type: 'text/javascript; charset=utf-8' },
  '/explorer.css': { file: 'explorer.css', type: 'text/css; charset=utf-8' },
  '/explorer.js.map': { file: 'explorer.js.map', type: 'application/json; charset=utf-8' },
  '/explorer.css.map': { file: 'explorer.css.map', type: 'application/json; charset=utf-8' },
};

/**
 * The page may load only its own script and style and talk only to this origin: no inline script, no
 * CDN, no frames. `blob:`/`data:` images are the PNG export; WebGL needs nothing more.
 */
export const EXPLORER_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Serves the graph explorer page (mount at `/explorer`); see {@link createBundleRouter}. */
export function createExplorerRouter(options: ExplorerRouterOptions = {}): Router {
  return createBundleRouter({
    name: 'The explorer',
    directory: options.directory ?? EXPLORER_BUNDLE_DIR,
    files: FILES,
    contentSecurityPolicy: EXPLORER_CONTENT_SECURITY_POLICY,
  });
}
