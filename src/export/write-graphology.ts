import type { ExportableSubgraph } from './exportable-subgraph.js';
import { entityFields, RELATIONSHIP_TYPE_FIELD, relationshipFields } from './record-fields.js';
import { drawSubgraph } from './subgraph-drawing.js';
import { toGraphologyGraph } from './to-graphology-graph.js';

/**
 * graphology's serialised JSON (`graph.export()`), declared a directed multigraph with self-loops
 * (`options: { type: 'directed', multi: true, allowSelfLoops: true }`) so `Graph.from()` with its
 * defaults reads parallel relationships, and drawn as the explorer draws it so sigma.js shows it as
 * it is: nodes have `label` (the name), `x`, `y`, `size`, `color`, the entity fields and `evidence`
 * (every evidence record, as it is). Edges have `label` and `relationshipType` (the type), `size`,
 * `color`, the other relationship fields and `evidence`. No attribute is called `type`, which sigma
 * reads as the name of a drawing program.
 */
export function writeGraphology(subgraph: ExportableSubgraph): string {
  const drawing = drawSubgraph(subgraph);
  const graph = toGraphologyGraph(
    subgraph,
    (entity) => ({
      label: entity.name,
      ...drawing.nodes.get(entity.id)!,
      ...entityFields(entity),
      evidence: entity.evidence,
    }),
    (relationship) => {
      const fields = relationshipFields(relationship);
      return {
        label: fields[RELATIONSHIP_TYPE_FIELD],
        ...drawing.edges.get(relationship.id)!,
        ...fields,
        evidence: relationship.evidence,
      };
    },
  );
  graph.setAttribute('name', 'yrd-graph');
  return JSON.stringify(graph.export(), null, 2);
}
