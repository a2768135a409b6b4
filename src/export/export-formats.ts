/** The formats a subgraph can be exported in; the same names as the GraphQL `ExportFormat` enum. */
export const EXPORT_FORMATS = [
  'CYTOSCAPE',
  'GRAPHOLOGY',
  'D3',
  'GEXF',
  'GRAPHML',
  'CSV_NODES',
  'CSV_EDGES',
  'CSV_EVIDENCE',
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a client needs to know about a format to save or serve a file of it. */
export interface ExportFormatInfo {
  /** The HTTP content type (without charset; every export is UTF-8 text). */
  contentType: string;
  /** The file name ending, after the label. */
  extension: string;
  /** The lowercase name used in URLs and on the command line, such as `csv-nodes`. */
  name: string;
  /**
   * Whether the file may start with a UTF-8 byte-order mark on request, which Excel needs to read
   * UTF-8: only CSV. JSON must not start with one (RFC 8259), and XML declares its encoding.
   */
  byteOrderMark: boolean;
}

/** Content type, file ending and URL name of every format. */
export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  CYTOSCAPE: {
    contentType: 'application/json',
    extension: 'cytoscape.json',
    name: 'cytoscape',
    byteOrderMark: false,
  },
  GRAPHOLOGY: {
    contentType: 'application/json',
    extension: 'graphology.json',
    name: 'graphology',
    byteOrderMark: false,
  },
  D3: { contentType: 'application/json', extension: 'd3.json', name: 'd3', byteOrderMark: false },
  GEXF: { contentType: 'application/gexf+xml', extension: 'gexf', name: 'gexf', byteOrderMark: false },
  GRAPHML: {
    contentType: 'application/graphml+xml',
    extension: 'graphml',
    name: 'graphml',
    byteOrderMark: false,
  },
  CSV_NODES: { contentType: 'text/csv', extension: 'nodes.csv', name: 'csv-nodes', byteOrderMark: true },
  CSV_EDGES: { contentType: 'text/csv', extension: 'edges.csv', name: 'csv-edges', byteOrderMark: true },
  CSV_EVIDENCE: {
    contentType: 'text/csv',
    extension: 'evidence.csv',
    name: 'csv-evidence',
    byteOrderMark: true,
  },
};

/** The format a lowercase URL or command-line name (`gexf`, `csv-nodes`) stands for; null for none. */
export function exportFormatNamed(name: string): ExportFormat | null {
  return EXPORT_FORMATS.find((format) => EXPORT_FORMAT_INFO[format].name === name) ?? null;
}

/** The lowercase names, for usage and error messages. */
export const EXPORT_FORMAT_NAMES: readonly string[] = EXPORT_FORMATS.map(
  (format) => EXPORT_FORMAT_INFO[format].name,
);
