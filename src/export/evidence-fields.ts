import type { EvidenceRecord } from '../model/index.js';
import type { FieldValue } from './record-fields.js';

/**
 * The evidence fields every export has a place for, in this order, whether or not a record sets them.
 * Any other field a record carries follows them, in the order first met, so a field added to
 * `EvidenceRecord` is exported by every writer without touching one: this list is the only one.
 */
export const EVIDENCE_FIELDS: readonly string[] = ['quote', 'section', 'source'];

/**
 * The evidence fields of these records: `EVIDENCE_FIELDS`, then every other key a record has, in the
 * order first met.
 */
export function evidenceFieldNames(records: Iterable<EvidenceRecord>): string[] {
  const names = new Set(EVIDENCE_FIELDS);
  for (const record of records) for (const name of Object.keys(record)) names.add(name);
  return [...names];
}

/**
 * One evidence field as a value a flat format (CSV, GEXF, GraphML) can hold: strings, numbers and
 * booleans as they are, lists and objects (such as `mentions`) as JSON text, and null or missing as
 * undefined (an empty cell, no attribute).
 */
export function flatEvidenceValue(value: unknown): FieldValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** The attribute name of one field of the evidence record at `index`: `evidence.0.quote`. */
export function evidenceAttributeName(index: number, field: string): string {
  return `evidence.${index}.${field}`;
}

/**
 * Every evidence record as flat attributes, for the graph formats that hold only flat values (GEXF,
 * GraphML): `evidenceCount`, then per record (0-based, in the record's order) `evidence.<i>.<field>`
 * for each field that is set. Nothing is joined: each quote is an attribute of its own.
 */
export function indexedEvidenceFields(evidence: readonly EvidenceRecord[]): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = { evidenceCount: evidence.length };
  evidence.forEach((record, index) => {
    for (const name of evidenceFieldNames([record])) {
      const value = flatEvidenceValue((record as unknown as Record<string, unknown>)[name]);
      if (value !== undefined) fields[evidenceAttributeName(index, name)] = value;
    }
  });
  return fields;
}
