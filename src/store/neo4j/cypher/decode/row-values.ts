import { isInt, type Record as Neo4jRecord } from 'neo4j-driver';

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

export function asString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw misfit(what, 'a string', value);
  return value;
}

/** A string, or null for a missing property (a map projection reads one as null). */
export function asNullableString(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : asString(value, what);
}

export function asNumber(value: unknown, what: string): number {
  if (typeof value === 'number') return value;
  if (isInt(value) && value.inSafeRange()) return value.toNumber();
  throw misfit(what, 'a number', value);
}

/**
 * A whole number. The store's driver hands integers over as numbers (disableLosslessIntegers); a
 * driver Integer is taken too, when it fits a number exactly.
 */
export function asInteger(value: unknown, what: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (isInt(value) && value.inSafeRange()) return value.toNumber();
  throw misfit(what, 'a whole number', value);
}

export function asBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw misfit(what, 'a boolean', value);
  return value;
}

export function asList<T>(value: unknown, what: string, item: (value: unknown, what: string) => T): T[] {
  if (!Array.isArray(value)) throw misfit(what, 'a list', value);
  return value.map((element, index) => item(element, `${what}[${index}]`));
}

/** A list, or an empty one for a missing property. */
export function asOptionalList<T>(
  value: unknown,
  what: string,
  item: (value: unknown, what: string) => T,
): T[] {
  return value === null || value === undefined ? [] : asList(value, what, item);
}

/** A Cypher map (a map projection or literal). */
export function asMap(value: unknown, what: string): Readonly<Record<string, unknown>> {
  if (!isMap(value)) throw misfit(what, 'a map', value);
  return value;
}

function isMap(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isInt(value);
}

/** A reader for one of a closed set of strings (a kind, a type, a status). */
export function oneOf<T extends string>(values: readonly T[]): (value: unknown, what: string) => T {
  const allowed: ReadonlySet<string> = new Set(values);
  const isAllowed = (text: string): text is T => allowed.has(text);
  return (value, what) => {
    const text = asString(value, what);
    if (!isAllowed(text)) throw misfit(what, `one of ${values.join(', ')}`, value);
    return text;
  };
}

function misfit(what: string, expected: string, value: unknown): Error {
  const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
  return new Error(`Neo4j row: ${what} is not ${expected} (got ${got})`);
}
