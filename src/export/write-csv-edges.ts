import { RELATIONSHIP_PROPERTY_KEYS } from '../model/index.js';
import type { ExportableSubgraph } from './exportable-subgraph.js';
import { RELATIONSHIP_TYPE_FIELD, relationshipFields, type FieldValue } from './record-fields.js';
import { writeCsv } from './write-csv.js';

const COLUMNS = [
  'id',
  'source',
  'target',
  RELATIONSHIP_TYPE_FIELD,
  ...RELATIONSHIP_PROPERTY_KEYS,
  'evidenceCount',
] as const;

/**
 * The relationships as CSV, one row each with always the same columns: id, source and target (entity
 * ids), relationshipType, the optional properties (empty when unset) and `evidenceCount`. The
 * evidence itself is the third file (`writeCsvEvidence`), one row per record.
 */
export function writeCsvEdges(subgraph: ExportableSubgraph): string {
  const rows = subgraph.relationships.map((relationship) => {
    const fields: Record<string, FieldValue> = {
      id: relationship.id,
      source: relationship.from,
      target: relationship.to,
      ...relationshipFields(relationship),
      evidenceCount: relationship.evidence.length,
    };
    return COLUMNS.map((column) => fields[column]);
  });
  return writeCsv(COLUMNS, rows);
}
