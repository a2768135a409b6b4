import {
  ENTITY_ATTRIBUTE_KEYS,
  RELATIONSHIP_PROPERTY_KEYS,
  type EntityRecord,
  type RelationshipRecord,
} from '../model/index.js';

/** A flat value every format can hold. */
export type FieldValue = string | number | boolean;

/**
 * The name every format gives a relationship's type. Not `type`: sigma reads an edge's `type` as the
 * name of the program that draws it, and crashes on `COOPERATES_WITH`; Gephi, cytoscape and D3 take
 * any name.
 */
export const RELATIONSHIP_TYPE_FIELD = 'relationshipType';

/**
 * The fields every format writes for an entity besides its id and evidence, in this order: `name`,
 * `kind`, then those that are set of `status`, `description`, `aliases` (joined with "; ") and the
 * attributes in `ENTITY_ATTRIBUTE_KEYS` order (places' coordinates, a task's number, an event's date,
 * type and figures).
 */
export function entityFields(entity: EntityRecord): Record<string, FieldValue> {
  const fields: Record<string, FieldValue | null | undefined> = {
    name: entity.name,
    kind: entity.kind,
    status: entity.status,
    description: entity.description,
    aliases: entity.aliases.length > 0 ? entity.aliases.join('; ') : null,
  };
  for (const key of ENTITY_ATTRIBUTE_KEYS) fields[key] = entity.attributes[key];
  return compact(fields);
}

/**
 * The fields every format writes for a relationship besides its id, ends and evidence:
 * `relationshipType`, then those that are set of the properties in `RELATIONSHIP_PROPERTY_KEYS` order
 * (hours, year, status, the dates).
 */
export function relationshipFields(relationship: RelationshipRecord): Record<string, FieldValue> {
  const fields: Record<string, FieldValue | null | undefined> = {
    [RELATIONSHIP_TYPE_FIELD]: relationship.type,
  };
  for (const key of RELATIONSHIP_PROPERTY_KEYS) fields[key] = relationship.properties[key];
  return compact(fields);
}

function compact(fields: Record<string, FieldValue | null | undefined>): Record<string, FieldValue> {
  const result: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(fields))
    if (value !== null && value !== undefined) result[key] = value;
  return result;
}
