/**
 * How an error names a record of a dataset file: by its id, a relationship without one by its ends,
 * and a record with neither by its position (`entity #2`). The loader and importDataset name records
 * alike, so a curator finds the record either way.
 */
export function entityLabel(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `entity "${id}"` : `entity #${index + 1}`;
}

/** See entityLabel. */
export function relationshipLabel(raw: unknown, index: number): string {
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { id, from, type, to } = record;
  if (typeof id === 'string') return `relationship "${id}"`;
  if (typeof from === 'string' && typeof type === 'string' && typeof to === 'string') {
    return `relationship "${from}-[${type}]->${to}"`;
  }
  return `relationship #${index + 1}`;
}
