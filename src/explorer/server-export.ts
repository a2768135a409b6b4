import { download } from './element.js';
import { ExplorerExportDocument, type ExportFormat } from './generated/graphql.js';
import { requestGraphQL } from './graphql-client.js';
import { queryShownGraph, type ShownGraph } from './shown-selection.js';

/** The `ExportFormat`s offered, with the labels the menu shows. */
export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'GEXF', label: 'GEXF (Gephi)' },
  { format: 'GRAPHML', label: 'GraphML' },
  { format: 'CYTOSCAPE', label: 'Cytoscape.js JSON' },
  { format: 'D3', label: 'D3 node-link JSON' },
  { format: 'GRAPHOLOGY', label: 'graphology JSON' },
  { format: 'CSV_NODES', label: 'CSV — entities' },
  { format: 'CSV_EDGES', label: 'CSV — relationships' },
];

/** Exports the drawn graph with `Subgraph.export` and offers the file for download. */
export async function downloadServerExport(shown: ShownGraph, format: ExportFormat): Promise<string> {
  const data = await queryShownGraph(shown, (selection) =>
    requestGraphQL(ExplorerExportDocument, { selection, format }),
  );
  const file = data.graph.export;
  download(new Blob([file.content], { type: file.contentType }), file.fileName);
  return file.fileName;
}
