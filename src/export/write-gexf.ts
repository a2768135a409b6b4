import { write } from 'graphology-gexf';
import type { ExportableSubgraph } from './exportable-subgraph.js';
import { toGraphologyGraph, type FieldAttributes } from './to-graphology-graph.js';

/**
 * GEXF 1.3 for Gephi, written by graphology-gexf: a directed graph whose nodes have the entity's name
 * as label and the entity fields (`name`, `kind`, `description`, `evidence`, `section` …) as typed
 * attributes, and whose edges have the relationship type as label and the relationship fields as
 * attributes.
 */
export function writeGexf(subgraph: ExportableSubgraph): string {
  return write<FieldAttributes, FieldAttributes, FieldAttributes, FieldAttributes>(
    toGraphologyGraph(subgraph),
    {
      version: '1.3',
      formatNode: (_key, attributes) => ({ label: String(attributes['name'] ?? ''), attributes }),
      formatEdge: (_key, attributes) => ({ label: String(attributes['type'] ?? ''), attributes }),
    },
  );
}
