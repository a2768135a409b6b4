import type { ExportableSubgraph } from './exportable-subgraph.js';
import { entityFields, relationshipFields } from './record-fields.js';

/**
 * D3 node-link JSON, `{ nodes, links }`, ready for `d3.forceLink(links).id((d) => d.id)`: nodes carry
 * `id`, the entity fields and `evidence` (every evidence record); links carry `id`, `source` and
 * `target` (entity ids), the relationship fields (`relationshipType` …) and `evidence`. No positions:
 * a D3 page runs its own simulation.
 */
export function writeD3(subgraph: ExportableSubgraph): string {
  const nodes = subgraph.nodes.map((entity) => ({
    id: entity.id,
    ...entityFields(entity),
    evidence: entity.evidence,
  }));
  const links = subgraph.relationships.map((relationship) => ({
    id: relationship.id,
    source: relationship.from,
    target: relationship.to,
    ...relationshipFields(relationship),
    evidence: relationship.evidence,
  }));
  return JSON.stringify({ nodes, links }, null, 2);
}
