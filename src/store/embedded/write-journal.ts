import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { WriteBatch } from '../../model/index.js';

/**
 * The embedded store's write-ahead journal: one JSON line per committed batch, appended and fsynced
 * before the write is acknowledged, replayed on start. A line cut short by a crash mid-append was never
 * acknowledged, so replay skips it.
 */
export class WriteJournal {
  private readonly fd: number;

  constructor(readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.fd = openSync(file, 'a');
  }

  /** Every batch written so far, in order. */
  static read(file: string): WriteBatch[] {
    if (!existsSync(file)) return [];
    const batches: WriteBatch[] = [];
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        batches.push(JSON.parse(line) as WriteBatch);
      } catch {
        // Only the last line can be partial (a crash during its append); it was never acknowledged.
      }
    }
    return batches;
  }

  /** Appends a batch and waits for the disk: when this returns, the batch survives a crash. */
  append(batch: WriteBatch): void {
    writeSync(this.fd, `${JSON.stringify(batch)}\n`);
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}
