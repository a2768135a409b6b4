import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset, EntityRecord, WriteBatch } from '../../src/model/index.js';
import { createEmbeddedStore, JournalError, type JournalReport } from '../../src/store/embedded/index.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';

// The embedded store's journal on a real file system: what a crash, a damaged line or a second
// owner leaves behind, and what the next start makes of it. The store serves a one-source dataset,
// so starting it hundreds of times costs little.
const QUOTE = 'The port will grow its container traffic every year';
const dataset: Dataset = {
  id: 'journal-test',
  title: 'Journal test',
  sources: [{ id: 'notes', kind: 'PRIMARY', title: 'Notes', publisher: null, published: null, url: null }],
  entities: [],
  relationships: [],
  sourceTexts: { notes: QUOTE },
};

const entity = (slug: string, name: string): EntityRecord => ({
  id: `infrastructure:${slug}`,
  kind: 'INFRASTRUCTURE',
  name,
  aliases: [],
  description: null,
  attributes: {},
  evidence: [{ kind: 'QUOTED', quote: QUOTE, start: 0, end: QUOTE.length, section: null, source: 'notes' }],
});

let clock = Date.parse('2026-01-01T00:00:00.000Z');
function upsert(record: EntityRecord): WriteBatch {
  const at = new Date(clock++).toISOString();
  return {
    id: `${at}-0000abcd`,
    at,
    actor: 'test',
    operations: [{ action: 'UPSERT_ENTITY', entity: record }],
  };
}

describe('the write journal', () => {
  let dir: string;
  let journalFile: string;
  const open: KnowledgeGraphStore[] = [];

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'yrd-graph-journal-'));
    journalFile = path.join(dir, 'journal-test.journal.jsonl');
  });

  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Starts a store on the journal; `report` is what it said about the journal. */
  function start(extra: { journalOnCorrupt?: 'stop' | 'move-aside' } = {}) {
    let report: JournalReport | null = null;
    const store = createEmbeddedStore({
      dataset,
      journalFile,
      ...extra,
      onJournalOpened: (opened) => (report = opened),
    });
    open.push(store);
    return { store, report: report as JournalReport | null };
  }

  async function stop(store: KnowledgeGraphStore): Promise<void> {
    open.splice(open.indexOf(store), 1);
    await store.close();
  }

  async function idsIn(store: KnowledgeGraphStore): Promise<string[]> {
    const page = await store.listEntities({ kinds: null }, { first: 100, after: null });
    return page.items.map((item) => item.id);
  }

  /** Writes the batches through a store, closes it, and returns the journal's bytes. */
  async function journalOf(...batches: WriteBatch[]): Promise<Buffer> {
    const { store } = start();
    for (const batch of batches) expect(await store.write(batch)).not.toEqual([]);
    await stop(store);
    return readFileSync(journalFile);
  }

  it('survives a crash at every byte of the last line: the torn line is cut, the next write kept', async () => {
    const bytes = await journalOf(upsert(entity('first', 'First')), upsert(entity('second', 'Second')));
    const firstLine = bytes.indexOf(0x0a) + 1;
    const lastLine = bytes.length - firstLine;
    for (let kept = 0; kept <= lastLine; kept++) {
      writeFileSync(journalFile, bytes.subarray(0, firstLine + kept));
      const whole = kept === lastLine;
      const { store, report } = start();
      const expected = whole ? ['infrastructure:first', 'infrastructure:second'] : ['infrastructure:first'];
      expect(await idsIn(store), `${kept} of ${lastLine} bytes`).toEqual(expected);
      expect(report?.replayed).toBe(expected.length);
      expect(report?.tornTail).toEqual(
        kept === 0 || whole
          ? null
          : {
              line: 2,
              offset: firstLine,
              bytes: kept,
              start: bytes.subarray(firstLine, firstLine + Math.min(kept, 80)).toString('utf8'),
            },
      );
      // The next acknowledged write must survive a further restart.
      expect(await store.write(upsert(entity('third', 'Third')))).toHaveLength(1);
      await stop(store);
      const again = start();
      expect(await idsIn(again.store), `${kept} of ${lastLine} bytes, after a restart`).toEqual([
        ...expected,
        'infrastructure:third',
      ]);
      expect(again.report?.tornTail).toBeNull();
      await stop(again.store);
    }
  });

  it('keeps a write acknowledged just before the process was killed with SIGKILL, and takes over its lock', async () => {
    // A real process, killed without a chance to flush or clean up: the line must be in the file before
    // the write is answered. (Killing the process, not the machine, does not test the fsync itself.)
    // (.mts: the temporary directory has no package.json saying it is ESM, and the script awaits.)
    const script = path.join(dir, 'write-then-wait.mts');
    const embedded = new URL('../../src/store/embedded/index.ts', import.meta.url).href;
    writeFileSync(
      script,
      `import { createEmbeddedStore } from ${JSON.stringify(embedded)};
const [journalFile, dataset, batch] = process.argv.slice(2);
const store = createEmbeddedStore({ dataset: JSON.parse(dataset), journalFile });
await store.write(JSON.parse(batch));
process.stdout.write('acknowledged\\n');
setInterval(() => {}, 60_000);
`,
    );
    const batch = upsert(entity('killed', 'Killed Port'));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, journalFile, JSON.stringify(dataset), JSON.stringify(batch)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (String(chunk).includes('acknowledged')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`the writer exited (${code}) before it wrote: ${stderr}`)));
    });
    child.kill('SIGKILL');
    const [, signal] = await once(child, 'exit');
    expect(signal).toBe('SIGKILL');
    const { store, report } = start();
    expect(report).toMatchObject({ replayed: 1, skipped: 0, tornTail: null });
    expect(await idsIn(store)).toEqual(['infrastructure:killed']);
    expect(readFileSync(path.join(dir, 'yrd-graph.lock'), 'utf8')).toBe(`${process.pid}\n`);
  }, 120_000);

  it('stops the start at a damaged line before the last, naming it, and leaves the journal as it was', async () => {
    const bytes = await journalOf(
      upsert(entity('first', 'First')),
      upsert(entity('second', 'Second')),
      upsert(entity('third', 'Third')),
    );
    const damaged = Buffer.from(bytes.toString('utf8').replace('"Second"', '"Sekond"'), 'utf8');
    writeFileSync(journalFile, damaged);
    expect(() => start()).toThrow(JournalError);
    expect(() => start()).toThrow(
      `The write journal ${journalFile} is damaged at line 2: its checksum does not match. ` +
        'It is not the last line, so it is not a write cut short by a crash but damage to acknowledged writes. ' +
        'Restore the file from a backup, or set JOURNAL_ON_CORRUPT=move-aside to move it aside and start from the dataset alone.',
    );
    expect(readFileSync(journalFile)).toEqual(damaged);
  });

  it('moves a damaged journal aside when asked, and starts from the dataset alone', async () => {
    const bytes = await journalOf(upsert(entity('first', 'First')), upsert(entity('second', 'Second')));
    const damaged = Buffer.concat([Buffer.from('not a journal line\n'), bytes]);
    writeFileSync(journalFile, damaged);
    const { store, report } = start({ journalOnCorrupt: 'move-aside' });
    expect(await idsIn(store)).toEqual([]);
    expect(report).toMatchObject({
      replayed: 0,
      tornTail: null,
      movedAside: { line: 1, problem: 'it does not start with a checksum' },
    });
    expect(readFileSync(report!.movedAside!.to)).toEqual(damaged);
    expect(readFileSync(journalFile, 'utf8')).toBe('');
    expect(await store.write(upsert(entity('fresh', 'Fresh')))).toHaveLength(1);
    await stop(store);
    expect(await idsIn(start().store)).toEqual(['infrastructure:fresh']);
  });

  it('replays a journal written before lines had checksums', async () => {
    const batches = [upsert(entity('old', 'Old')), upsert(entity('older', 'Older'))];
    writeFileSync(journalFile, batches.map((batch) => `${JSON.stringify(batch)}\n`).join(''));
    const { store, report } = start();
    expect(await idsIn(store)).toEqual(['infrastructure:old', 'infrastructure:older']);
    expect(report?.replayed).toBe(2);
  });

  it('replays a write acknowledged under rules made stricter since, as it was applied', async () => {
    // Accepted before aliases had to be distinct; the journal holds it as that version wrote it.
    const acknowledged = upsert({ ...entity('twice', 'Twice'), aliases: ['Twice', 'Twice'] });
    writeFileSync(journalFile, `${JSON.stringify(acknowledged)}\n`);
    const { store, report } = start();
    expect(report).toMatchObject({ replayed: 1, skipped: 0 });
    const [replayed] = await store.getEntities(['infrastructure:twice']);
    expect(replayed?.aliases).toEqual(['Twice', 'Twice']);
    // A new write is held to today's rules.
    await expect(store.write(upsert({ ...entity('again', 'Again'), aliases: ['A', 'A'] }))).rejects.toThrow(
      '`entity.aliases[1]` repeats "A": give each once.',
    );
  });

  it('skips, and reports, a journaled write whose quote the dataset no longer holds', async () => {
    const moved = { ...entity('moved', 'Moved') };
    moved.evidence = [
      { ...moved.evidence[0]!, quote: 'The port will not grow', end: 22 },
    ] as EntityRecord['evidence'];
    writeFileSync(journalFile, `${JSON.stringify(upsert(moved))}\n`);
    const { store, report } = start();
    expect(report).toMatchObject({ replayed: 0, skipped: 1 });
    expect(await idsIn(store)).toEqual([]);
  });

  it('lists a record’s changes in the order they were applied, even within one millisecond', async () => {
    const { store } = start();
    const at = new Date(clock++).toISOString();
    // The second write's id sorts first (same time, smaller suffix), but it is applied last.
    await store.write({ ...upsert(entity('same', 'A')), id: `${at}-ffffffff`, at });
    await store.write({ ...upsert(entity('same', 'B')), id: `${at}-00000000`, at });
    const history = await store.history({ targetId: 'infrastructure:same' }, { first: 10, after: null });
    expect(history.items.map((change) => JSON.parse(change.after!).name)).toEqual(['A', 'B']);
    expect(history.items[1]!.id > history.items[0]!.id).toBe(true);
  });

  it('refuses a second store on the same directory in one process', () => {
    start();
    expect(() => start()).toThrow(
      `The data directory ${dir} is already open in this process: close the store that holds it first.`,
    );
  });

  it('refuses a directory another live process holds, and takes one whose owner is gone', async () => {
    const lockFile = path.join(dir, 'yrd-graph.lock');
    writeFileSync(lockFile, `${process.ppid}\n`);
    expect(() => start()).toThrow(
      `Another process (pid ${process.ppid}) is using the data directory ${dir}. Two processes on one DATA_DIR ` +
        "would overwrite each other's writes: stop that process, or give this one its own DATA_DIR. " +
        `If no such process runs, delete ${lockFile}.`,
    );
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(lockFile, `${gone.stdout}\n`);
    const { store } = start();
    expect(readFileSync(lockFile, 'utf8')).toBe(`${process.pid}\n`);
    await stop(store);
    expect(existsSync(lockFile)).toBe(false);
  });
});
