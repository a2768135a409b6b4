import { createReadStream } from 'node:fs';
import path from 'node:path';
import { readEventRecords, readRawRecords, recordFileOf, type RecordKind } from './read-raw-records.js';

/**
 * How many records of `kind` the dataset has, without validating them: what a progress bar needs
 * before a streamed load. JSON Lines are counted by scanning for non-blank lines (about a second per
 * gigabyte, in constant memory); YAML, being small, is parsed.
 */
export async function countRecords(directory: string, kind: RecordKind): Promise<number> {
  const file = await recordFileOf(directory, kind);
  if (!file.endsWith('.jsonl')) {
    let count = 0;
    for await (const _record of readRawRecords(directory, kind)) count++;
    return count;
  }
  return (await countLines(directory, file)) + (await readEventRecords(directory, kind)).length;
}

/** The non-blank lines of a JSON Lines file. */
async function countLines(directory: string, file: string): Promise<number> {
  let count = 0;
  let lineHasContent = false;
  for await (const chunk of createReadStream(path.resolve(directory, file), { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    let at = 0;
    while (at < bytes.length) {
      if (!lineHasContent) {
        const byte = bytes[at]!;
        if (byte === NEWLINE || byte === SPACE || byte === TAB || byte === CARRIAGE_RETURN) {
          at++;
          continue;
        }
        lineHasContent = true;
      }
      // A line with content: jump to its end (it may continue in the next chunk).
      const end = bytes.indexOf(NEWLINE, at);
      if (end === -1) break;
      count++;
      lineHasContent = false;
      at = end + 1;
    }
  }
  return lineHasContent ? count + 1 : count;
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const CARRIAGE_RETURN = 0x0d;
