import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/auth/index.js';

// The real service process, killed with SIGKILL straight after a write returns: the write must be there
// after a restart (the embedded store journals and fsyncs before it answers).
const CURATOR_KEY = 'durability-test-curator-key';
const READER_KEY = 'durability-test-reader-key';
const QUOTE =
  'Wenzhou will also build an important hub port influencing southern Zhejiang, northern Fujian and eastern Jiangxi';

describe('the embedded store keeps acknowledged writes through a crash', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'yrd-graph-durability-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  function startService(): Promise<{ process: ChildProcessWithoutNullStreams; url: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: {
        ...process.env,
        PORT: '0',
        LOG_LEVEL: 'info',
        DATA_DIR: dataDir,
        API_KEYS: `alice:curator:${hashApiKey(CURATOR_KEY)},dash:reader:${hashApiKey(READER_KEY)}`,
      },
    });
    return new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`service did not start:\n${output}`)), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve({ process: child, url: match[1]! });
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('exit', (code) => reject(new Error(`service exited with ${code}:\n${output}`)));
    });
  }

  async function post(url: string, query: string, key?: string) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: Record<string, unknown>;
        errors?: { message: string; extensions: Record<string, unknown> }[];
      },
    };
  }

  const mutation = `mutation { upsertEntity(entity: {
    id: "infrastructure:durable-port", kind: INFRASTRUCTURE, name: "Durable Port",
    evidence: [{ quote: "${QUOTE}", section: "Task Three", source: "wenzhou-yrd-action-plan-2020" }]
  }) { changed } }`;

  it('refuses writes without a curator key over HTTP, with 401 and 403', async () => {
    const service = await startService();
    try {
      const anonymous = await post(service.url, mutation);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors?.[0]?.extensions['code']).toBe('UNAUTHENTICATED');
      const wrong = await post(service.url, mutation, 'not-a-key');
      expect(wrong.body.errors?.[0]?.message).toBe(
        'The API key is not valid. Writing an entity needs a valid key in `Authorization: Bearer <API key>`.',
      );
      const asReader = await post(service.url, mutation, READER_KEY);
      expect(asReader.status).toBe(403);
      expect(asReader.body.errors?.[0]?.extensions['code']).toBe('FORBIDDEN');
      const read = await post(service.url, '{ entity(id: "infrastructure:durable-port") { id } }');
      expect(read.body.data?.['entity']).toBeNull();
    } finally {
      service.process.kill('SIGKILL');
    }
  });

  it('finds the write after SIGKILL and a restart', async () => {
    const first = await startService();
    const written = await post(first.url, mutation, CURATOR_KEY);
    // No grace: the process dies the moment the write has been answered.
    first.process.kill('SIGKILL');
    expect(written.body.data).toEqual({ upsertEntity: { changed: true } });
    await new Promise((resolve) => first.process.once('exit', resolve));

    const journal = await readFile(path.join(dataDir, 'wenzhou-yrd.journal.jsonl'), 'utf8');
    expect(journal).toContain('infrastructure:durable-port');

    const second = await startService();
    try {
      const read = await post(
        second.url,
        '{ entity(id: "infrastructure:durable-port") { name } history(targetId: "infrastructure:durable-port") { edges { node { actor action } } } }',
      );
      expect(read.body.errors).toBeUndefined();
      expect(read.body.data).toEqual({
        entity: { name: 'Durable Port' },
        history: { edges: [{ node: { actor: 'alice', action: 'UPSERT_ENTITY' } }] },
      });
    } finally {
      second.process.kill('SIGKILL');
    }
  });
});
