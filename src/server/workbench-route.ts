import { fileURLToPath } from 'node:url';
import type { Router } from 'express';
import { createBundleRouter, type BundleFile } from './bundle-router.js';

/** Where `npm run build` (scripts/build-workbench.ts) writes the workbench bundle. */
export const WORKBENCH_BUNDLE_DIR = fileURLToPath(
  new URL(import.meta.url.includes('/dist/') ? '../../workbench/' : '../../dist/workbench/', import.meta.url),
);

export interface WorkbenchRouterOptions {
  /** The directory holding `index.html`, `graphiql.js` and `graphiql.css`. @default WORKBENCH_BUNDLE_DIR */
  directory?: string;
}

/** The bundle's files by URL path; nothing else is served, so no request can reach outside the bundle. */
const FILES: Record<string, BundleFile> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/graphiql.js': { file: 'graphiql.js', type: 'text/javascript; charset=utf-8' },
  '/graphiql.css': { file: 'graphiql.css', type: 'text/css; charset=utf-8' },
  '/graphiql.js.map': { file: 'graphiql.js.map', type: 'application/json; charset=utf-8' },
  '/graphiql.css.map': { file: 'graphiql.css.map', type: 'application/json; charset=utf-8' },
  '/graphiql.js.LEGAL.txt': { file: 'graphiql.js.LEGAL.txt', type: 'text/plain; charset=utf-8' },
};

/**
 * Only our own script, talking only to this origin. Styles may be inline because GraphiQL's
 * components (Radix dialogs, menus) insert `<style>` elements; fonts are data: URLs in its CSS.
 */
export const WORKBENCH_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Serves the query workbench (mount at `/graphiql`); see {@link createBundleRouter}. */
export function createWorkbenchRouter(options: WorkbenchRouterOptions = {}): Router {
  return createBundleRouter({
    name: 'The query workbench',
    directory: options.directory ?? WORKBENCH_BUNDLE_DIR,
    files: FILES,
    contentSecurityPolicy: WORKBENCH_CONTENT_SECURITY_POLICY,
  });
}
