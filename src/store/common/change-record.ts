import type { ChangeRecord, WriteBatch } from '../../model/index.js';

/** What one operation changed: its index in the batch, the action, the target, and the records. */
export type ChangeDetails = [
  index: number,
  action: ChangeRecord['action'],
  targetId: string,
  before: unknown,
  after: unknown,
  reason: string | null,
];

/** The record of operation `index` of a batch: both stores write exactly this. */
export function changeRecord(
  batch: WriteBatch,
  ...[index, action, targetId, before, after, reason]: ChangeDetails
): ChangeRecord {
  return {
    id: `${batch.id}#${index}`,
    batchId: batch.id,
    at: batch.at,
    actor: batch.actor,
    action,
    targetId,
    reason,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
  };
}
