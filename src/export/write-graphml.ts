import { escapeXmlAttribute, escapeXmlText } from './escape-xml.js';
import type { ExportableSubgraph } from './exportable-subgraph.js';
import { rgbOf } from './drawing-style.js';
import { indexedEvidenceFields } from './evidence-fields.js';
import {
  entityFields,
  RELATIONSHIP_TYPE_FIELD,
  relationshipFields,
  type FieldValue,
} from './record-fields.js';
import { drawSubgraph, type SubgraphDrawing } from './subgraph-drawing.js';
import type { RelationshipRecord } from '../model/index.js';

type Domain = 'node' | 'edge';

interface Key {
  id: string;
  domain: Domain;
  name: string;
  type: 'string' | 'int' | 'long' | 'double' | 'boolean';
}

/**
 * GraphML for yEd, Gephi, Cytoscape desktop and NetworkX: a directed graph with a `<key>` for each
 * field that any node or edge has, typed `int`, `long` or `double` when every value is such a number,
 * `boolean` when every value is one, else `string`. Nodes: `label` (the name), the entity fields, every evidence
 * record as `evidenceCount` and `evidence.<i>.<field>`, and the explorer's drawing as Gephi reads it:
 * `x`, `y`, `size` and the colour as `r`, `g`, `b`. Edges: `label` and `relationshipType` (the type),
 * the other relationship fields, the evidence likewise, and `r`, `g`, `b`. Key ids are the field name
 * prefixed by `n_` or `e_`, as GraphML needs ids unique across nodes and edges.
 */
export function writeGraphml(subgraph: ExportableSubgraph): string {
  const ids = new Set(subgraph.nodes.map((entity) => entity.id));
  const drawing = drawSubgraph(subgraph);
  const nodes = subgraph.nodes.map((entity) => {
    const { x, y, size, color } = drawing.nodes.get(entity.id)!;
    return {
      id: entity.id,
      fields: {
        label: entity.name,
        ...entityFields(entity),
        ...indexedEvidenceFields(entity.evidence),
        x,
        y,
        size,
        ...rgbOf(color),
      },
    };
  });
  const edges = subgraph.relationships
    .filter((relationship) => ids.has(relationship.from) && ids.has(relationship.to))
    .map((relationship) => ({
      id: relationship.id,
      source: relationship.from,
      target: relationship.to,
      fields: edgeFields(relationship, drawing),
    }));
  const keyId = (domain: Domain, name: string) => `${domain === 'node' ? 'n' : 'e'}_${name}`;
  const keys = [
    ...keysOf(
      'node',
      nodes.map((node) => node.fields),
    ),
    ...keysOf(
      'edge',
      edges.map((edge) => edge.fields),
    ),
  ];

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(
      (key) =>
        `  <key id="${escapeXmlAttribute(key.id)}" for="${key.domain}" attr.name="${escapeXmlAttribute(key.name)}" attr.type="${key.type}"/>`,
    ),
    '  <graph id="yrd-graph" edgedefault="directed">',
  ];
  const data = (domain: Domain, fields: Record<string, FieldValue>) =>
    Object.entries(fields).map(
      ([name, value]) =>
        `      <data key="${escapeXmlAttribute(keyId(domain, name))}">${escapeXmlText(String(value))}</data>`,
    );
  for (const node of nodes) {
    lines.push(`    <node id="${escapeXmlAttribute(node.id)}">`, ...data('node', node.fields), '    </node>');
  }
  for (const edge of edges) {
    lines.push(
      `    <edge id="${escapeXmlAttribute(edge.id)}" source="${escapeXmlAttribute(edge.source)}" target="${escapeXmlAttribute(edge.target)}">`,
      ...data('edge', edge.fields),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');

  function keysOf(domain: Domain, records: Record<string, FieldValue>[]): Key[] {
    const types = new Map<string, Key['type']>();
    for (const fields of records) {
      for (const [name, value] of Object.entries(fields)) {
        types.set(name, widen(types.get(name), value));
      }
    }
    return [...types].map(([name, type]) => ({ id: keyId(domain, name), domain, name, type }));
  }
}

function edgeFields(relationship: RelationshipRecord, drawing: SubgraphDrawing): Record<string, FieldValue> {
  const fields = relationshipFields(relationship);
  return {
    label: fields[RELATIONSHIP_TYPE_FIELD]!,
    ...fields,
    ...indexedEvidenceFields(relationship.evidence),
    ...rgbOf(drawing.edges.get(relationship.id)!.color),
  };
}

/** The narrowest GraphML type of a value. GraphML's types are Java's: `int` is 32 bits, `long` 64. */
function typeOf(value: FieldValue): Key['type'] {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (!Number.isInteger(value)) return 'double';
  return value >= INT_MIN && value <= INT_MAX ? 'int' : 'long';
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
/** The numeric types, each holding every value of those before it. */
const NUMERIC_TYPES: readonly Key['type'][] = ['int', 'long', 'double'];

function widen(current: Key['type'] | undefined, value: FieldValue): Key['type'] {
  const own = typeOf(value);
  if (current === undefined || current === own) return own;
  const wider = Math.max(NUMERIC_TYPES.indexOf(current), NUMERIC_TYPES.indexOf(own));
  const bothNumeric = NUMERIC_TYPES.includes(current) && NUMERIC_TYPES.includes(own);
  return bothNumeric ? NUMERIC_TYPES[wider]! : 'string';
}
