import type { ChangeRecord, WriteBatch } from '../../model/index.js';

/**
 * What one operation changed: its place in the batch (its index; `<index>.<n>` for the n-th change it
 * brings along, such as a retracted entity's relationships), the action, the target, and the records.
 */
export type ChangeDetails = [
  index: number | `${number}.${number}`,
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

/**
 * The retraction of each relationship an entity's retraction removes (`relationships`, in id order),
 * as changes of their own after the entity's: a relationship's history then ends where the store does,
 * and its next upsert's `before: null` follows an `after: null`.
 */
export function cascadedRetractions(
  batch: WriteBatch,
  index: number,
  entityId: string,
  relationships: readonly { id: string }[],
  reason: string,
): ChangeRecord[] {
  return relationships.map((relationship, n) =>
    changeRecord(
      batch,
      `${index}.${n + 1}`,
      'RETRACT_RELATIONSHIP',
      relationship.id,
      relationship,
      null,
      `Its end ${entityId} was retracted: ${reason}`,
    ),
  );
}
