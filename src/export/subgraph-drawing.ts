import { MultiDirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { EDGE_SIZE, edgeColor, nodeColor, nodeSizeForDegree } from './drawing-style.js';
import type { ExportableSubgraph } from './exportable-subgraph.js';

/** Where and how an entity is drawn. */
export interface NodeDrawing {
  x: number;
  y: number;
  size: number;
  /** `#rrggbb`. */
  color: string;
}

/** How a relationship is drawn. */
export interface EdgeDrawing {
  size: number;
  /** `#rrggbb`. */
  color: string;
}

/** The drawing of a subgraph, by entity id and by relationship id. */
export interface SubgraphDrawing {
  nodes: ReadonlyMap<string, NodeDrawing>;
  edges: ReadonlyMap<string, EdgeDrawing>;
}

// CommonJS declaring `export default`: Node hands over `module.exports`, the layout itself (see
// src/analytics/graphology-algorithms.ts).
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/** The explorer's number of ForceAtlas2 iterations, which a subgraph of up to 200 entities gets. */
const ITERATIONS = 400;
/**
 * Entities × iterations a layout may take (a few seconds at most on a small server): larger subgraphs
 * get fewer iterations, down to `MIN_ITERATIONS`, so a 5000-entity export is not held up for a minute.
 */
const LAYOUT_BUDGET = 200 * ITERATIONS;
const MIN_ITERATIONS = 15;

/**
 * Lays a subgraph out as the explorer does (ForceAtlas2 with its settings, from a circle) and
 * colours and sizes it with the explorer's style, sized by degree within the subgraph. Subgraphs of
 * more than 200 entities get fewer iterations (see `LAYOUT_BUDGET`), so their layout is rougher. The same
 * subgraph always gives the same drawing: the circle is in id order and ForceAtlas2 draws no random
 * numbers. Relationships whose ends are missing get a style but do not move the layout.
 */
export function drawSubgraph(subgraph: ExportableSubgraph): SubgraphDrawing {
  const graph = new MultiDirectedGraph<{ x: number; y: number }>({ allowSelfLoops: true });
  const ids = [...new Set(subgraph.nodes.map((entity) => entity.id))].sort();
  ids.forEach((id, index) => {
    const angle = (2 * Math.PI * index) / ids.length;
    graph.addNode(id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  for (const relationship of subgraph.relationships) {
    if (graph.hasNode(relationship.from) && graph.hasNode(relationship.to))
      graph.addEdge(relationship.from, relationship.to);
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: Math.max(MIN_ITERATIONS, Math.min(ITERATIONS, Math.floor(LAYOUT_BUDGET / graph.order))),
      settings: {
        ...forceAtlas2.inferSettings(graph),
        outboundAttractionDistribution: true,
        gravity: 1,
        scalingRatio: 20,
        barnesHutOptimize: graph.order > 300,
      },
    });
  }
  const nodes = new Map<string, NodeDrawing>();
  for (const entity of subgraph.nodes) {
    const { x, y } = graph.getNodeAttributes(entity.id);
    nodes.set(entity.id, {
      x: round(x),
      y: round(y),
      size: round(nodeSizeForDegree(graph.degree(entity.id))),
      color: nodeColor(entity.kind),
    });
  }
  const edges = new Map<string, EdgeDrawing>(
    subgraph.relationships.map((relationship) => [
      relationship.id,
      { size: EDGE_SIZE, color: edgeColor(relationship.type) },
    ]),
  );
  return { nodes, edges };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
