import type { ChangeRecord, WriteBatch } from '../../model/index.js';

/**
 * What one operation changed: its place in the batch (its index, or `[index, n]` for the n-th change it
 * brings along, such as a retracted entity's relationships), the action, the target, and the records.
 */
export type ChangeDetails = [
  index: number | readonly [operation: number, broughtAlong: number, of: number],
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
    id: `${batch.id}#${placeInBatch(batch, index)}`,
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
 * A change's place in its batch as text that sorts as the numbers do: `#2` must come before `#10`, as
 * a change id promises to sort in time order (schema/curation.graphql) and both stores page the history
 * by id. Each number is padded to the width of the largest in its list, so a batch of ten operations or
 * fewer keeps the ids it always had (`#0` … `#9`), and batches never compare past their own id.
 */
function placeInBatch(batch: WriteBatch, index: ChangeDetails[0]): string {
  const [operation, broughtAlong, of] = typeof index === 'number' ? [index, null, 0] : index;
  const place = padded(operation, batch.operations.length - 1);
  return broughtAlong === null ? place : `${place}.${padded(broughtAlong, of)}`;
}

function padded(value: number, largest: number): string {
  return String(value).padStart(String(largest).length, '0');
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
      [index, n + 1, relationships.length],
      'RETRACT_RELATIONSHIP',
      relationship.id,
      relationship,
      null,
      `Its end ${entityId} was retracted: ${reason}`,
    ),
  );
}
