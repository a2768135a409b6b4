import type { ExportableSubgraph } from './exportable-subgraph.js';
import { allEvidence, relationshipFields, type FieldValue } from './record-fields.js';
import { writeCsv } from './write-csv.js';

const COLUMNS = [
  'id',
  'source',
  'target',
  'type',
  'hours',
  'year',
  'status',
  'validFrom',
  'validTo',
  'announced',
  'evidence',
  'section',
  'evidenceSource',
  'allEvidence',
] as const;

/**
 * The relationships as CSV, one row each with always the same columns: id, source and target (entity
 * ids), type, the optional properties (empty when unset), the first evidence's quote, section and
 * source, and `allEvidence`, every quote with its section in brackets joined by " | ".
 */
export function writeCsvEdges(subgraph: ExportableSubgraph): string {
  const rows = subgraph.relationships.map((relationship) => {
    const fields: Record<string, FieldValue> = {
      id: relationship.id,
      source: relationship.from,
      target: relationship.to,
      ...relationshipFields(relationship),
      allEvidence: allEvidence(relationship.evidence),
    };
    return COLUMNS.map((column) => fields[column]);
  });
  return writeCsv(COLUMNS, rows);
}
