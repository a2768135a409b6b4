import type { z } from 'zod';
import { DatasetError } from './dataset-error.js';
import type { RecordPosition } from './record-position.js';

/**
 * Validates `raw` with `schema`; on failure throws a DatasetError naming the file, the record and the
 * path of the first bad field (`evidence[0].quote`).
 */
export function parseWithSchema<T extends z.ZodType>(
  schema: T,
  raw: unknown,
  position: Pick<RecordPosition, 'file' | 'line'>,
  record: string | null,
): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  );
  throw new DatasetError(position.file, record, field || null, issue.message, position.line);
}
