import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ExportFormat } from '../../src/export/index.js';
import { parseCsvRecords } from './parse-csv.js';

/** What a real reader found in an export: node ids, edge ids, and per id its readable fields. */
export interface ReadBack {
  nodes: Map<string, Record<string, unknown>>;
  edges: Map<string, Record<string, unknown> & { source?: unknown; target?: unknown }>;
}

/** Reads an export back with a real reader of its format (graphology, graphology-gexf, fast-xml-parser …). */
export function readBack(format: ExportFormat, content: string): ReadBack {
  switch (format) {
    case 'CYTOSCAPE': {
      const json = JSON.parse(content) as {
        elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] };
      };
      return {
        nodes: new Map(json.elements.nodes.map(({ data }) => [String(data['id']), data])),
        edges: new Map(json.elements.edges.map(({ data }) => [String(data['id']), data])),
      };
    }
    case 'D3': {
      const json = JSON.parse(content) as {
        nodes: Record<string, unknown>[];
        links: Record<string, unknown>[];
      };
      return {
        nodes: new Map(json.nodes.map((node) => [String(node['id']), node])),
        edges: new Map(json.links.map((link) => [String(link['id']), link])),
      };
    }
    case 'GRAPHOLOGY':
      return fromGraph(MultiDirectedGraph.from(JSON.parse(content)));
    case 'GEXF':
      // The parser guesses the graph type from the first edge, "mixed" when there is none.
      return fromGraph(parseGexf(MultiDirectedGraph, content, { respectInputGraphType: true }));
    case 'GRAPHML':
      return readGraphml(content);
    case 'CSV_NODES':
      return { nodes: new Map(parseCsvRecords(content).map((row) => [row['id']!, row])), edges: new Map() };
    case 'CSV_EDGES':
      return { nodes: new Map(), edges: new Map(parseCsvRecords(content).map((row) => [row['id']!, row])) };
  }
}

function fromGraph(graph: MultiDirectedGraph): ReadBack {
  return {
    nodes: new Map(graph.mapNodes((node, attributes) => [node, attributes])),
    edges: new Map(
      graph.mapEdges((edge, attributes, source, target) => [edge, { ...attributes, source, target }]),
    ),
  };
}

interface GraphmlElement {
  '@_id': string;
  '@_source'?: string;
  '@_target'?: string;
  data?: { '@_key': string; '#text'?: string | number }[];
}

function readGraphml(content: string): ReadBack {
  const valid = XMLValidator.validate(content);
  if (valid !== true)
    throw new Error(`GraphML is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // fast-xml-parser decodes numeric character references (&#10;) only with this option on.
    htmlEntities: true,
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
  });
  const document = parser.parse(content) as {
    graphml: {
      key?: { '@_id': string; '@_for': string; '@_attr.name': string; '@_attr.type': string }[];
      graph:
        | { node?: GraphmlElement[]; edge?: GraphmlElement[] }[]
        | { node?: GraphmlElement[]; edge?: GraphmlElement[] };
    };
  };
  const keys = new Map((document.graphml.key ?? []).map((key) => [key['@_id'], key['@_attr.name']]));
  const graph = Array.isArray(document.graphml.graph) ? document.graphml.graph[0]! : document.graphml.graph;
  const fields = (element: GraphmlElement) =>
    Object.fromEntries(
      (element.data ?? []).map((data) => {
        const name = keys.get(data['@_key']);
        if (!name) throw new Error(`<data> names the undeclared key ${data['@_key']}`);
        return [name, String(data['#text'] ?? '')];
      }),
    );
  return {
    nodes: new Map((graph.node ?? []).map((node) => [node['@_id'], fields(node)])),
    edges: new Map(
      (graph.edge ?? []).map((edge) => [
        edge['@_id'],
        { ...fields(edge), source: edge['@_source'], target: edge['@_target'] },
      ]),
    ),
  };
}
