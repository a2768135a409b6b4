import type { EntityRecord, RelationshipRecord } from './records.js';

/** One write a curator asks for. A batch of them applies whole or not at all. */
export type WriteOperation =
  | { action: 'UPSERT_ENTITY'; entity: EntityRecord }
  | { action: 'UPSERT_RELATIONSHIP'; relationship: RelationshipRecord }
  | { action: 'RETRACT_ENTITY'; id: string; reason: string }
  | { action: 'RETRACT_RELATIONSHIP'; id: string; reason: string };

export type ChangeAction = WriteOperation['action'];

/** A batch of writes with who asked and when; `id` sorts in time order. */
export interface WriteBatch {
  /** `<ISO timestamp>-<random>`: unique, and sorting by it sorts by time. */
  id: string;
  at: string;
  actor: string;
  operations: WriteOperation[];
}

/**
 * What one operation changed, kept for ever. `before`/`after` are the records as JSON (a retracted
 * entity's `before` holds it and the relationships retracted with it), so a retraction can be undone
 * by writing `before` back.
 */
export interface ChangeRecord {
  /** `<batch id>#<operation index>`. */
  id: string;
  batchId: string;
  at: string;
  actor: string;
  action: ChangeAction;
  targetId: string;
  reason: string | null;
  before: string | null;
  after: string | null;
}
