import { write } from 'graphology-gexf';
import { rgbOf } from './drawing-style.js';
import { dropNonXmlCharacters } from './escape-xml.js';
import { indexedEvidenceFields } from './evidence-fields.js';
import type { ExportableSubgraph } from './exportable-subgraph.js';
import {
  entityFields,
  RELATIONSHIP_TYPE_FIELD,
  relationshipFields,
  type FieldValue,
} from './record-fields.js';
import { drawSubgraph } from './subgraph-drawing.js';
import { toGraphologyGraph } from './to-graphology-graph.js';

type Fields = Record<string, FieldValue>;

/**
 * GEXF 1.3 for Gephi, written by graphology-gexf: a directed graph drawn as the explorer draws it
 * (`viz:position`, `viz:color` as r/g/b, `viz:size`, edge `viz:thickness`). Nodes have the entity's name
 * as label and the entity fields as typed attributes; edges have the relationship type as label and
 * the relationship fields (`relationshipType`, `year` …) as attributes. Every evidence record is kept,
 * as `evidenceCount` and `evidence.<i>.<field>` attributes. Characters XML cannot hold are dropped, as
 * in GraphML.
 */
export function writeGexf(subgraph: ExportableSubgraph): string {
  const drawing = drawSubgraph(subgraph);
  const graph = toGraphologyGraph<Fields, Fields>(
    subgraph,
    (entity) => xmlSafe({ ...entityFields(entity), ...indexedEvidenceFields(entity.evidence) }),
    (relationship) =>
      xmlSafe({ ...relationshipFields(relationship), ...indexedEvidenceFields(relationship.evidence) }),
  );
  return write<Fields, Fields, Fields, Fields>(graph, {
    version: '1.3',
    formatNode: (key, attributes) => {
      const { x, y, size, color } = drawing.nodes.get(key)!;
      return { label: String(attributes['name']), attributes, viz: { x, y, size, color: rgb(color) } };
    },
    formatEdge: (key, attributes) => {
      const { size, color } = drawing.edges.get(key)!;
      return {
        label: String(attributes[RELATIONSHIP_TYPE_FIELD]),
        attributes,
        viz: { thickness: size, color: rgb(color) },
      };
    },
  });
}

// graphology-gexf escapes markup but writes a control character or a lone surrogate as it is, and a
// strict XML parser (Gephi's) then refuses the whole file.
function xmlSafe(fields: Fields): Fields {
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [
      name,
      typeof value === 'string' ? dropNonXmlCharacters(value) : value,
    ]),
  );
}

// Written as r, g and b, which every Gephi reads; GEXF 1.3's `hex` is newer.
function rgb(color: string): string {
  const { r, g, b } = rgbOf(color);
  return `rgb(${r},${g},${b})`;
}
