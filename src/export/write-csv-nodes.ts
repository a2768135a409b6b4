import { ENTITY_ATTRIBUTE_KEYS } from '../model/index.js';
import type { ExportableSubgraph } from './exportable-subgraph.js';
import { entityFields, type FieldValue } from './record-fields.js';
import { writeCsv } from './write-csv.js';

const COLUMNS = [
  'id',
  'name',
  'kind',
  'status',
  'aliases',
  'description',
  ...ENTITY_ATTRIBUTE_KEYS,
  'evidenceCount',
] as const;

/**
 * The entities as CSV, one row each with always the same columns: id, name, kind, status, the
 * optional attributes (empty when unset) and `evidenceCount`. The evidence itself is the third file
 * (`writeCsvEvidence`), one row per record.
 */
export function writeCsvNodes(subgraph: ExportableSubgraph): string {
  const rows = subgraph.nodes.map((entity) => {
    const fields: Record<string, FieldValue> = {
      id: entity.id,
      ...entityFields(entity),
      evidenceCount: entity.evidence.length,
    };
    return COLUMNS.map((column) => fields[column]);
  });
  return writeCsv(COLUMNS, rows);
}
