import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBundleRouter } from '../../src/server/bundle-router.js';

/** A page's bundle is sent gzipped to a client that accepts it, and as it is to one that does not. */

let directory: string;
let server: http.Server;
let url: string;
const SCRIPT = `console.log(${JSON.stringify('温州 '.repeat(20_000))});\n`;

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'yrd-bundle-'));
  await writeFile(path.join(directory, 'page.js'), SCRIPT);
  const app = express();
  app.use(
    '/page',
    createBundleRouter({
      name: 'The page',
      directory,
      files: { '/page.js': { file: 'page.js', type: 'text/javascript; charset=utf-8' } },
      contentSecurityPolicy: "default-src 'self'",
    }),
  );
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page/page.js`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(directory, { recursive: true, force: true });
});

/** The raw answer, undecoded (fetch would gunzip it and hide the encoding's size). */
function get(headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('a bundle file', () => {
  it('is gzipped for a client that accepts gzip, much smaller, and the same once decoded', async () => {
    const { headers, body } = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(body).toString('utf8')).toBe(SCRIPT);
    expect(body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
  });

  it('is sent as it is to a client that asks for no encoding or refuses gzip', async () => {
    for (const acceptEncoding of ['identity', 'gzip;q=0, identity']) {
      const { headers, body } = await get({ 'accept-encoding': acceptEncoding });
      expect(headers['content-encoding'], acceptEncoding).toBeUndefined();
      expect(body.toString('utf8')).toBe(SCRIPT);
    }
  });

  it('follows a rebuild: a changed file is sent changed, gzipped too', async () => {
    const rebuilt = `${SCRIPT}// rebuilt, longer\n`;
    await writeFile(path.join(directory, 'page.js'), rebuilt);
    expect(gunzipSync((await get({ 'accept-encoding': 'gzip' })).body).toString('utf8')).toBe(rebuilt);
    expect((await get({ 'accept-encoding': 'identity' })).body.toString('utf8')).toBe(rebuilt);
  });
});
