import { createHash } from 'node:crypto';
import type { WriteBatch } from '../../model/index.js';

/** Hex digits of the SHA-256 of the JSON kept in front of it: enough to tell a damaged line. */
const CHECKSUM_LENGTH = 16;
const LINE_PATTERN = new RegExp(`^([0-9a-f]{${CHECKSUM_LENGTH}}) (.*)$`, 's');

/** One journal line: `<checksum> <batch as JSON>` and a newline, which is written last. */
export function encodeJournalLine(batch: WriteBatch): string {
  const json = JSON.stringify(batch);
  return `${checksumOf(json)} ${json}\n`;
}

/** What a line (without its newline) holds, or why it cannot be trusted. */
export type DecodedLine = { ok: true; batch: WriteBatch } | { ok: false; problem: string };

/**
 * Reads one line. A line from before checksums (it starts with `{`) is accepted when it is a whole
 * batch, so an existing journal still replays after an upgrade.
 */
export function decodeJournalLine(line: string): DecodedLine {
  if (line.startsWith('{')) return parseBatch(line);
  const match = LINE_PATTERN.exec(line);
  if (!match) return { ok: false, problem: 'it does not start with a checksum' };
  const [, checksum, json] = match as unknown as [string, string, string];
  if (checksumOf(json) !== checksum) return { ok: false, problem: 'its checksum does not match' };
  return parseBatch(json);
}

function parseBatch(json: string): DecodedLine {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'it is not valid JSON' };
  }
  const batch = value as Partial<WriteBatch> | null;
  if (typeof batch?.id !== 'string' || !Array.isArray(batch.operations))
    return { ok: false, problem: 'it is not a write batch' };
  return { ok: true, batch: batch as WriteBatch };
}

function checksumOf(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, CHECKSUM_LENGTH);
}
