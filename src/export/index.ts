export {
  EXPORT_FORMAT_INFO,
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  exportFormatNamed,
  type ExportFormat,
  type ExportFormatInfo,
} from './export-formats.js';
export {
  EVIDENCE_FIELDS,
  evidenceAttributeName,
  evidenceFieldNames,
  flatEvidenceValue,
  indexedEvidenceFields,
} from './evidence-fields.js';
export {
  checkExportOptions,
  exportSubgraph,
  type ExportFile,
  type ExportOptions,
} from './export-subgraph.js';
export type { ExportableSubgraph } from './exportable-subgraph.js';
export { FILE_LABELS } from './file-labels.js';
export { withEvidenceOfKinds } from './evidence-of-kinds.js';
export { RELATIONSHIP_TYPE_FIELD } from './record-fields.js';
export { drawSubgraph, type SubgraphDrawing } from './subgraph-drawing.js';
export { writeCsvEdges } from './write-csv-edges.js';
export { writeCsvEvidence } from './write-csv-evidence.js';
export { writeCsvNodes } from './write-csv-nodes.js';
export { writeCytoscape } from './write-cytoscape.js';
export { writeD3 } from './write-d3.js';
export { writeGexf } from './write-gexf.js';
export { writeGraphml } from './write-graphml.js';
export { writeGraphology } from './write-graphology.js';
