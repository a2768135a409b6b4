import type { EvidenceKind, RelationshipRecord, RelationshipType } from '../../model/index.js';
import { passesTimeFilter } from '../common/passes-time-filter.js';
import type { TimeFilter } from '../knowledge-graph-store.js';

/** One predicate for a request's relationship type, time and evidence-kind filters. */
export function relationshipFilter(
  types: readonly RelationshipType[] | null,
  time: TimeFilter | null,
  evidenceKinds: readonly EvidenceKind[] | null = null,
): (relationship: RelationshipRecord) => boolean {
  const typeSet = types ? new Set(types) : null;
  const kindSet = evidenceKinds ? new Set(evidenceKinds) : null;
  return (relationship) =>
    (!typeSet || typeSet.has(relationship.type)) &&
    (!kindSet || relationship.evidence.some((item) => kindSet.has(item.kind))) &&
    passesTimeFilter(relationship.properties, time);
}
