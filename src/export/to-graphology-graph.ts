import { MultiDirectedGraph } from 'graphology';
import type { ExportableSubgraph } from './exportable-subgraph.js';
import { entityFields, relationshipFields, type FieldValue } from './record-fields.js';

/** Attributes of the nodes and edges of an export graph: the record fields. */
export type FieldAttributes = Record<string, FieldValue>;

/**
 * The subgraph as a graphology multi directed graph: nodes keyed by entity id with the entity fields,
 * edges keyed by relationship id (from → to) with the relationship fields. Relationships whose ends
 * are missing are left out, as a graph cannot hold them.
 */
export function toGraphologyGraph(
  subgraph: ExportableSubgraph,
): MultiDirectedGraph<FieldAttributes, FieldAttributes> {
  const graph = new MultiDirectedGraph<FieldAttributes, FieldAttributes>({ allowSelfLoops: true });
  for (const entity of subgraph.nodes) graph.mergeNode(entity.id, entityFields(entity));
  for (const relationship of subgraph.relationships) {
    if (!graph.hasNode(relationship.from) || !graph.hasNode(relationship.to)) continue;
    if (graph.hasEdge(relationship.id)) continue;
    graph.addEdgeWithKey(
      relationship.id,
      relationship.from,
      relationship.to,
      relationshipFields(relationship),
    );
  }
  return graph;
}
