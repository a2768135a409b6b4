import { UndirectedGraph } from 'graphology';
import type { EntityRecord, RelationshipRecord } from '../model/index.js';

/** Edge attributes of the analysis graph. */
export interface AnalysisEdge {
  /** How many relationships join the two entities. */
  weight: number;
}

/**
 * The subgraph as a simple undirected graph for the algorithms: parallel relationships (either
 * direction) merge into one edge weighted by their number, self-loops are left out, and so are
 * relationships whose ends are not among the nodes. Nodes and edges are added in id order, so the
 * algorithms see the same graph whatever order the store returned.
 */
export function toUndirectedGraph(
  nodes: readonly EntityRecord[],
  relationships: readonly RelationshipRecord[],
): UndirectedGraph<Record<string, never>, AnalysisEdge> {
  const graph = new UndirectedGraph<Record<string, never>, AnalysisEdge>();
  for (const id of nodes.map((node) => node.id).sort()) graph.mergeNode(id);
  const ordered = [...relationships].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const relationship of ordered) {
    const { from, to } = relationship;
    if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) continue;
    graph.updateEdge(from, to, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
  }
  return graph;
}
