import type { ExportableSubgraph } from './exportable-subgraph.js';
import { entityFields, relationshipFields } from './record-fields.js';

/**
 * Cytoscape.js elements JSON, `{ elements: { nodes: [{ data }], edges: [{ data }] } }`, which
 * `cytoscape({ elements })` and Cytoscape desktop read. Node data: `id`, `label` (the name) and the
 * entity fields; edge data: `id`, `source`, `target`, `label` (the type) and the relationship fields.
 */
export function writeCytoscape(subgraph: ExportableSubgraph): string {
  const nodes = subgraph.nodes.map((entity) => ({
    data: { id: entity.id, label: entity.name, ...entityFields(entity) },
  }));
  const edges = subgraph.relationships.map((relationship) => ({
    data: {
      id: relationship.id,
      source: relationship.from,
      target: relationship.to,
      label: relationship.type,
      ...relationshipFields(relationship),
    },
  }));
  return JSON.stringify({ elements: { nodes, edges } }, null, 2);
}
