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
  /**
   * The entity parts read at the other ends of relationship pages (a page's `others`, and its next
   * level's), when they are fewer than `entity`; absent: `entity`. Why: a front end lists an entity's
   * neighbours by name beside the entity's own evidence, and reading every neighbour's evidence for
   * it was a third of the bytes a nested read sent (issue 15). Records read with these parts are
   * partial: they may only answer the fields that asked for them (see Loaders.otherEnds).
   */
  otherEnd?: readonly EntityPart[];
}

/** The parts to read of a page's other ends: `otherEnd` in place of `entity` (see RecordFields). */
export function otherEndFieldsOf(fields: RecordFields | null | undefined): RecordFields | null {
  if (!fields) return null;
  const { otherEnd, ...rest } = fields;
  return otherEnd ? { ...rest, entity: otherEnd } : rest;
}

export type EntityPart = 'aliases' | 'attributes' | 'description' | 'evidence' | 'status';
export type RelationshipPart = 'evidence' | 'properties';
/** `offsets` is an evidence item's `start` and `end`. */
export type EvidencePart =
  'basis' | 'mentions' | 'note' | 'offsets' | 'quote' | 'rationale' | 'section' | 'source';
