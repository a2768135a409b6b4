import type { EvidenceRecord } from '../model/index.js';
import {
  footingOf,
  groundingMessage,
  groundingProblemOf,
  ungroundedIds,
  type Footing,
} from '../validation/index.js';
import { DatasetError } from './dataset-error.js';

/** Where a record names a basis id, for the error when nothing has that id. */
interface Reference {
  file: string;
  line: number | null;
  record: string;
  field: string;
}

/**
 * The ids INFERRED evidence rests on, checked once every record has been read: an entity's evidence
 * may rest on a relationship further down, so no id can be refused as it is met. Then the grounding
 * rule (src/validation/grounding.ts): every record without QUOTED or CITED evidence leads through
 * what it rests on to one with it. Holds one reference per distinct id, the relationship ids met (as
 * the relationship pass does anyway) and the footing of each record that has no source, not the records.
 */
export class BasisCheck {
  private readonly references = new Map<string, Reference>();
  private readonly relationshipIds = new Set<string>();
  private readonly unsourced = new Map<string, { footing: Footing; where: Omit<Reference, 'field'> }>();

  /** Records that a record rests on `id` (the first reference is the one an error names). */
  refer(id: string, reference: Reference): void {
    if (!this.references.has(id)) this.references.set(id, reference);
  }

  /** Records the evidence of a record read, which the grounding rule needs if it has no source. */
  evidence(id: string, evidence: readonly EvidenceRecord[], where: Omit<Reference, 'field'>): void {
    const footing = footingOf(id, evidence);
    if (!footing.sourced) this.unsourced.set(id, { footing, where });
  }

  /** Records a relationship id met while reading. */
  relationship(id: string): void {
    this.relationshipIds.add(id);
  }

  /** Throws a DatasetError naming the first reference to an id that is neither an entity nor a relationship. */
  assertResolved(entityIds: ReadonlySet<string>): void {
    for (const [id, where] of this.references) {
      if (entityIds.has(id) || this.relationshipIds.has(id)) continue;
      throw new DatasetError(
        where.file,
        where.record,
        where.field,
        `names "${id}", which is neither an entity nor a relationship of the dataset`,
        where.line,
      );
    }
    this.assertGrounded();
  }

  /** Throws a DatasetError naming the first record (in reading order) that leads to no source. */
  private assertGrounded(): void {
    if (this.unsourced.size === 0) return;
    const footings = new Map<string, Footing>();
    for (const [id, { footing }] of this.unsourced) {
      footings.set(id, footing);
      // Every id named exists (checked above); one not held here has a source.
      for (const basisId of footing.inferences.flatMap((inference) => inference.basis)) {
        if (!this.unsourced.has(basisId))
          footings.set(basisId, { id: basisId, sourced: true, inferences: [] });
      }
    }
    const ungrounded = ungroundedIds(footings);
    for (const [id, { where }] of this.unsourced) {
      if (!ungrounded.has(id)) continue;
      const problem = groundingProblemOf(id, footings, ungrounded);
      throw new DatasetError(
        where.file,
        where.record,
        `evidence[${problem.index}].basis`,
        groundingMessage(problem),
        where.line,
      );
    }
  }
}
