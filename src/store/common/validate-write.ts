import type { z } from 'zod';
import { BadInputError } from '../../errors.js';
import type { EntityRecord, EvidenceRecord, RelationshipRecord, WriteBatch } from '../../model/index.js';
import {
  basisOf,
  entitySchema,
  findEvidenceProblem,
  firstIssue,
  relationshipSchema,
  type SourceLookup,
} from '../../validation/index.js';

export type { SourceLookup } from '../../validation/index.js';

/**
 * The rules every written record must meet, on both stores: the one schema of src/validation (the
 * dataset loader's: ids, coordinate ranges, positive hours, ISO dates, evidence of each kind) and the
 * evidence rules against the sources (quotes verbatim at their offsets in a held PRIMARY source, CITED
 * records citing a REFERENCE source). Throws BAD_USER_INPUT naming the field.
 *
 * `recordRules: false` leaves the schema out and checks the evidence against the sources only: for a
 * record that met the rules of its day (see ApplyOptions).
 */
export function validateEntity(
  entity: EntityRecord,
  sources: SourceLookup,
  field = 'entity',
  recordRules = true,
): void {
  if (recordRules) parseOrThrow(entitySchema, entity, field);
  checkEvidence(entity.evidence, sources, `${field}.evidence`);
}

export function validateRelationship(
  relationship: RelationshipRecord,
  sources: SourceLookup,
  field = 'relationship',
  recordRules = true,
): void {
  if (recordRules) parseOrThrow(relationshipSchema, relationship, field);
  checkEvidence(relationship.evidence, sources, `${field}.evidence`);
}

/** An id an upsert's INFERRED evidence rests on, with the field that names it. */
export interface BasisReference {
  id: string;
  field: string;
}

/** Every basis id the batch's upserts name: each must exist once the batch is applied. */
export function basisReferencesOf(batch: WriteBatch): BasisReference[] {
  return batch.operations.flatMap((operation, index) => {
    const prefix = batch.operations.length > 1 ? `operations[${index}].` : '';
    if (operation.action === 'UPSERT_ENTITY') {
      return referencesOf(operation.entity.evidence, `${prefix}entity.evidence`);
    }
    if (operation.action === 'UPSERT_RELATIONSHIP') {
      return referencesOf(operation.relationship.evidence, `${prefix}relationship.evidence`);
    }
    return [];
  });
}

/** Throws BAD_USER_INPUT for the first reference `exists` says names nothing. */
export function assertBasisExists(
  references: readonly BasisReference[],
  exists: (id: string) => boolean,
): void {
  for (const reference of references) {
    if (!exists(reference.id)) {
      throw new BadInputError(
        `\`${reference.field}\` names "${reference.id}", which is neither an entity nor a relationship. An inference rests on facts of the graph.`,
        reference.field,
      );
    }
  }
}

function referencesOf(evidence: readonly EvidenceRecord[], field: string): BasisReference[] {
  return basisOf(evidence).map(({ index, id }) => ({ id, field: `${field}[${index}].basis` }));
}

function parseOrThrow(schema: z.ZodType, record: unknown, field: string): void {
  const result = schema.safeParse(record);
  if (result.success) return;
  const issue = firstIssue(result.error);
  const at = issue.field ? `${field}.${issue.field}` : field;
  throw new BadInputError(`\`${at}\` ${issue.message}.`, at);
}

function checkEvidence(evidence: readonly EvidenceRecord[], sources: SourceLookup, field: string): void {
  const problem = findEvidenceProblem(evidence, sources);
  if (!problem) return;
  const at = `${field}[${problem.index}].${problem.field}`;
  throw new BadInputError(`\`${at}\`: ${problem.message}.`, at);
}
