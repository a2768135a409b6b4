import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import { forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import GraphModule from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { ExportFormat } from '../../src/export/index.js';
import { readGraphmlWithNetworkx } from '../support/networkx.js';

// CommonJS declaring `export default`: Node hands over `module.exports`, the default Graph class
// itself (see src/analytics/graphology-algorithms.ts).
const Graph = GraphModule as unknown as typeof GraphModule.default;

/** An evidence record as a reader got it back: field name → value, unset fields left out. */
export type ReadEvidence = Record<string, unknown>;

/** What an independent reader of a format found in an export. */
export interface ReadBack {
  /** Node id → its attributes as the reader gives them. */
  nodes: Map<string, Record<string, unknown>>;
  /** Edge id → its attributes, with `source` and `target` (node ids) as the reader resolved them. */
  edges: Map<string, Record<string, unknown> & { source?: unknown; target?: unknown }>;
  /** `entity:<id>` or `relationship:<id>` → every evidence record of that item, in order. */
  evidence: Map<string, ReadEvidence[]>;
}

/**
 * Reads an export back with the reader a user of the format would use: graphology-gexf and
 * graphology-graphml into a default graphology `Graph`, `Graph.from` for graphology JSON, a headless
 * cytoscape, a d3-force simulation and csv-parse. Throws what the reader throws.
 */
export function readBack(format: ExportFormat, content: string): ReadBack {
  switch (format) {
    case 'CYTOSCAPE':
      return readCytoscape(content);
    case 'D3':
      return readD3(content);
    case 'GRAPHOLOGY':
      return fromGraph(Graph.from(JSON.parse(content) as never), nestedEvidence);
    case 'GEXF':
      return fromGraph(parseGexf(Graph, content), indexedEvidence);
    case 'GRAPHML':
      return fromGraph(parseGraphml(Graph, content), indexedEvidence);
    case 'CSV_NODES':
      return { nodes: csvById(content), edges: new Map(), evidence: new Map() };
    case 'CSV_EDGES':
      return { nodes: new Map(), edges: csvById(content), evidence: new Map() };
    case 'CSV_EVIDENCE':
      return { nodes: new Map(), edges: new Map(), evidence: csvEvidence(content) };
  }
}

/**
 * GraphML read by NetworkX's `read_graphml` with its defaults (see test/support/networkx.ts), with the
 * class NetworkX chose. Edges are keyed by NetworkX's edge key, which it takes from the GraphML edge's id.
 */
export function readGraphmlBackWithNetworkx(content: string): ReadBack & { graphClass: string } {
  const graph = readGraphmlWithNetworkx(content);
  const evidence = new Map<string, ReadEvidence[]>();
  const nodes = new Map(
    graph.nodes.map(([node, attributes]) => {
      evidence.set(`entity:${node}`, indexedEvidence(attributes));
      return [node, attributes] as const;
    }),
  );
  const edges = new Map(
    graph.edges.map(({ source, target, key, attributes }) => {
      evidence.set(`relationship:${key}`, indexedEvidence(attributes));
      return [key, { ...attributes, source, target }] as const;
    }),
  );
  return { graphClass: graph.graphClass, nodes, edges, evidence };
}

/** The evidence an item's attributes carry, read as a user of the format would. */
type EvidenceOf = (attributes: Record<string, unknown>) => ReadEvidence[];

function fromGraph(graph: AbstractGraph, evidenceOf: EvidenceOf): ReadBack {
  const evidence = new Map<string, ReadEvidence[]>();
  const nodes = new Map(
    graph.mapNodes((node, attributes) => {
      evidence.set(`entity:${node}`, evidenceOf(attributes));
      return [node, attributes] as const;
    }),
  );
  const edges = new Map(
    graph.mapEdges((edge, attributes, source, target) => {
      evidence.set(`relationship:${edge}`, evidenceOf(attributes));
      return [edge, { ...attributes, source, target }] as const;
    }),
  );
  return { nodes, edges, evidence };
}

/** JSON formats keep the records as a list under `evidence`. */
const nestedEvidence: EvidenceOf = (attributes) =>
  (attributes['evidence'] as ReadEvidence[]).map((record) => withoutUnset(record));

/** GEXF and GraphML flatten each record's fields to `evidence.<i>.<field>` attributes. */
const indexedEvidence: EvidenceOf = (attributes) => {
  const records: ReadEvidence[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    const match = /^evidence\.(\d+)\.(.+)$/.exec(name);
    if (!match) continue;
    (records[Number(match[1])] ??= {})[match[2]!] = value;
  }
  if (records.length !== attributes['evidenceCount']) {
    throw new Error(
      `${records.length} evidence records but evidenceCount ${String(attributes['evidenceCount'])}`,
    );
  }
  return [...records].map((record, index) => {
    if (!record) throw new Error(`evidence record ${index} is missing`);
    return record;
  });
};

function readCytoscape(content: string): ReadBack {
  const json = JSON.parse(content) as { elements: cytoscape.ElementsDefinition };
  // `preset` keeps the exported positions; cytoscape's default layout (grid) would replace them.
  const cy = cytoscape({ headless: true, elements: json.elements, layout: { name: 'preset' } });
  const evidence = new Map<string, ReadEvidence[]>();
  const nodes = new Map(
    cy.nodes().map((node) => {
      const data = node.data() as Record<string, unknown>;
      evidence.set(`entity:${node.id()}`, nestedEvidence(data));
      return [node.id(), { ...data, position: node.position() }] as const;
    }),
  );
  const edges = new Map(
    cy.edges().map((edge) => {
      const data = edge.data() as Record<string, unknown>;
      evidence.set(`relationship:${edge.id()}`, nestedEvidence(data));
      return [edge.id(), { ...data, source: edge.source().id(), target: edge.target().id() }] as const;
    }),
  );
  return { nodes, edges, evidence };
}

type D3Node = SimulationNodeDatum & Record<string, unknown> & { id: string };
type D3Link = Record<string, unknown> & { id: string; source: D3Node | string; target: D3Node | string };

function readD3(content: string): ReadBack {
  const json = JSON.parse(content) as { nodes: D3Node[]; links: D3Link[] };
  // forceLink resolves every link end to its node object, and throws on an id that names none.
  const simulation = forceSimulation(json.nodes)
    .force(
      'link',
      forceLink<D3Node, D3Link>(json.links).id((node) => node.id),
    )
    .force('charge', forceManyBody())
    .stop();
  simulation.tick(30);
  for (const node of json.nodes) {
    if (!Number.isFinite(node.x) || !Number.isFinite(node.y))
      throw new Error(`node ${node.id} has no position`);
  }
  const evidence = new Map<string, ReadEvidence[]>();
  const nodes = new Map(
    json.nodes.map((node) => {
      evidence.set(`entity:${node.id}`, nestedEvidence(node));
      return [node.id, node as Record<string, unknown>] as const;
    }),
  );
  const edges = new Map(
    json.links.map((link) => {
      if (typeof link.source === 'string' || typeof link.target === 'string')
        throw new Error(`link ${link.id} was not resolved`);
      evidence.set(`relationship:${link.id}`, nestedEvidence(link));
      return [link.id, { ...link, source: link.source.id, target: link.target.id }] as const;
    }),
  );
  return { nodes, edges, evidence };
}

/** Rows of a CSV export keyed by header, a leading byte-order mark dropped, as csv-parse reads them. */
export function csvRecords(content: string): Record<string, string>[] {
  return parseCsv(content, { columns: true, bom: true, relax_column_count: false }) as Record<
    string,
    string
  >[];
}

function csvById(content: string): Map<string, Record<string, unknown>> {
  return new Map(csvRecords(content).map((row) => [row['id']!, row]));
}

function csvEvidence(content: string): Map<string, ReadEvidence[]> {
  const evidence = new Map<string, ReadEvidence[]>();
  for (const { itemType, itemId, index, ...fields } of csvRecords(content)) {
    const key = `${itemType}:${itemId}`;
    const records = evidence.get(key) ?? [];
    if (Number(index) !== records.length) throw new Error(`${key}: record ${index} out of order`);
    records.push(
      withoutUnset(Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, unguard(value)]))),
    );
    evidence.set(key, records);
  }
  return evidence;
}

/**
 * A CSV cell as it was before the writer made it inert for spreadsheets (a leading apostrophe before
 * `=`, `+`, `-`, `@`, tab or carriage return); an empty cell is unset.
 */
export function unguard(cell: string): string | undefined {
  if (cell === '') return undefined;
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function withoutUnset(record: Record<string, unknown>): ReadEvidence {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== null && value !== undefined),
  );
}
