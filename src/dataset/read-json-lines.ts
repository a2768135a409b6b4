import { open } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DatasetError } from './dataset-error.js';
import type { RawRecord } from './record-position.js';

/**
 * Streams the records of a JSON Lines file (one JSON value per line; blank lines are skipped), with
 * their line numbers, without holding the file in memory: a file of any size reads in constant space.
 * A line that is not JSON throws a DatasetError naming the file and the line.
 */
export async function* readJsonLines(directory: string, file: string): AsyncGenerator<RawRecord> {
  const handle = await open(path.resolve(directory, file)).catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === 'ENOENT' ? 'file not found' : error.message;
    throw new DatasetError(file, null, null, `${reason} (${path.resolve(directory, file)})`);
  });
  const input = handle.createReadStream({ encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  let index = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        throw new DatasetError(file, null, null, `is not valid JSON: ${(error as Error).message}`, line);
      }
      yield { raw, position: { file, line, index: index++ } };
    }
  } finally {
    // Stopping early (an invalid record, a failed import) must not leave the file open.
    lines.close();
    input.destroy();
    await handle.close().catch(() => {});
  }
}
