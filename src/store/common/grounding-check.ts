import { BadInputError } from '../../errors.js';
import type { WriteBatch } from '../../model/index.js';
import {
  footingOf,
  groundingMessage,
  groundingProblemOf,
  MAX_GROUNDING_WALK,
  nextIdsOf,
  ungroundedIds,
  type Footing,
} from '../../validation/index.js';

/**
 * The records a batch upserts without QUOTED or CITED evidence (as its last upsert of each leaves
 * them), with the field their evidence is named by in an error.
 */
function unsourcedUpsertsOf(batch: WriteBatch): Map<string, string> {
  const fields = new Map<string, string>();
  batch.operations.forEach((operation, index) => {
    const prefix = batch.operations.length > 1 ? `operations[${index}].` : '';
    const [record, field] =
      operation.action === 'UPSERT_ENTITY'
        ? [operation.entity, `${prefix}entity.evidence`]
        : operation.action === 'UPSERT_RELATIONSHIP'
          ? [operation.relationship, `${prefix}relationship.evidence`]
          : [null, ''];
    if (!record) return;
    fields.delete(record.id);
    if (!footingOf(record.id, record.evidence).sourced) fields.set(record.id, field);
  });
  return fields;
}

/**
 * The grounding rule (src/validation/grounding.ts) held for one applied batch. Only the records the
 * batch upserts can lose their grounding: a record that rests on another stays grounded while that
 * one does, and a retraction of what something rests on is refused anyway. So the walk starts from
 * the records the batch upserts unsourced, as they stand once it is applied, and reads on only
 * through unsourced ones: a store reads a few records per write whatever the size of the graph, and
 * none for a batch whose every record quotes or cites a source.
 *
 * The store drives it: `idsToRead()` says which footings to read next, `read()` takes them, until
 * there is nothing left to read; then `assertGrounded()` throws BAD_USER_INPUT naming the first
 * record of the batch that leads to no source. (The embedded store reads its maps, the Neo4j store
 * its transaction, and locks what it reads, so that a ring cannot close between two writes.)
 */
export class GroundingCheck {
  private readonly fields: Map<string, string>;
  private readonly footings = new Map<string, Footing>();
  private pending: string[];
  /** The batch's own records, and at most MAX_GROUNDING_WALK more: an import of thousands is no chain. */
  private readonly maxRead: number;

  constructor(batch: WriteBatch) {
    this.fields = unsourcedUpsertsOf(batch);
    this.pending = [...this.fields.keys()];
    this.maxRead = this.fields.size + MAX_GROUNDING_WALK;
  }

  /** The ids whose footings are needed next; none once the walk is complete. */
  idsToRead(): readonly string[] {
    return this.pending;
  }

  /** The footings of `idsToRead()` (an id with none, retracted later in the batch, is left out). */
  read(footings: readonly Footing[]): void {
    for (const footing of footings) this.footings.set(footing.id, footing);
    const next = new Set<string>();
    for (const footing of footings) {
      for (const id of nextIdsOf(footing)) if (!this.footings.has(id)) next.add(id);
    }
    this.pending = [...next];
    if (this.footings.size + this.pending.length > this.maxRead) {
      throw new BadInputError(
        `The inferences of this write lead through more than ${MAX_GROUNDING_WALK} stored records without QUOTED or CITED evidence; ` +
          'rest them on records that have it.',
      );
    }
  }

  assertGrounded(): void {
    const ungrounded = ungroundedIds(this.footings);
    if (ungrounded.size === 0) return;
    for (const [id, field] of this.fields) {
      if (!ungrounded.has(id)) continue;
      const problem = groundingProblemOf(id, this.footings, ungrounded);
      const at = `${field}[${problem.index}].basis`;
      throw new BadInputError(`\`${at}\` ${groundingMessage(problem)}.`, at);
    }
  }
}
