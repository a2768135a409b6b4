import type { WriteBatch } from '../../model/index.js';

/** The id and time of a recorded change. */
export interface ChangeStamp {
  id: string;
  at: string;
}

/**
 * The batch, re-timed if needed so its changes sort after `latest`. History is read in change-id
 * order, and an id starts with the time the request arrived, not the time it got the record: two
 * writes to one record within the same millisecond, or one that waited for another's lock, could
 * otherwise be listed in the opposite order to the one they were applied in, and the history's last
 * `after` would not be what is stored. A batch that already sorts after `latest` is returned as is;
 * otherwise it takes the time one millisecond after `latest` and keeps its random suffix.
 */
export function orderAfter(batch: WriteBatch, latest: ChangeStamp | null): WriteBatch {
  if (latest === null || batch.id > latest.id) return batch;
  const at = new Date(Date.parse(latest.at) + 1).toISOString();
  const suffix = batch.id.startsWith(`${batch.at}-`) ? batch.id.slice(batch.at.length + 1) : batch.id;
  return { ...batch, id: `${at}-${suffix}`, at };
}
