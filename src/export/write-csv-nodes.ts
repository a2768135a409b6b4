import type { ExportableSubgraph } from './exportable-subgraph.js';
import { allEvidence, entityFields, type FieldValue } from './record-fields.js';
import { writeCsv } from './write-csv.js';

const COLUMNS = [
  'id',
  'name',
  'kind',
  'aliases',
  'description',
  'province',
  'latitude',
  'longitude',
  'number',
  'year',
  'title',
  'evidence',
  'section',
  'evidenceSource',
  'allEvidence',
] as const;

/**
 * The entities as CSV, one row each with always the same columns: id, name, kind, the optional
 * attributes (empty when unset), the first evidence's quote, section and source, and `allEvidence`,
 * every quote with its section in brackets joined by " | ".
 */
export function writeCsvNodes(subgraph: ExportableSubgraph): string {
  const rows = subgraph.nodes.map((entity) => {
    const fields: Record<string, FieldValue> = {
      id: entity.id,
      ...entityFields(entity),
      allEvidence: allEvidence(entity.evidence),
    };
    return COLUMNS.map((column) => fields[column]);
  });
  return writeCsv(COLUMNS, rows);
}
