import { evidenceFieldNames, flatEvidenceValue } from './evidence-fields.js';
import type { ExportableSubgraph } from './exportable-subgraph.js';
import { writeCsv } from './write-csv.js';

/**
 * The evidence as CSV, the third file beside the entities and the relationships: one row per evidence
 * record of every entity, then of every relationship, with `itemType` (`entity` or `relationship`),
 * `itemId` (the id in the other two files), `index` (0-based, the record's place in the item's
 * evidence), then a column per evidence field (`quote`, `section`, `source` and any other field a
 * record has; lists and objects as JSON text). Nothing is joined: each quote is a cell of its own.
 */
export function writeCsvEvidence(subgraph: ExportableSubgraph): string {
  const items = [
    ...subgraph.nodes.map((entity) => ({ itemType: 'entity', id: entity.id, evidence: entity.evidence })),
    ...subgraph.relationships.map((relationship) => ({
      itemType: 'relationship',
      id: relationship.id,
      evidence: relationship.evidence,
    })),
  ];
  const fields = evidenceFieldNames(items.flatMap((item) => item.evidence));
  const rows = items.flatMap((item) =>
    item.evidence.map((record, index) => [
      item.itemType,
      item.id,
      index,
      ...fields.map((field) => flatEvidenceValue((record as unknown as Record<string, unknown>)[field])),
    ]),
  );
  return writeCsv(['itemType', 'itemId', 'index', ...fields], rows);
}
