import { NotFoundError } from '../../errors.js';
import { footingOf } from '../../validation/index.js';
import type {
  ChangeRecord,
  Dataset,
  EntityRecord,
  RelationshipRecord,
  WriteBatch,
} from '../../model/index.js';
import { assertNothingRestsOn, dependentsAmong, retractedIdsOf } from './basis-dependents.js';
import { cascadedRetractions, changeRecord, type ChangeDetails } from './change-record.js';
import { GroundingCheck } from './grounding-check.js';
import {
  assertBasisExists,
  basisReferencesOf,
  validateEntity,
  validateRelationship,
  type SourceLookup,
} from './validate-write.js';

/** The mutable part of a dataset a batch edits. */
export interface GraphState {
  entities: Map<string, EntityRecord>;
  relationships: Map<string, RelationshipRecord>;
}

export function stateOf(dataset: Dataset): GraphState {
  return {
    entities: new Map(dataset.entities.map((entity) => [entity.id, entity])),
    relationships: new Map(dataset.relationships.map((relationship) => [relationship.id, relationship])),
  };
}

export function sourceLookupOf(dataset: Pick<Dataset, 'sources' | 'sourceTexts'>): SourceLookup {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  return { source: (id) => sources.get(id), text: (id) => dataset.sourceTexts[id] };
}

export interface ApplyOptions {
  /**
   * Hold each record to today's record rules (the schema of src/validation: lengths, bounds, repeats).
   * Off for the journal's replay: a write acknowledged under an earlier version's rules must replay as it
   * was applied, or a rule made stricter since (a bound on `hours`, no alias twice) would drop it at the
   * next start. What depends on the dataset is checked either way (quotes against the sources, ends
   * that exist), as the dataset may have changed under the journal. @default true
   */
  recordRules?: boolean;
}

/**
 * Applies a batch to a copy of `state`, in order, and returns the new state with the changes it
 * made. Nothing is changed in `state` itself: a batch that fails part-way leaves it untouched, which
 * is what makes a batch all-or-nothing. An operation that would change nothing records nothing, so
 * writing the same batch twice is a no-op the second time.
 */
export function applyWriteBatch(
  state: GraphState,
  batch: WriteBatch,
  sources: SourceLookup,
  options: ApplyOptions = {},
): { state: GraphState; changes: ChangeRecord[] } {
  const recordRules = options.recordRules ?? true;
  const entities = new Map(state.entities);
  const relationships = new Map(state.relationships);
  const changes: ChangeRecord[] = [];
  const record = (...details: ChangeDetails) => changes.push(changeRecord(batch, ...details));

  batch.operations.forEach((operation, index) => {
    const field = batch.operations.length > 1 ? `operations[${index}]` : undefined;
    switch (operation.action) {
      case 'UPSERT_ENTITY': {
        validateEntity(operation.entity, sources, field ? `${field}.entity` : 'entity', recordRules);
        const before = entities.get(operation.entity.id) ?? null;
        if (before && sameRecord(before, operation.entity)) return;
        entities.set(operation.entity.id, operation.entity);
        record(index, operation.action, operation.entity.id, before, operation.entity, null);
        return;
      }
      case 'UPSERT_RELATIONSHIP': {
        const relationship = operation.relationship;
        validateRelationship(
          relationship,
          sources,
          field ? `${field}.relationship` : 'relationship',
          recordRules,
        );
        for (const end of [relationship.from, relationship.to]) {
          if (!entities.has(end)) throw new NotFoundError('entity', end);
        }
        const before = relationships.get(relationship.id) ?? null;
        if (before && sameRecord(before, relationship)) return;
        relationships.set(relationship.id, relationship);
        record(index, operation.action, relationship.id, before, relationship, null);
        return;
      }
      case 'RETRACT_ENTITY': {
        const entity = entities.get(operation.id);
        if (!entity) throw new NotFoundError('entity', operation.id);
        const touching = [...relationships.values()].filter(
          (r) => r.from === operation.id || r.to === operation.id,
        );
        for (const relationship of touching) relationships.delete(relationship.id);
        entities.delete(operation.id);
        record(
          index,
          operation.action,
          operation.id,
          { entity, relationships: touching },
          null,
          operation.reason,
        );
        const inIdOrder = [...touching].sort((a, b) => (a.id < b.id ? -1 : 1));
        changes.push(...cascadedRetractions(batch, index, operation.id, inIdOrder, operation.reason));
        return;
      }
      case 'RETRACT_RELATIONSHIP': {
        const relationship = relationships.get(operation.id);
        if (!relationship) throw new NotFoundError('relationship', operation.id);
        relationships.delete(operation.id);
        record(index, operation.action, operation.id, relationship, null, operation.reason);
        return;
      }
    }
  });
  // Checked against the state after the whole batch: a record may rest on one written after it.
  assertBasisExists(basisReferencesOf(batch), (id) => entities.has(id) || relationships.has(id));
  return { state: { entities, relationships }, changes };
}

/**
 * Refuses (CONFLICT) an applied batch that retracted a record some record still standing names in
 * its INFERRED basis. A record retracted in the same batch, the retracted record itself among them,
 * rests on nothing any more, and an id retracted and written again stands. Kept out of
 * applyWriteBatch, which also replays the journal: a write acknowledged before this rule existed
 * must replay as it was applied.
 */
export function assertNoBasisRetracted(applied: { state: GraphState; changes: ChangeRecord[] }): void {
  const { entities, relationships } = applied.state;
  const removed = new Set(
    retractedIdsOf(applied.changes).filter((id) => !entities.has(id) && !relationships.has(id)),
  );
  if (removed.size === 0) return;
  assertNothingRestsOn(dependentsAmong([...entities.values(), ...relationships.values()], removed));
}

/**
 * Refuses (BAD_USER_INPUT) an applied batch that leaves one of its records leading to no source (see
 * GroundingCheck). Kept out of applyWriteBatch, as assertNoBasisRetracted is, for the journal's replay.
 */
export function assertBatchGrounded(applied: { state: GraphState }, batch: WriteBatch): void {
  const { entities, relationships } = applied.state;
  const check = new GroundingCheck(batch);
  for (let ids = check.idsToRead(); ids.length > 0; ids = check.idsToRead()) {
    check.read(
      ids.flatMap((id) => {
        const record = entities.get(id) ?? relationships.get(id);
        return record ? [footingOf(id, record.evidence)] : [];
      }),
    );
  }
  check.assertGrounded();
}

/** Record equality that ignores key order (records built by different code paths). */
export function sameRecord(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}
