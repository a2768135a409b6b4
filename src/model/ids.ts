import { RELATIONSHIP_TYPES, type RelationshipType } from './vocabulary.js';

/** `<kind prefix>:<slug>`: lowercase letters, digits and hyphens. */
export const ENTITY_ID_PATTERN = /^[a-z]+:[a-z0-9][a-z0-9-]*$/;

const RELATIONSHIP_ID_PATTERN = new RegExp(
  `^([a-z]+:[a-z0-9][a-z0-9-]*)-\\[(${RELATIONSHIP_TYPES.join('|')})\\]->([a-z]+:[a-z0-9][a-z0-9-]*)(#[1-9][0-9]*)?$`,
);

export function isEntityId(id: string): boolean {
  return ENTITY_ID_PATTERN.test(id);
}

/** The id a relationship gets when its record gives none. */
export function deriveRelationshipId(from: string, type: RelationshipType, to: string): string {
  return `${from}-[${type}]->${to}`;
}

/** The parts of a relationship id, or null when the string is not one. */
export function parseRelationshipId(id: string): { from: string; type: RelationshipType; to: string } | null {
  const match = RELATIONSHIP_ID_PATTERN.exec(id);
  if (!match) return null;
  return { from: match[1]!, type: match[2] as RelationshipType, to: match[3]! };
}
