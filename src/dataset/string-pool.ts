import type { EntityRecord, EvidenceRecord, RelationshipRecord } from '../model/index.js';

/**
 * One string object per distinct value, for records kept in memory: every parsed line brings its own
 * copy of "CITY", "chapter-00042" or the id of a relationship's end, and at 100k entities those
 * copies were a fifth of the heap. Interned, the kinds, types, sections and source ids are shared,
 * and a relationship's `from` and `to` are its entities' own id strings.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  intern(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

  /** The entity with its id, kind and evidence strings interned (in place; returns it). */
  entity(entity: EntityRecord): EntityRecord {
    entity.id = this.intern(entity.id);
    entity.kind = this.intern(entity.kind) as EntityRecord['kind'];
    this.evidence(entity.evidence);
    return entity;
  }

  /** The relationship with its type, ends and evidence strings interned (in place; returns it). */
  relationship(relationship: RelationshipRecord): RelationshipRecord {
    relationship.type = this.intern(relationship.type) as RelationshipRecord['type'];
    relationship.from = this.intern(relationship.from);
    relationship.to = this.intern(relationship.to);
    this.evidence(relationship.evidence);
    return relationship;
  }

  private evidence(evidence: EvidenceRecord[]): void {
    for (const item of evidence) {
      item.kind = this.intern(item.kind) as EvidenceRecord['kind'];
      if (item.source !== null) item.source = this.intern(item.source);
      if (item.section !== null) item.section = this.intern(item.section);
    }
  }
}
