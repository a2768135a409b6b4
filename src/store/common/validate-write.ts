import { BadInputError } from '../../errors.js';
import type { EntityRecord, EvidenceRecord, RelationshipRecord, SourceRecord } from '../../model/index.js';
import { deriveRelationshipId, isEntityId, KIND_ID_PREFIX, parseRelationshipId } from '../../model/index.js';

/** What validation needs to know about the sources: their kinds and, for PRIMARY ones, their text. */
export interface SourceLookup {
  source(id: string): SourceRecord | undefined;
  text(id: string): string | undefined;
}

/**
 * The rules every written record must meet, on both stores: ids in our format, relationship ids
 * that match their ends, and evidence that cites a known source with a non-empty quote that (for a
 * source whose text the service holds) is a verbatim part of it. Throws BAD_USER_INPUT naming the field.
 */
export function validateEntity(entity: EntityRecord, sources: SourceLookup, field = 'entity'): void {
  if (!isEntityId(entity.id)) {
    throw new BadInputError(
      `\`${field}.id\` must look like "city:wenzhou" (got "${entity.id}").`,
      `${field}.id`,
    );
  }
  const prefix = KIND_ID_PREFIX[entity.kind];
  if (!entity.id.startsWith(`${prefix}:`)) {
    throw new BadInputError(
      `\`${field}.id\` of a ${entity.kind} must start with "${prefix}:" (got "${entity.id}").`,
      `${field}.id`,
    );
  }
  if (entity.name.trim() === '')
    throw new BadInputError(`\`${field}.name\` must not be empty.`, `${field}.name`);
  validateEvidence(entity.evidence, sources, `${field}.evidence`);
}

export function validateRelationship(
  relationship: RelationshipRecord,
  sources: SourceLookup,
  field = 'relationship',
): void {
  const parts = parseRelationshipId(relationship.id);
  if (
    !parts ||
    parts.from !== relationship.from ||
    parts.to !== relationship.to ||
    parts.type !== relationship.type
  ) {
    throw new BadInputError(
      `\`${field}.id\` must be "${deriveRelationshipId(relationship.from, relationship.type, relationship.to)}" or that with a #n suffix (got "${relationship.id}").`,
      `${field}.id`,
    );
  }
  validateEvidence(relationship.evidence, sources, `${field}.evidence`);
}

function validateEvidence(evidence: readonly EvidenceRecord[], sources: SourceLookup, field: string): void {
  if (evidence.length === 0)
    throw new BadInputError(`\`${field}\` needs at least one quote that states the fact.`, field);
  evidence.forEach((item, index) => {
    const at = `${field}[${index}]`;
    if (item.quote.trim() === '')
      throw new BadInputError(`\`${at}.quote\` must not be empty.`, `${at}.quote`);
    if (!sources.source(item.source)) {
      throw new BadInputError(
        `\`${at}.source\` names no known source ("${item.source}"). See \`sources\` for their ids.`,
        `${at}.source`,
      );
    }
    const text = sources.text(item.source);
    if (text !== undefined && !text.includes(item.quote)) {
      throw new BadInputError(
        `\`${at}.quote\` is not a verbatim part of source "${item.source}". Copy the sentence exactly as the source has it.`,
        `${at}.quote`,
      );
    }
  });
}
