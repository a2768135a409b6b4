import type { ExportableSubgraph } from './exportable-subgraph.js';
import { entityFields, relationshipFields } from './record-fields.js';

/**
 * D3 node-link JSON, `{ nodes, links }`, ready for `d3.forceLink(links).id((d) => d.id)`: nodes carry
 * `id` and the entity fields, links `id`, `source` and `target` (entity ids) and the relationship fields.
 */
export function writeD3(subgraph: ExportableSubgraph): string {
  const nodes = subgraph.nodes.map((entity) => ({ id: entity.id, ...entityFields(entity) }));
  const links = subgraph.relationships.map((relationship) => ({
    id: relationship.id,
    source: relationship.from,
    target: relationship.to,
    ...relationshipFields(relationship),
  }));
  return JSON.stringify({ nodes, links }, null, 2);
}
