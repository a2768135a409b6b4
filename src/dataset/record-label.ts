import { MAX_RELATIONSHIP_ID_LENGTH, WRITE_LIMITS } from '../validation/index.js';

/**
 * How an error names a record of a dataset file: by its id, a relationship without one by its ends,
 * and a record with neither by its position (`entity #2`). The loader and importDataset name records
 * alike, so a curator finds the record either way. An id longer than ids may be (WRITE_LIMITS) is
 * cut there, so the error that refuses it does not repeat all of it.
 */
export function entityLabel(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `entity "${cut(id, WRITE_LIMITS.entityId)}"` : `entity #${index + 1}`;
}

/** See entityLabel. */
export function relationshipLabel(raw: unknown, index: number): string {
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { id, from, type, to } = record;
  if (typeof id === 'string') return `relationship "${cut(id, MAX_RELATIONSHIP_ID_LENGTH)}"`;
  if (typeof from === 'string' && typeof type === 'string' && typeof to === 'string') {
    return `relationship "${cut(`${from}-[${type}]->${to}`, MAX_RELATIONSHIP_ID_LENGTH)}"`;
  }
  return `relationship #${index + 1}`;
}

/** `text` up to `max` UTF-16 units (not splitting a character), and `…` when it is longer. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
