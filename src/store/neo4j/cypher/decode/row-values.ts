import { isInt, type Record as Neo4jRecord } from 'neo4j-driver';

/**
 * Reads one value: `what` is the column or record it belongs to, `key` its property (if any), and
 * `element` says it is an element of the list there. They only name the value in an error.
 */
export type Reader<T> = (value: unknown, what: string, key?: string, element?: boolean) => T;

/**
 * Readers for the values of a Neo4j row. Each checks what it reads and says where in the row a value
 * did not fit: such a row means a statement and its decoder disagree, a bug, so the error is a plain
 * (internal) one. The checks are `typeof` tests, cheap enough for the hot reads.
 */

export function readColumn(record: Neo4jRecord, key: string): unknown {
  if (!record.has(key)) {
    throw new Error(`Neo4j row has no column "${key}" (it has ${record.keys.map(String).join(', ')})`);
  }
  return record.get(key);
}

export function asString(value: unknown, what: string, key?: string, element = false): string {
  if (typeof value !== 'string') throw misfit(what, key, 'a string', value, element);
  return value;
}

/** A string, or null for a missing property (a map projection reads one as null). */
export function asNullableString(value: unknown, what: string, key?: string, element = false): string | null {
  return value === null || value === undefined ? null : asString(value, what, key, element);
}

export function asNumber(value: unknown, what: string, key?: string, element = false): number {
  if (typeof value === 'number') return value;
  if (isInt(value) && value.inSafeRange()) return value.toNumber();
  throw misfit(what, key, 'a number', value, element);
}

/**
 * A whole number. The store's driver hands integers over as numbers (disableLosslessIntegers); a
 * driver Integer is taken too, when it fits a number exactly.
 */
export function asInteger(value: unknown, what: string, key?: string, element = false): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (isInt(value) && value.inSafeRange()) return value.toNumber();
  throw misfit(what, key, 'a whole number', value, element);
}

export function asBoolean(value: unknown, what: string, key?: string, element = false): boolean {
  if (typeof value !== 'boolean') throw misfit(what, key, 'a boolean', value, element);
  return value;
}

/**
 * A list, each element read by `item`. An element that does not fit is named `what.key[]`: naming
 * each element apart would cost a string per element on the hot reads.
 */
export function asList<T>(value: unknown, what: string, item: Reader<T>, key?: string): T[] {
  if (!Array.isArray(value)) throw misfit(what, key, 'a list', value);
  return value.map((element) => item(element, what, key, true));
}

/** A list, or an empty one for a missing property. */
export function asOptionalList<T>(value: unknown, what: string, item: Reader<T>, key?: string): T[] {
  return value === null || value === undefined ? [] : asList(value, what, item, key);
}

/** A Cypher map (a map projection or literal). */
export function asMap(
  value: unknown,
  what: string,
  key?: string,
  element = false,
): Readonly<Record<string, unknown>> {
  if (!isMap(value)) throw misfit(what, key, 'a map', value, element);
  return value;
}

function isMap(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isInt(value);
}

/** A reader for one of a closed set of strings (a kind, a type, a status). */
export function oneOf<T extends string>(values: readonly T[]): Reader<T> {
  const allowed: ReadonlySet<string> = new Set(values);
  const isAllowed = (text: string): text is T => allowed.has(text);
  return (value, what, key, element) => {
    const text = asString(value, what, key, element);
    if (!isAllowed(text)) throw misfit(what, key, `one of ${values.join(', ')}`, value, element);
    return text;
  };
}

/**
 * Errors name where the value sits (`entity.kind`, `entity.evidenceNotes[]` for an element), put
 * together only when one is thrown: the paths cost nothing on rows that fit.
 */
function misfit(
  what: string,
  key: string | undefined,
  expected: string,
  value: unknown,
  element = false,
): Error {
  const where = pathOf(what, key, element);
  const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
  return new Error(`Neo4j row: ${where} is not ${expected} (got ${got})`);
}

/** Where a value sits: `what`, `what.key`, `what.key[]`. */
export function pathOf(what: string, key: string | undefined, element = false): string {
  return `${what}${key === undefined ? '' : `.${key}`}${element ? '[]' : ''}`;
}
