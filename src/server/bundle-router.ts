import path from 'node:path';
import { Router } from 'express';
import { createCompressedFiles } from './compressed-files.js';

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
 * Serves a page bundled at build time (the explorer, the workbench). Each request checks the file on
 * disk, so a rebuild shows up without a restart; when the bundle has not been built the answer is 503
 * with the command that builds it. A client that accepts gzip gets the file gzipped.
 */
export function createBundleRouter(options: BundleRouterOptions): Router {
  const router = Router();
  const filesOf = createCompressedFiles();
  router.get(Object.keys(options.files), async (request, response) => {
    // The page without its slash would resolve its script against `/`; send it to the folder.
    if (request.path === '/' && !request.originalUrl.split('?')[0]!.endsWith('/')) {
      response.redirect(301, `${request.baseUrl}/`);
      return;
    }
    const entry = options.files[request.path]!;
    let file: Awaited<ReturnType<typeof filesOf>>;
    try {
      file = await filesOf(path.join(options.directory, entry.file));
    } catch {
      response
        .status(503)
        .type('text/plain')
        .send(
          `${options.name} has not been built: run \`npm run build\` (it writes ${options.directory}).\n`,
        );
      return;
    }
    response.status(200).set({
      'content-type': entry.type,
      'content-security-policy': options.contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
      vary: 'Accept-Encoding',
    });
    const gzip = request.acceptsEncodings('gzip', 'identity') === 'gzip';
    if (gzip) response.set('content-encoding', 'gzip');
    response.send(gzip ? file.gzip : file.plain);
  });
  return router;
}
