import { element, swatch } from './element.js';
import type { ExplorerGraph } from './graph-model.js';
import { kindColor } from './palette.js';
import { relationshipName } from './relationship-style.js';

export interface InViewActions {
  showEntity(id: string): void;
  showRelationship(id: string): void;
}

/**
 * Lists what is drawn, as buttons: the keyboard and screen-reader way to reach every entity and
 * relationship of the canvas.
 */
export function renderInView(
  entities: HTMLElement,
  relationships: HTMLElement,
  graph: ExplorerGraph,
  actions: InViewActions,
  isNodeShown: (id: string) => boolean,
  isEdgeShown: (id: string) => boolean,
): void {
  const nodes = graph.filterNodes(isNodeShown).map((id) => ({ id, ...graph.getNodeAttributes(id) }));
  nodes.sort((a, b) => a.label.localeCompare(b.label));
  entities.replaceChildren(
    ...nodes.map((node) =>
      element(
        'li',
        {},
        element(
          'button',
          {
            type: 'button',
            class: 'list-item',
            'data-testid': 'entity-item',
            'data-entity-id': node.id,
            onclick: () => actions.showEntity(node.id),
          },
          swatch(kindColor(node.kind)),
          element('span', {}, node.label),
        ),
      ),
    ),
  );
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const edges = graph
    .filterEdges(
      (id, _attributes, source, target) => isEdgeShown(id) && isNodeShown(source) && isNodeShown(target),
    )
    .map((id) => ({ id, text: describeRelationship(graph, id, label) }));
  edges.sort((a, b) => a.text.localeCompare(b.text));
  relationships.replaceChildren(
    ...edges.map((edge) =>
      element(
        'li',
        {},
        element(
          'button',
          {
            type: 'button',
            class: 'list-item',
            'data-testid': 'relationship-item',
            'data-relationship-id': edge.id,
            onclick: () => actions.showRelationship(edge.id),
          },
          edge.text,
        ),
      ),
    ),
  );
  for (const [list, count] of [
    [entities, nodes.length],
    [relationships, edges.length],
  ] as const) {
    const counter = list.closest('details')?.querySelector('.count');
    if (counter) counter.textContent = String(count);
  }
}

/** `Wenzhou — Cooperates with → Jiading`: a relationship in words, with names. */
export function describeRelationship(
  graph: ExplorerGraph,
  id: string,
  label = (node: string) => graph.getNodeAttribute(node, 'label'),
): string {
  const [source, target] = graph.extremities(id);
  return `${label(source)} —${relationshipName(graph.getEdgeAttribute(id, 'relType'))}→ ${label(target)}`;
}
