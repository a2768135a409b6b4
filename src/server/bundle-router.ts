import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Router } from 'express';

/** One file of a bundle: its name in the bundle directory and its content type. */
export interface BundleFile {
  file: string;
  type: string;
}

export interface BundleRouterOptions {
  /** What the page is called in the 503 answer when it has not been built ("The explorer"). */
  name: string;
  /** The directory `npm run build` writes the bundle to. */
  directory: string;
  /** The bundle's files by URL path; nothing else is served, so no request can reach outside the bundle. */
  files: Readonly<Record<string, BundleFile>>;
  /** The page's Content-Security-Policy. */
  contentSecurityPolicy: string;
}

/**
 * Serves a page bundled at build time (the explorer, the workbench). Files are read per request, so a
 * rebuild shows up without a restart; when the bundle has not been built the answer is 503 with the
 * command that builds it.
 */
export function createBundleRouter(options: BundleRouterOptions): Router {
  const router = Router();
  router.get(Object.keys(options.files), async (request, response) => {
    // The page without its slash would resolve its script against `/`; send it to the folder.
    if (request.path === '/' && !request.originalUrl.split('?')[0]!.endsWith('/')) {
      response.redirect(301, `${request.baseUrl}/`);
      return;
    }
    const entry = options.files[request.path]!;
    let body: Buffer;
    try {
      body = await readFile(path.join(options.directory, entry.file));
    } catch {
      response
        .status(503)
        .type('text/plain')
        .send(
          `${options.name} has not been built: run \`npm run build\` (it writes ${options.directory}).\n`,
        );
      return;
    }
    response
      .status(200)
      .set({
        'content-type': entry.type,
        'content-security-policy': options.contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      })
      .send(body);
  });
  return router;
}
