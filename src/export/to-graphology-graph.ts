import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import type { EntityRecord, RelationshipRecord } from '../model/index.js';
import type { ExportableSubgraph } from './exportable-subgraph.js';

/**
 * The subgraph as a graphology multi directed graph that allows self-loops: nodes keyed by entity id,
 * edges keyed by relationship id (from → to), with the attributes the two functions give. Relationships
 * whose ends are missing are left out, as a graph cannot hold them.
 */
export function toGraphologyGraph<NodeAttributes extends Attributes, EdgeAttributes extends Attributes>(
  subgraph: ExportableSubgraph,
  nodeAttributes: (entity: EntityRecord) => NodeAttributes,
  edgeAttributes: (relationship: RelationshipRecord) => EdgeAttributes,
): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
  for (const entity of subgraph.nodes) graph.mergeNode(entity.id, nodeAttributes(entity));
  for (const relationship of subgraph.relationships) {
    if (!graph.hasNode(relationship.from) || !graph.hasNode(relationship.to)) continue;
    if (graph.hasEdge(relationship.id)) continue;
    graph.addEdgeWithKey(relationship.id, relationship.from, relationship.to, edgeAttributes(relationship));
  }
  return graph;
}
