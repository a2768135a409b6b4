import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/server/start-service.js';
import { startTestService } from '../support/graphql-harness.js';

/**
 * The client as a front end gets it: resolved by its package name, and packed, installed into an empty
 * folder outside the repository and bundled for the browser there, with nothing but its declared
 * dependencies beside it.
 */

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const packageDir = path.join(repo, 'packages/client');
const manifest = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const declared = [
  ...Object.keys(manifest.dependencies ?? {}),
  ...Object.keys(manifest.peerDependencies ?? {}),
];

/** The package a bare specifier names: `graphql/language` → `graphql`, `@scope/name/x` → `@scope/name`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

describe('the client package, @yrd-graph/client', () => {
  it('resolves by its name, through node resolution, to its exports map’s entry', () => {
    const resolved = createRequire(path.join(repo, 'package.json')).resolve('@yrd-graph/client');
    expect(manifest.name).toBe('@yrd-graph/client');
    expect(resolved).toBe(path.join(packageDir, manifest.exports['.']!));
  });

  describe('packed and installed into an empty front-end folder', () => {
    let folder: string;
    let installed: string;
    let service: RunningService;

    beforeAll(async () => {
      folder = await mkdtemp(path.join(os.tmpdir(), 'yrd-front-end-'));
      const { stdout } = await run(
        'npm',
        ['pack', '--workspace', '@yrd-graph/client', '--pack-destination', folder, '--json'],
        { cwd: repo },
      );
      const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
      installed = path.join(folder, 'node_modules/@yrd-graph/client');
      await mkdir(installed, { recursive: true });
      await run('tar', ['-xzf', path.join(folder, filename), '-C', installed, '--strip-components=1']);
      // Its declared dependencies, as `npm install` would put them beside it (linked: no network here).
      for (const name of declared) {
        await mkdir(path.dirname(path.join(folder, 'node_modules', name)), { recursive: true });
        await symlink(
          await realpath(path.join(repo, 'node_modules', name)),
          path.join(folder, 'node_modules', name),
        );
      }
      service = await startTestService();
    }, 240_000);

    afterAll(async () => {
      await service?.stop();
      if (folder) await rm(folder, { recursive: true, force: true });
    });

    it('ships its sources and imports no package it does not declare', async () => {
      const files = (await readdir(installed, { recursive: true })).filter((file) => file.endsWith('.ts'));
      expect(files).toEqual(expect.arrayContaining(['index.ts', 'create-client.ts', 'generated/graphql.ts']));
      const imported = new Set<string>();
      for (const file of files) {
        const text = await readFile(path.join(installed, file), 'utf8');
        for (const [, specifier] of text.matchAll(/\bfrom '([^'.][^']*)'/g))
          imported.add(packageOf(specifier!));
      }
      expect([...imported].sort()).toEqual([...new Set(declared)].sort());
    });

    it('bundles for the browser from the installed copy alone and answers as the server does', async () => {
      const entry = path.join(folder, 'page.ts');
      await writeFile(
        entry,
        "export { createClient, GraphQLRequestError, possibleTypes, SearchDocument } from '@yrd-graph/client';\n",
      );
      const bundle = await esbuild.build({
        entryPoints: [entry],
        outfile: path.join(folder, 'page.mjs'),
        absWorkingDir: folder,
        bundle: true,
        format: 'esm',
        platform: 'browser',
        metafile: true,
        logLevel: 'silent',
      });
      // Every module bundled is the page, the installed package or graphql: nothing of the repository.
      const graphqlDir = await realpath(path.join(repo, 'node_modules/graphql'));
      const outside = Object.keys(bundle.metafile.inputs)
        .map((input) => path.resolve(folder, input))
        .filter((input) => input !== entry && !input.startsWith(installed + path.sep))
        .filter((input) => !input.startsWith(graphqlDir + path.sep));
      expect(outside).toEqual([]);

      // The bundle run as a page's code would run it, in a process of its own.
      const script = `
        import { createClient, GraphQLRequestError, possibleTypes, SearchDocument } from './page.mjs';
        const client = createClient({ url: process.argv[1] });
        const data = await client.request(SearchDocument, { query: 'Wenzhou', first: 3 });
        const refused = await client.request(SearchDocument, { query: 'Wenzhou', first: -1 }).catch((e) => e);
        console.log(JSON.stringify({
          data,
          refused: { isRequestError: refused instanceof GraphQLRequestError, code: refused.code },
          entity: possibleTypes.Entity,
        }));`;
      const { stdout } = await run(
        process.execPath,
        ['--input-type=module', '-e', script, `${service.url}/graphql`],
        { cwd: folder },
      );
      const result = JSON.parse(stdout) as {
        data: { search: unknown[] };
        refused: { isRequestError: boolean; code: string };
        entity: string[];
      };

      const { print } = await import('graphql');
      const { SearchDocument } = await import('@yrd-graph/client');
      const direct = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(SearchDocument), variables: { query: 'Wenzhou', first: 3 } }),
      });
      const expected = (await direct.json()) as { data: { search: unknown[] } };
      expect(expected.data.search).toHaveLength(3);
      expect(result.data).toEqual(expected.data);
      expect(result.refused).toEqual({ isRequestError: true, code: 'BAD_USER_INPUT' });
      expect(result.entity).toContain('City');
    }, 120_000);
  });
});
