/**
 * Which parts of entity and relationship records a read must fill, beyond the parts every record
 * always carries (an entity's id, kind and name; a relationship's id, type and ends; an evidence
 * item's kind). A store may return more than asked (the embedded store returns whole records); a part
 * left out comes back empty (no aliases, no attributes, no evidence, '' for an evidence field). Null
 * or absent: whole records. Each list is sorted, so equal selections are equal as JSON.
 */
export interface RecordFields {
  entity: readonly EntityPart[];
  relationship: readonly RelationshipPart[];
  /** The evidence fields read wherever `evidence` is one of the parts above. */
  evidence: readonly EvidencePart[];
}

export type EntityPart = 'aliases' | 'attributes' | 'description' | 'evidence' | 'status';
export type RelationshipPart = 'evidence' | 'properties';
/** `offsets` is an evidence item's `start` and `end`. */
export type EvidencePart =
  'basis' | 'mentions' | 'note' | 'offsets' | 'quote' | 'rationale' | 'section' | 'source';
