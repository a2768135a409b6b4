import { element, swatch } from './element.js';
import type { ExplorerGraph } from './graph-model.js';
import { humanize, kindColor } from './palette.js';

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
): void {
  const nodes = graph.mapNodes((id, attributes) => ({ id, ...attributes }));
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
  const edges = graph.mapEdges((id, attributes, source, target) => ({
    id,
    text: `${label(source)} —${humanize(attributes.relType)}→ ${label(target)}`,
  }));
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
