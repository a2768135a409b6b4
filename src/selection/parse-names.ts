import { BadInputError } from '../errors.js';
import {
  DIRECTIONS,
  ENTITY_KINDS,
  RELATIONSHIP_TYPES,
  type Direction,
  type EntityKind,
  type RelationshipType,
} from '../model/index.js';
import { assertListLength, LIMITS } from './limits.js';

/**
 * A comma-separated list of names from a text door (a query string, a command line): each must be
 * one of `allowed`, spelled exactly as the schema's enum (GraphQL cannot accept any other spelling, so
 * no door does). A name in the wrong case is refused with the right spelling, so the fix is obvious.
 */
export function parseNames<T extends string>(
  argument: string,
  text: string | null | undefined,
  allowed: readonly T[],
): T[] | null {
  if (text === null || text === undefined || text === '') return null;
  const names = text.split(',').map((name) => name.trim());
  for (const name of names) {
    if (allowed.includes(name as T)) continue;
    const upper = name.toUpperCase();
    const hint = allowed.includes(upper as T) ? ` Names are upper case: ${upper}.` : '';
    throw new BadInputError(
      `\`${argument}\` may list only ${allowed.join(', ')} (got "${name}").${hint}`,
      argument,
    );
  }
  return assertListLength(argument, names as T[], LIMITS.filterValues);
}

/** Entity kinds as a text door gives them (`kinds=CITY,PARK`). */
export function parseKinds(argument: string, text: string | null | undefined): EntityKind[] | null {
  return parseNames(argument, text, ENTITY_KINDS);
}

/** Relationship types as a text door gives them (`relationshipTypes=FUNDS,PART_OF_TASK`). */
export function parseRelationshipTypes(
  argument: string,
  text: string | null | undefined,
): RelationshipType[] | null {
  return parseNames(argument, text, RELATIONSHIP_TYPES);
}

/** A direction as a text door gives it (`direction=OUTGOING`): one of its names, not a list. */
export function parseDirection(argument: string, text: string | null | undefined): Direction | null {
  const names = parseNames(argument, text, DIRECTIONS);
  if (names && names.length > 1) {
    throw new BadInputError(`\`${argument}\` is one of ${DIRECTIONS.join(', ')}, not a list.`, argument);
  }
  return names?.[0] ?? null;
}
