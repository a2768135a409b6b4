import Graph from 'graphology';
import { circular } from 'graphology-layout';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { EntitySummary, RelationshipSummary, SubgraphData } from './api-types.js';
import { EDGE_COLOR, kindColor } from './palette.js';

/** What the drawing keeps per entity (x, y, size, color and label are read by sigma). */
export interface NodeAttributes {
  label: string;
  kind: string;
  /** The entity's degree in the whole graph (`Entity.degree`). */
  degree: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

/** Per relationship. `type` would be sigma's edge program, so the relationship type is `relType`. */
export interface EdgeAttributes {
  relType: string;
  size: number;
  color: string;
}

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createExplorerGraph(): ExplorerGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true, allowSelfLoops: true });
}

/** Iterations of ForceAtlas2 after each change: enough to settle a few hundred nodes, fast enough to feel instant. */
const LAYOUT_ITERATIONS = 400;

export function sizeForDegree(degree: number): number {
  return 4 + Math.sqrt(degree) * 2.2;
}

/**
 * Adds the entities and relationships that are not drawn yet and lays the graph out again. New entities
 * start on a small circle around `anchor` (an entity already drawn) so an expansion grows from the node
 * that was clicked; on an empty graph they start on a circle. Positions depend only on the data, so the
 * same clicks give the same drawing. Returns how many entities were added.
 */
export function mergeSubgraph(graph: ExplorerGraph, subgraph: SubgraphData, anchor?: string): number {
  const wasEmpty = graph.order === 0;
  const fresh = subgraph.nodes.filter((node) => !graph.hasNode(node.id));
  const centre = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
  fresh.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(fresh.length, 1);
    addEntity(graph, node, centre.x + 12 * Math.cos(angle), centre.y + 12 * Math.sin(angle));
  });
  for (const relationship of subgraph.relationships) addRelationship(graph, relationship);
  if (wasEmpty) circular.assign(graph, { scale: 100 });
  layout(graph);
  return fresh.length;
}

function addEntity(graph: ExplorerGraph, node: EntitySummary, x: number, y: number): void {
  graph.addNode(node.id, {
    label: node.name,
    kind: node.kind,
    degree: node.degree,
    x,
    y,
    size: sizeForDegree(node.degree),
    color: kindColor(node.kind),
  });
}

function addRelationship(graph: ExplorerGraph, relationship: RelationshipSummary): void {
  if (graph.hasEdge(relationship.id)) return;
  if (!graph.hasNode(relationship.from.id) || !graph.hasNode(relationship.to.id)) return;
  graph.addDirectedEdgeWithKey(relationship.id, relationship.from.id, relationship.to.id, {
    relType: relationship.type,
    size: 1.6,
    color: EDGE_COLOR,
  });
}

function layout(graph: ExplorerGraph): void {
  if (graph.order < 2) return;
  forceAtlas2.assign(graph, {
    iterations: LAYOUT_ITERATIONS,
    settings: {
      ...forceAtlas2.inferSettings(graph),
      outboundAttractionDistribution: true,
      gravity: 1,
      scalingRatio: 20,
      barnesHutOptimize: graph.order > 300,
    },
  });
}
