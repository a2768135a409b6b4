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
  { format: 'CSV_EVIDENCE', label: 'CSV — evidence (quotes, citations, inferences)' },
];

/**
 * Exports the drawn graph with `Subgraph.export` and offers the file for download. Resolves with what
 * the status line says after "Saved": the file's name, and a warning when the file holds more than is
 * drawn. `GraphSelection` takes relationship types and a date but no statuses, so a status filter
 * cannot reach the server and the analyst must hear that the file ignores it.
 */
export async function downloadServerExport(shown: ShownGraph, format: ExportFormat): Promise<string> {
  const data = await queryShownGraph(shown, (selection) =>
    requestGraphQL(ExplorerExportDocument, { selection, format }),
  );
  const file = data.graph.export;
  download(new Blob([file.content], { type: file.contentType }), file.fileName);
  return shown.filters.statuses
    ? `${file.fileName}. It also holds the relationships the status filter hides: the server's export cannot leave out a status yet`
    : file.fileName;
}
