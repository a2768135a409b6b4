import type { ExportableSubgraph } from './exportable-subgraph.js';
import { entityFields, RELATIONSHIP_TYPE_FIELD, relationshipFields } from './record-fields.js';
import { drawSubgraph } from './subgraph-drawing.js';

/**
 * Cytoscape.js elements JSON, `{ elements: { nodes: [{ data, position }], edges: [{ data }] } }`, which
 * `cytoscape({ elements })` and Cytoscape desktop read; `position` is the explorer's layout. Node data:
 * `id`, `label` (the name), `color`, `size`, the entity fields and `evidence` (every evidence record);
 * edge data: `id`, `source`, `target`, `label` (the type), `color`, `size`, the relationship fields
 * (`relationshipType` …) and `evidence`.
 */
export function writeCytoscape(subgraph: ExportableSubgraph): string {
  const drawing = drawSubgraph(subgraph);
  const nodes = subgraph.nodes.map((entity) => {
    const { x, y, color, size } = drawing.nodes.get(entity.id)!;
    return {
      data: {
        id: entity.id,
        label: entity.name,
        color,
        size,
        ...entityFields(entity),
        evidence: entity.evidence,
      },
      position: { x, y },
    };
  });
  const edges = subgraph.relationships.map((relationship) => {
    const fields = relationshipFields(relationship);
    return {
      data: {
        id: relationship.id,
        source: relationship.from,
        target: relationship.to,
        label: fields[RELATIONSHIP_TYPE_FIELD],
        ...drawing.edges.get(relationship.id)!,
        ...fields,
        evidence: relationship.evidence,
      },
    };
  });
  return JSON.stringify({ elements: { nodes, edges } }, null, 2);
}
