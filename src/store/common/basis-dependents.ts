import { ConflictError } from '../../errors.js';
import type {
  ChangeRecord,
  EntityRecord,
  EvidenceRecord,
  RelationshipRecord,
  WriteBatch,
} from '../../model/index.js';

/** A record (`dependentId`) whose INFERRED evidence names `basisId` in its basis. */
export interface BasisDependent {
  dependentId: string;
  basisId: string;
}

/** How many dependents a refusal names by id; the message counts the rest. */
export const DEPENDENTS_NAMED = 5;

/**
 * The most (dependent, basis) pairs a store reads for one refusal. A retraction with more dependents is
 * refused all the same; its message then says "or more" instead of an exact count.
 */
export const MAX_DEPENDENTS_READ = 1000;

/** The ids a batch retracts by name (an entity's relationships, which go with it, are not among them). */
export function retractionTargetsOf(batch: WriteBatch): string[] {
  return batch.operations.flatMap((operation) =>
    operation.action === 'RETRACT_ENTITY' || operation.action === 'RETRACT_RELATIONSHIP'
      ? [operation.id]
      : [],
  );
}

/** Whether the batch upserts anything: then what it retracts may be written again, or re-based on. */
export function batchUpserts(batch: WriteBatch): boolean {
  return batch.operations.some(
    (operation) => operation.action === 'UPSERT_ENTITY' || operation.action === 'UPSERT_RELATIONSHIP',
  );
}

/** The ids an applied batch's changes retracted, the relationships an entity took along included. */
export function retractedIdsOf(changes: readonly ChangeRecord[]): string[] {
  return [
    ...new Set(changes.flatMap((change) => (change.action.startsWith('RETRACT_') ? [change.targetId] : []))),
  ];
}

/**
 * The records among `records` whose INFERRED evidence names one of `removed`: a scan, for the embedded
 * store, whose every write already walks the whole graph to rebuild its indexes.
 */
export function dependentsAmong(
  records: Iterable<EntityRecord | RelationshipRecord>,
  removed: ReadonlySet<string>,
): BasisDependent[] {
  const dependents: BasisDependent[] = [];
  for (const record of records) {
    for (const basisId of basisIdsOf(record.evidence)) {
      if (removed.has(basisId)) dependents.push({ dependentId: record.id, basisId });
    }
  }
  return dependents;
}

/** The distinct ids a record's INFERRED evidence rests on. */
export function basisIdsOf(evidence: readonly EvidenceRecord[]): string[] {
  return [...new Set(evidence.flatMap((item) => item.basis ?? []))];
}

/**
 * Refuses a write that would leave records resting on what it retracts (`dependents`: the records that
 * still stand once it is applied, with the removed id each names). `complete` is false when the store
 * stopped reading at MAX_DEPENDENTS_READ. Throws CONFLICT naming the first few records and the count,
 * since the curator must deal with each of them first.
 */
export function assertNothingRestsOn(dependents: readonly BasisDependent[], complete = true): void {
  if (dependents.length === 0) return;
  const dependentIds = [...new Set(dependents.map((dependent) => dependent.dependentId))].sort();
  const basisIds = [...new Set(dependents.map((dependent) => dependent.basisId))].sort();
  const one = dependentIds.length === 1 && complete;
  const count = `${dependentIds.length}${complete ? '' : ' or more'} ${one ? 'record' : 'records'}`;
  throw new ConflictError(
    `The INFERRED evidence of ${count} rests on ${listOf(basisIds, true)}, which this write retracts: ` +
      `${listOf(dependentIds, complete)}. Retract ${one ? 'it' : 'them'}, or upsert ${one ? 'it' : 'them'} ` +
      'with a basis that does not name what you retract, first.',
    {
      dependents: dependentIds.slice(0, DEPENDENTS_NAMED),
      dependentCount: dependentIds.length,
      dependentCountComplete: complete,
      basis: basisIds.slice(0, DEPENDENTS_NAMED),
    },
  );
}

/** `"a", "b" and 3 more`: the first DEPENDENTS_NAMED ids, quoted, and how many are left out. */
function listOf(ids: readonly string[], complete: boolean): string {
  const named = ids
    .slice(0, DEPENDENTS_NAMED)
    .map((id) => `"${id}"`)
    .join(', ');
  const rest = ids.length - DEPENDENTS_NAMED;
  if (!complete) return `${named} and more`;
  return rest > 0 ? `${named} and ${rest} more` : named;
}
