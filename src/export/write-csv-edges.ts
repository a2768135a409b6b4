import type { ExportableSubgraph } from './exportable-subgraph.js';
import { relationshipFields, type FieldValue } from './record-fields.js';
import { writeCsv } from './write-csv.js';

const COLUMNS = [
  'id',
  'source',
  'target',
  'relationshipType',
  'hours',
  'year',
  'status',
  'validFrom',
  'validTo',
  'announced',
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
