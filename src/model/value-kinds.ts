import type { EventType, RelationshipStatus } from './vocabulary.js';

/**
 * What an attribute or relationship property holds, by meaning rather than by JavaScript type: the
 * record types (`ValuesOf`), the zod shapes (src/validation) and the Neo4j adapter (which stores the
 * whole-number kinds as INTEGER) all read the kind, so a key is declared once with its kind and every
 * layer follows.
 */
export interface ValueKindTypes {
  /** Non-empty text (a province, a person's title). */
  text: string;
  latitude: number;
  longitude: number;
  /** A positive whole number that orders things (a task's number). */
  ordinal: number;
  /** A calendar year. */
  year: number;
  /** An ISO date at the source's precision: `2019`, `2019-06` or `2019-06-11`. */
  isoDate: string;
  /** A duration in hours, more than 0 and at most a week (168). */
  hours: number;
  /** A measured figure, 0 or more (an area, a length, an amount of money). */
  amount: number;
  /** A counted figure, a whole number, 0 or more (firms, projects). */
  count: number;
  eventType: EventType;
  relationshipStatus: RelationshipStatus;
}

export type ValueKind = keyof ValueKindTypes;

/** A declaration: each key with the kind of value it holds, in the order exports write them. */
export type KeyKinds = Readonly<Record<string, ValueKind>>;

/** The record shape a declaration describes: every key optional, typed by its kind. */
export type ValuesOf<Declaration extends KeyKinds> = {
  -readonly [Key in keyof Declaration]?: ValueKindTypes[Declaration[Key]];
};

/**
 * The kinds held as whole numbers. Neo4j stores them as INTEGER (a JavaScript number would arrive as
 * a FLOAT), so Cypher compares years and task numbers as integers.
 */
export const WHOLE_NUMBER_KINDS: ReadonlySet<ValueKind> = new Set<ValueKind>(['ordinal', 'year', 'count']);

/** A declaration's keys, in declaration order. */
export function keysOf<Declaration extends KeyKinds>(
  declaration: Declaration,
): (keyof Declaration & string)[] {
  return Object.keys(declaration) as (keyof Declaration & string)[];
}
