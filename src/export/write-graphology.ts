import type { ExportableSubgraph } from './exportable-subgraph.js';
import { toGraphologyGraph } from './to-graphology-graph.js';

/**
 * graphology's serialised JSON (`graph.export()`), which `Graph.from()` reads and sigma.js draws.
 * Nodes have `label` (the name), `x` and `y` (on a circle, a starting point for a layout) and the
 * entity fields. Edges have `label` and `relationshipType` (the type) and the other relationship
 * fields: sigma reads an edge's `type` attribute as the name of its edge renderer, so the
 * relationship type must not be called `type` there.
 */
export function writeGraphology(subgraph: ExportableSubgraph): string {
  const graph = toGraphologyGraph(subgraph);
  const order = graph.order;
  let index = 0;
  graph.updateEachNodeAttributes((_node, attributes) => {
    const angle = (2 * Math.PI * index++) / Math.max(order, 1);
    return {
      label: attributes['name'] ?? '',
      x: round(Math.cos(angle) * 100),
      y: round(Math.sin(angle) * 100),
      ...attributes,
    };
  });
  graph.updateEachEdgeAttributes((_edge, attributes) => {
    const { type, ...rest } = attributes;
    return { label: type ?? '', relationshipType: type ?? '', ...rest };
  });
  graph.setAttribute('name', 'yrd-graph');
  return JSON.stringify(graph.export(), null, 2);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
