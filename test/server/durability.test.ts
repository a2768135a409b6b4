import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/auth/index.js';

// The real service process, killed with SIGKILL straight after a write returns: the write must be there
// after a restart (the embedded store journals and fsyncs before it answers).
const CURATOR_KEY = 'durability-test-curator-key';
const READER_KEY = 'durability-test-reader-key';
const QUOTE =
  'Wenzhou will also build an important hub port influencing southern Zhejiang, northern Fujian and eastern Jiangxi';
/** Where QUOTE is in the plan's text (seed/wenzhou-yrd/sources/wenzhou-yrd-action-plan-2020.txt). */
const QUOTE_START = 6960;

/**
 * Starting the service (tsx compiling it, the dataset loading) gets a budget of its own: on a busy
 * machine it alone took 26 s, most of the 30 s a test's own work gets. A test starts it up to three times.
 */
const SERVICE_START_MS = 90_000;

describe(
  'the embedded store keeps acknowledged writes through a crash',
  { timeout: 30_000 + 3 * SERVICE_START_MS },
  () => {
    let dataDir: string;

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'yrd-graph-durability-'));
    });

    /** Data directories of single tests, removed after each (also when it fails). */
    const ownDirectories: string[] = [];
    async function ownDirectory(prefix: string): Promise<string> {
      const directory = await mkdtemp(path.join(os.tmpdir(), prefix));
      ownDirectories.push(directory);
      return directory;
    }

    afterEach(async () => {
      for (const directory of ownDirectories.splice(0)) await rm(directory, { recursive: true, force: true });
    });

    afterAll(async () => {
      await rm(dataDir, { recursive: true, force: true });
    });

    interface Service {
      process: ChildProcessWithoutNullStreams;
      url: string;
      /** Everything it has printed so far. */
      output: () => string;
    }

    function startService(directory = dataDir): Promise<Service> {
      const child = spawnService(directory);
      return new Promise((resolve, reject) => {
        let output = '';
        const timer = setTimeout(
          () => reject(new Error(`service did not start:\n${output}`)),
          SERVICE_START_MS,
        );
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve({ process: child, url: match[1]!, output: () => output });
          }
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('exit', (code) => reject(new Error(`service exited with ${code}:\n${output}`)));
      });
    }

    /**
     * Starts the service and waits for it to exit, as it must when it cannot start. One that starts
     * serving instead is killed, and `code` is 'serving'.
     */
    function failToStart(directory: string): Promise<{ code: number | null | 'serving'; output: string }> {
      const child = spawnService(directory);
      return new Promise((resolve) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('"url":"http')) {
            child.kill('SIGKILL');
            resolve({ code: 'serving', output });
          }
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('exit', (code) => resolve({ code, output }));
      });
    }

    function spawnService(directory: string): ChildProcessWithoutNullStreams {
      // The embedded store, even when the test run itself was pointed at a Neo4j.
      const inherited = { ...process.env };
      delete inherited['NEO4J_URI'];
      return spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts'], {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: {
          ...inherited,
          PORT: '0',
          LOG_LEVEL: 'info',
          DATA_DIR: directory,
          API_KEYS: `alice:curator:${hashApiKey(CURATOR_KEY)},dash:reader:${hashApiKey(READER_KEY)}`,
        },
      });
    }

    async function kill(service: Service): Promise<void> {
      const exited = new Promise((resolve) => service.process.once('exit', resolve));
      service.process.kill('SIGKILL');
      await exited;
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
    evidence: [{ kind: QUOTED, quote: "${QUOTE}", start: ${QUOTE_START}, end: ${QUOTE_START + QUOTE.length},
    section: "Task Three", source: "wenzhou-yrd-action-plan-2020" }]
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
        await kill(service);
      }
    });

    it('finds the write after SIGKILL and a restart', async () => {
      const first = await startService();
      const written = await post(first.url, mutation, CURATOR_KEY);
      // No grace: the process dies the moment the write has been answered.
      await kill(first);
      expect(written.body.data).toEqual({ upsertEntity: { changed: true } });

      const journal = await readFile(path.join(dataDir, 'wenzhou-yrd.journal.jsonl'), 'utf8');
      expect(journal).toContain('infrastructure:durable-port');

      const second = await startService();
      expect(second.output()).toContain('"replayedBatches":1');
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
        await kill(second);
      }
    }, 120_000);

    it('refuses a write the disk can take only part of, keeps memory as it was, and keeps the next one', async () => {
      const directory = await ownDirectory('yrd-graph-full-disk-');
      const journal = path.join(directory, 'wenzhou-yrd.journal.jsonl');
      const service = await startService(directory);
      try {
        // A real file-size limit on the running process: the journal may grow by 100 bytes, less than
        // one line, so write() takes part of the line and then fails with EFBIG (Node ignores SIGXFSZ).
        // Only the soft limit changes, so it can be lifted again without privileges.
        execFileSync('prlimit', ['--pid', String(service.process.pid), '--fsize=100:']);
        const refused = await post(service.url, mutation, CURATOR_KEY);
        expect(refused.body.data).toBeNull();
        expect(refused.body.errors?.[0]).toMatchObject({
          message:
            'The graph store is unavailable (the write journal could not keep the write: EFBIG (write)). Try again shortly.',
          extensions: { code: 'STORE_UNAVAILABLE', retriable: false },
        });
        const read = await post(service.url, '{ entity(id: "infrastructure:durable-port") { id } }');
        expect(read.body.data).toEqual({ entity: null });
        expect((await stat(journal)).size).toBe(0);

        execFileSync('prlimit', ['--pid', String(service.process.pid), '--fsize=unlimited:']);
        const written = await post(service.url, mutation, CURATOR_KEY);
        expect(written.body.data).toEqual({ upsertEntity: { changed: true } });
      } finally {
        await kill(service);
      }
      const restarted = await startService(directory);
      try {
        expect(restarted.output()).toContain('"replayedBatches":1');
        const read = await post(
          restarted.url,
          '{ entity(id: "infrastructure:durable-port") { name } history(targetId: "infrastructure:durable-port") { edges { node { action } } } }',
        );
        expect(read.body.data).toEqual({
          entity: { name: 'Durable Port' },
          history: { edges: [{ node: { action: 'UPSERT_ENTITY' } }] },
        });
      } finally {
        await kill(restarted);
      }
    }, 120_000);

    it('refuses to start a second process on the same DATA_DIR, and starts once the first is gone', async () => {
      const directory = await ownDirectory('yrd-graph-two-processes-');
      const first = await startService(directory);
      try {
        const second = await failToStart(directory);
        expect(second.code).toBe(1);
        expect(second.output).toContain(
          `yrd-graph cannot start.\nAnother process (pid ${first.process.pid}) is using the data directory ${directory}.`,
        );
        // The first still serves.
        expect((await post(first.url, '{ summary { entityCount } }')).status).toBe(200);
      } finally {
        await kill(first);
      }
      // SIGKILL left the lock file behind; its owner is gone, so the next start takes it.
      const third = await startService(directory);
      await kill(third);
    }, 120_000);
  },
);
