import type { EvidenceKind, RelationshipRecord } from '../model/index.js';

/**
 * The relationship as the export of a neighbourhood read with `evidenceKinds` writes it: only its
 * evidence of those kinds, so an analyst who asks for `[QUOTED]` gets what the document states and
 * nothing else. A copy: the record the loaders cache keeps all its evidence.
 */
export function withEvidenceOf(
  relationship: RelationshipRecord,
  kinds: readonly EvidenceKind[],
): RelationshipRecord {
  return { ...relationship, evidence: relationship.evidence.filter((item) => kinds.includes(item.kind)) };
}
