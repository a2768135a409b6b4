import type { EvidenceKind, RelationshipRecord } from '../model/index.js';

/**
 * The relationship as a read filtered by `evidenceKinds` shows it: only its evidence of those kinds, so
 * an analyst who asks for `[QUOTED]` sees what the document states and nothing else. A copy: the
 * record the loaders cache keeps all its evidence for other fields of the same request.
 */
export function withEvidenceOf(
  relationship: RelationshipRecord,
  kinds: readonly EvidenceKind[],
): RelationshipRecord {
  return { ...relationship, evidence: relationship.evidence.filter((item) => kinds.includes(item.kind)) };
}
