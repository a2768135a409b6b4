import { EXPORT_FORMAT_INFO, type ExportFormat } from './export-formats.js';
import type { ExportableSubgraph } from './exportable-subgraph.js';
import { writeCsvEdges } from './write-csv-edges.js';
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
};

/**
 * Writes a subgraph in a format. `label` names the file; it is lowercased and anything but letters,
 * digits and hyphens becomes a hyphen, so it is safe in a file name and a Content-Disposition header.
 * @param label @default 'subgraph'
 */
export function exportSubgraph(
  subgraph: ExportableSubgraph,
  format: ExportFormat,
  label = 'subgraph',
): ExportFile {
  const info = EXPORT_FORMAT_INFO[format];
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
    content: WRITERS[format](subgraph),
  };
}
