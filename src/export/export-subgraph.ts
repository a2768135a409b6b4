import { BadInputError } from '../errors.js';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat } from './export-formats.js';
import type { ExportableSubgraph } from './exportable-subgraph.js';
import { writeCsvEdges } from './write-csv-edges.js';
import { writeCsvEvidence } from './write-csv-evidence.js';
import { writeCsvNodes } from './write-csv-nodes.js';
import { writeCytoscape } from './write-cytoscape.js';
import { writeD3 } from './write-d3.js';
import { writeGexf } from './write-gexf.js';
import { writeGraphml } from './write-graphml.js';
import { writeGraphology } from './write-graphology.js';

/** A written export, ready to save or serve. */
export interface ExportFile {
  format: ExportFormat;
  /** The HTTP content type, without charset (the content is UTF-8 text). */
  contentType: string;
  /** `yrd-graph-<label>.<extension>`, such as `yrd-graph-neighborhood-district-jiading.gexf`. */
  fileName: string;
  content: string;
}

const WRITERS: Readonly<Record<ExportFormat, (subgraph: ExportableSubgraph) => string>> = {
  CYTOSCAPE: writeCytoscape,
  GRAPHOLOGY: writeGraphology,
  D3: writeD3,
  GEXF: writeGexf,
  GRAPHML: writeGraphml,
  CSV_NODES: writeCsvNodes,
  CSV_EDGES: writeCsvEdges,
  CSV_EVIDENCE: writeCsvEvidence,
};

/** How to write an export, besides its format. */
export interface ExportOptions {
  /**
   * Names the file; lowercased, and anything but letters, digits and hyphens becomes a hyphen, so it
   * is safe in a file name and a Content-Disposition header.
   * @default 'subgraph'
   */
  label?: string;
  /**
   * Starts the file with a UTF-8 byte-order mark, so Excel reads it as UTF-8 (温州, not æ¸©å·ž). Only
   * the CSV formats take one; asking for it with another format is a `BAD_USER_INPUT` error.
   * @default false
   */
  byteOrderMark?: boolean;
}

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Writes a subgraph in a format: every entity and relationship the graph formats can hold, each with
 * every evidence record. Throws `BadInputError` for a byte-order mark on a format that takes none.
 */
export function exportSubgraph(
  subgraph: ExportableSubgraph,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportFile {
  const { label = 'subgraph', byteOrderMark = false } = options;
  const info = EXPORT_FORMAT_INFO[format];
  checkExportOptions(format, options);
  const safeLabel =
    label
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 100) || 'subgraph';
  return {
    format,
    contentType: info.contentType,
    fileName: `yrd-graph-${safeLabel}.${info.extension}`,
    content: (byteOrderMark ? BYTE_ORDER_MARK : '') + WRITERS[format](subgraph),
  };
}

/** Throws `BadInputError` for options the format does not take (a byte-order mark on a format that takes none). */
export function checkExportOptions(format: ExportFormat, options: ExportOptions = {}): void {
  const info = EXPORT_FORMAT_INFO[format];
  if (options.byteOrderMark && !info.byteOrderMark) {
    const csv = EXPORT_FORMATS.filter((other) => EXPORT_FORMAT_INFO[other].byteOrderMark);
    throw new BadInputError(
      `A byte-order mark is only for the CSV formats (${csv.map((other) => EXPORT_FORMAT_INFO[other].name).join(', ')}), not ${info.name}; leave \`bom\` out.`,
      'bom',
    );
  }
}
