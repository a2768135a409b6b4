import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';

/** Where `npm run build` (scripts/build-explorer.ts) writes the explorer bundle. */
export const EXPLORER_BUNDLE_DIR = fileURLToPath(
  new URL(import.meta.url.includes('/dist/') ? '../../explorer/' : '../../dist/explorer/', import.meta.url),
);

export interface ExplorerRouterOptions {
  /** The directory holding `index.html`, `explorer.js` and `explorer.css`. @default EXPLORER_BUNDLE_DIR */
  directory?: string;
}

/** The bundle's files by URL path; nothing else is served, so no request can reach outside the bundle. */
const FILES: Record<string, { file: string; type: string }> = {
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

/**
 * Serves the graph explorer page (mount at `/explorer`). Files are read per request, so a rebuild
 * shows up without a restart; when the bundle has not been built the answer is 503 with the command
 * that builds it.
 */
export function createExplorerRouter(options: ExplorerRouterOptions = {}): Router {
  const directory = options.directory ?? EXPLORER_BUNDLE_DIR;
  const router = Router();

  router.get(Object.keys(FILES), async (request, response) => {
    // `/explorer` without the slash would resolve `explorer.js` against `/`; send it to the folder.
    if (request.path === '/' && !request.originalUrl.split('?')[0]!.endsWith('/')) {
      response.redirect(301, `${request.baseUrl}/`);
      return;
    }
    const entry = FILES[request.path]!;
    let body: Buffer;
    try {
      body = await readFile(path.join(directory, entry.file));
    } catch {
      response
        .status(503)
        .type('text/plain')
        .send(`The explorer has not been built: run \`npm run build\` (it writes ${directory}).\n`);
      return;
    }
    response
      .status(200)
      .set({
        'content-type': entry.type,
        'content-security-policy': EXPLORER_CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      })
      .send(body);
  });

  return router;
}
