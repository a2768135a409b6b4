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
 * may rest on a relationship further down, so no id can be refused as it is met. Holds one reference
 * per distinct id and the relationship ids met (as the relationship pass does anyway), not the records.
 */
export class BasisCheck {
  private readonly references = new Map<string, Reference>();
  private readonly relationshipIds = new Set<string>();

  /** Records that a record rests on `id` (the first reference is the one an error names). */
  refer(id: string, reference: Reference): void {
    if (!this.references.has(id)) this.references.set(id, reference);
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
  }
}
