import type { RelationshipRecord, RelationshipType } from '../../model/index.js';
import { passesTimeFilter } from '../common/passes-time-filter.js';
import type { TimeFilter } from '../knowledge-graph-store.js';

/** One predicate for a request's relationship type and time filters. */
export function relationshipFilter(
  types: readonly RelationshipType[] | null,
  time: TimeFilter | null,
): (relationship: RelationshipRecord) => boolean {
  const typeSet = types ? new Set(types) : null;
  return (relationship) =>
    (!typeSet || typeSet.has(relationship.type)) && passesTimeFilter(relationship.properties, time);
}
