import { DatasetError } from './dataset-error.js';
import type { RecordPosition } from './record-position.js';

/**
 * What the loader and importDataset say of a record whose id an earlier record of the same file has:
 * a second record would replace the first without a word. Two relationships of one type between the
 * same ends are two records, so the second is told how to have an id of its own.
 */
const DUPLICATE_ID = {
  entity: 'duplicate id',
  relationship: 'duplicate id (give the second one a #2 suffix)',
} as const;

/**
 * Adds `id` to `ids`, the ids read so far; throws the DatasetError that names the record (`label`)
 * and its `id` when an earlier record has it already.
 */
export function claimId(
  ids: Set<string>,
  id: string,
  kind: keyof typeof DUPLICATE_ID,
  position: Pick<RecordPosition, 'file' | 'line'>,
  label: string,
): void {
  if (ids.has(id)) throw new DatasetError(position.file, label, 'id', DUPLICATE_ID[kind], position.line);
  ids.add(id);
}
