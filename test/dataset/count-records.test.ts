import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countRecords } from '../../src/dataset/count-records.js';

const directories: string[] = [];

afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

async function countOf(entities: string): Promise<number> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'yrd-graph-count-'));
  directories.push(directory);
  await writeFile(path.join(directory, 'entities.jsonl'), entities);
  return countRecords(directory, 'entities');
}

describe('counting the records of a JSON Lines file', () => {
  it('counts non-blank lines, with or without a final newline', async () => {
    expect(await countOf('{"a":1}\n{"a":2}\n')).toBe(2);
    expect(await countOf('{"a":1}\n{"a":2}')).toBe(2);
    expect(await countOf('')).toBe(0);
  });

  it('does not count blank or whitespace-only lines, CRLF included', async () => {
    expect(await countOf('\n{"a":1}\r\n\r\n  \t\n{"a":2}\r\n\n')).toBe(2);
  });

  it('counts lines that cross the chunks it reads', async () => {
    // About 5 MB: lines of varying length straddle the 1 MB chunk boundaries.
    const lines = Array.from({ length: 40_000 }, (_, i) =>
      JSON.stringify({ id: i, pad: 'x'.repeat(i % 251) }),
    );
    expect(await countOf(`${lines.join('\n')}\n`)).toBe(40_000);
  });
});
