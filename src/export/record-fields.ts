import type { EntityRecord, RelationshipRecord } from '../model/index.js';

/** A flat value every format can hold. */
export type FieldValue = string | number;

/**
 * The fields every format writes for an entity, in this order: `name`, `kind`, then those that are
 * set of `description`, `aliases` (joined with "; "), `province`, `latitude`, `longitude`, `number`,
 * `year`, `title`, and the first evidence's `evidence` (its quote), `section` and `evidenceSource` (a source id).
 */
export function entityFields(entity: EntityRecord): Record<string, FieldValue> {
  const { province, latitude, longitude, number, year, title } = entity.attributes;
  return compact({
    name: entity.name,
    kind: entity.kind,
    description: entity.description,
    aliases: entity.aliases.length > 0 ? entity.aliases.join('; ') : null,
    province,
    latitude,
    longitude,
    number,
    year,
    title,
    ...firstEvidence(entity.evidence),
  });
}

/**
 * The fields every format writes for a relationship besides its id and ends: `type`, then those that
 * are set of `hours`, `year`, `status`, `validFrom`, `validTo`, `announced`, and the first evidence's
 * `evidence`, `section` and `evidenceSource`.
 */
export function relationshipFields(relationship: RelationshipRecord): Record<string, FieldValue> {
  const { hours, year, status, validFrom, validTo, announced } = relationship.properties;
  return compact({
    type: relationship.type,
    hours,
    year,
    status,
    validFrom,
    validTo,
    announced,
    ...firstEvidence(relationship.evidence),
  });
}

/** Every evidence quote with its section in brackets, joined by " | " (for CSV). */
export function allEvidence(evidence: EntityRecord['evidence']): string {
  return evidence.map((item) => (item.section ? `${item.quote} [${item.section}]` : item.quote)).join(' | ');
}

function firstEvidence(evidence: EntityRecord['evidence']) {
  const first = evidence[0];
  return { evidence: first?.quote, section: first?.section, evidenceSource: first?.source };
}

function compact(fields: Record<string, FieldValue | null | undefined>): Record<string, FieldValue> {
  const result: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(fields))
    if (value !== null && value !== undefined) result[key] = value;
  return result;
}
