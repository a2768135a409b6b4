import { isRelationshipType, type RelationshipType } from '../../../../model/index.js';

/**
 * The `:A|B` part of a relationship pattern. Cypher cannot take relationship types as parameters in a
 * pattern, and a literal type is what lets the planner use per-type indexes and count stores; the
 * values come from the closed vocabulary and are checked here, so nothing a user typed reaches the
 * statement text. An empty list matches no type at all.
 */
export function relationshipTypeAlternation(types: readonly RelationshipType[] | null): string {
  if (types === null) return '';
  for (const type of types) {
    if (!isRelationshipType(type)) throw new Error(`Not a relationship type: ${JSON.stringify(type)}`);
  }
  // A type that never exists keeps the pattern valid while matching nothing.
  return types.length === 0 ? ':`__NO_TYPE__`' : `:${types.join('|')}`;
}
