import Graph from 'graphology';
import { circular } from 'graphology-layout';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ExplorerEdgeFragment, ExplorerNodeFragment } from './generated/graphql.js';
import { kindColor } from './palette.js';
import { relationshipStyle } from './relationship-style.js';

/** What the drawing keeps per entity (x, y, size, color and label are read by sigma). */
export interface NodeAttributes {
  label: string;
  kind: string;
  /** The entity's degree in the whole graph (`Entity.degree`). */
  degree: number;
  /** WGS 84 coordinates of a place, for the map layout. */
  latitude: number | null;
  longitude: number | null;
  x: number;
  y: number;
  /** The force layout's position, kept while the map layout shows the node elsewhere. */
  forceX: number;
  forceY: number;
  size: number;
  color: string;
  /** Held still by ForceAtlas2 (read by graphology-layout-forceatlas2). */
  fixed?: boolean;
}

/** Per relationship. `type` would be sigma's edge program, so the relationship type is `relType`. */
export interface EdgeAttributes {
  relType: string;
  status: string | null;
  validFrom: string | null;
  validTo: string | null;
  size: number;
  color: string;
  /** sigma's edge program: `arrow` for one-way types, `line` for symmetric ones. */
  type: 'arrow' | 'line';
}

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

/** Entities and relationships as the explorer's queries return them. */
export interface SubgraphPart {
  nodes: readonly ExplorerNodeFragment[];
  relationships: readonly ExplorerEdgeFragment[];
}

export function createExplorerGraph(): ExplorerGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true, allowSelfLoops: true });
}

export function sizeForDegree(degree: number): number {
  return 4 + Math.sqrt(degree) * 2.2;
}

/** Iterations of ForceAtlas2 for a first drawing: enough to settle a few hundred nodes. */
const FIRST_LAYOUT_ITERATIONS = 400;
/** Iterations when only new nodes move: they start close to their place already. */
const GROWTH_LAYOUT_ITERATIONS = 150;

/**
 * Adds the entities and relationships that are not drawn yet. On an empty graph everything is laid out;
 * afterwards only the new entities move: they start on a ring around `anchor` (the entity they were
 * reached from), outside what is drawn there, and ForceAtlas2 settles them while every entity already
 * drawn is held still. Positions depend only on the data and the order of calls, so replaying the same
 * steps (Back, a permalink) gives the same drawing. Returns the ids of the entities added.
 */
export function mergeSubgraph(graph: ExplorerGraph, part: SubgraphPart, anchor?: string): string[] {
  const wasEmpty = graph.order === 0;
  const fresh = part.nodes.filter(
    (node, index, all) => !graph.hasNode(node.id) && all.indexOf(node) === index,
  );
  const centre = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
  const ring = wasEmpty ? 10 : ringRadius(graph);
  const offset = anchor ? angleAwayFromGraph(graph, centre) : 0;
  fresh.forEach((node, index) => {
    const angle = offset + (2 * Math.PI * index) / Math.max(fresh.length, 1);
    addEntity(graph, node, centre.x + ring * Math.cos(angle), centre.y + ring * Math.sin(angle));
  });
  for (const relationship of part.relationships) addRelationship(graph, relationship);
  if (wasEmpty) {
    circular.assign(graph, { scale: 100 });
    layout(graph, FIRST_LAYOUT_ITERATIONS);
  } else if (fresh.length > 0) {
    const added = new Set(fresh.map((node) => node.id));
    graph.forEachNode((id) => graph.setNodeAttribute(id, 'fixed', !added.has(id)));
    layout(graph, GROWTH_LAYOUT_ITERATIONS);
    graph.forEachNode((id) => graph.removeNodeAttribute(id, 'fixed'));
  }
  graph.forEachNode((id, attributes) => {
    if (attributes.forceX !== attributes.x || attributes.forceY !== attributes.y)
      graph.mergeNodeAttributes(id, { forceX: attributes.x, forceY: attributes.y });
  });
  return fresh.map((node) => node.id);
}

/** A ring a little wider than the typical edge, so new nodes do not land on old ones. */
function ringRadius(graph: ExplorerGraph): number {
  let total = 0;
  let count = 0;
  graph.forEachEdge((_edge, _attributes, _source, _target, a, b) => {
    total += Math.hypot(a.x - b.x, a.y - b.y);
    count += 1;
  });
  const typical = count > 0 ? total / count : 20;
  return Math.max(typical * 0.8, 5);
}

/** The direction from the graph's centre of mass to `centre`: new nodes grow outwards. */
function angleAwayFromGraph(graph: ExplorerGraph, centre: { x: number; y: number }): number {
  let x = 0;
  let y = 0;
  graph.forEachNode((_id, attributes) => {
    x += attributes.x;
    y += attributes.y;
  });
  const dx = centre.x - x / Math.max(graph.order, 1);
  const dy = centre.y - y / Math.max(graph.order, 1);
  return dx === 0 && dy === 0 ? 0 : Math.atan2(dy, dx) - Math.PI / 2;
}

function addEntity(graph: ExplorerGraph, node: ExplorerNodeFragment, x: number, y: number): void {
  const location = 'location' in node ? node.location : null;
  graph.addNode(node.id, {
    label: node.name,
    kind: node.kind,
    degree: node.degree,
    latitude: location?.latitude ?? null,
    longitude: location?.longitude ?? null,
    x,
    y,
    forceX: x,
    forceY: y,
    size: sizeForDegree(node.degree),
    color: kindColor(node.kind),
  });
}

function addRelationship(graph: ExplorerGraph, relationship: ExplorerEdgeFragment): void {
  if (graph.hasEdge(relationship.id)) return;
  if (!graph.hasNode(relationship.from.id) || !graph.hasNode(relationship.to.id)) return;
  const style = relationshipStyle(relationship.type);
  graph.addDirectedEdgeWithKey(relationship.id, relationship.from.id, relationship.to.id, {
    relType: relationship.type,
    status: relationship.status,
    validFrom: relationship.validFrom,
    validTo: relationship.validTo,
    size: style.size,
    color: style.color,
    type: style.directed ? 'arrow' : 'line',
  });
}

function layout(graph: ExplorerGraph, iterations: number): void {
  if (graph.order < 2) return;
  forceAtlas2.assign(graph, {
    iterations,
    settings: {
      ...forceAtlas2.inferSettings(graph),
      outboundAttractionDistribution: true,
      gravity: 1,
      scalingRatio: 20,
      barnesHutOptimize: graph.order > 300,
    },
  });
}
