import type { Direction, EvidenceKind, RelationshipType } from '../../../../model/index.js';
import type { NextLevelRequest, RelationshipsOfRequest } from '../../../knowledge-graph-store.js';
import type { RecordFields } from '../../../record-fields.js';

/** What requests must share to be answered by one statement (relationshipsOfQuery). */
export interface RelationshipsOfGroup {
  direction: Direction;
  types: RelationshipType[] | null;
  /** Only relationships with evidence of these kinds (null or absent: any). */
  evidenceKinds?: EvidenceKind[] | null;
  next: NextLevelRequest | null;
  /** Each request also reads its entity (`entity` in the row). @default false */
  withEntity?: boolean;
  /** The parts of the records read (see RecordFields); null or absent: whole records. */
  fields?: RecordFields | null;
  /** Positions of the group's requests in the batch. */
  positions: number[];
}

/** Groups requests that can share one statement, keeping their positions. */
export function groupRelationshipsOfRequests(
  requests: readonly RelationshipsOfRequest[],
): RelationshipsOfGroup[] {
  const groups = new Map<string, RelationshipsOfGroup>();
  requests.forEach((request, position) => {
    const types = normalizedTypes(request.types);
    const evidenceKinds = normalizedKinds(request.evidenceKinds ?? null);
    const next = request.next
      ? {
          ...request.next,
          types: normalizedTypes(request.next.types),
          evidenceKinds: normalizedKinds(request.next.evidenceKinds ?? null),
        }
      : null;
    const withEntity = request.withEntity ?? false;
    const fields = request.fields ?? null;
    const key = JSON.stringify([request.direction, types, evidenceKinds, next, withEntity, fields]);
    let group = groups.get(key);
    if (!group) {
      groups.set(
        key,
        (group = {
          direction: request.direction,
          types,
          evidenceKinds,
          next,
          withEntity,
          fields,
          positions: [],
        }),
      );
    }
    group.positions.push(position);
  });
  return [...groups.values()];
}

function normalizedTypes(types: readonly RelationshipType[] | null): RelationshipType[] | null {
  return types ? [...new Set(types)].sort() : null;
}

export function normalizedKinds(kinds: readonly EvidenceKind[] | null): EvidenceKind[] | null {
  return kinds ? [...new Set(kinds)].sort() : null;
}
