import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';

/** Where `npm run build` (scripts/build-workbench.ts) writes the workbench bundle. */
export const WORKBENCH_BUNDLE_DIR = fileURLToPath(
  new URL(import.meta.url.includes('/dist/') ? '../../workbench/' : '../../dist/workbench/', import.meta.url),
);

export interface WorkbenchRouterOptions {
  /** The directory holding `index.html`, `graphiql.js` and `graphiql.css`. @default WORKBENCH_BUNDLE_DIR */
  directory?: string;
}

/** The bundle's files by URL path; nothing else is served, so no request can reach outside the bundle. */
const FILES: Record<string, { file: string; type: string }> = {
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

/**
 * Serves the query workbench (mount at `/graphiql`). Files are read per request, so a rebuild shows up
 * without a restart; when the bundle has not been built the answer is 503 with the command that builds it.
 */
export function createWorkbenchRouter(options: WorkbenchRouterOptions = {}): Router {
  const directory = options.directory ?? WORKBENCH_BUNDLE_DIR;
  const router = Router();

  router.get(Object.keys(FILES), async (request, response) => {
    // `/graphiql` without the slash would resolve `graphiql.js` against `/`; send it to the folder.
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
        .send(`The query workbench has not been built: run \`npm run build\` (it writes ${directory}).\n`);
      return;
    }
    response
      .status(200)
      .set({
        'content-type': entry.type,
        'content-security-policy': WORKBENCH_CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      })
      .send(body);
  });

  return router;
}
