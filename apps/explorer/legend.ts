import { element, swatch } from './element.js';
import type { ExplorerGraph } from './graph-model.js';
import { humanize } from './palette.js';
import { relationshipName, relationshipStyle } from './relationship-style.js';

/** One row of the legend: a colour, what it means, how many are drawn, and line or dot. */
export interface LegendEntry {
  color: string;
  name: string;
  count: number;
  mark: 'dot' | 'arrow' | 'line';
}

/** The legend's two groups from what is drawn now: node colours, then relationship types. */
export function legendEntries(
  graph: ExplorerGraph,
  colorBy: 'kind' | 'community',
  communities: ReadonlyMap<string, number>,
  isEdgeShown: (id: string) => boolean,
): { nodes: LegendEntry[]; edges: LegendEntry[] } {
  const nodes = new Map<string, LegendEntry>();
  graph.forEachNode((node, attributes) => {
    const community = communities.get(node);
    const name =
      colorBy === 'kind'
        ? humanize(attributes.kind)
        : community === undefined
          ? 'Not scored'
          : `Community ${community + 1}`;
    const entry = nodes.get(name) ?? { color: attributes.color, name, count: 0, mark: 'dot' };
    entry.count += 1;
    nodes.set(name, entry);
  });
  const edges = new Map<string, LegendEntry>();
  graph.forEachEdge((edge, attributes) => {
    if (!isEdgeShown(edge)) return;
    const style = relationshipStyle(attributes.relType);
    const name = relationshipName(attributes.relType);
    const entry = edges.get(name) ?? {
      color: style.color,
      name,
      count: 0,
      mark: style.directed ? 'arrow' : 'line',
    };
    entry.count += 1;
    edges.set(name, entry);
  });
  const sorted = (entries: Map<string, LegendEntry>) =>
    [...entries.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { nodes: sorted(nodes), edges: sorted(edges) };
}

/** Draws the legend below the drawing (never over it), as two labelled lists. */
export function renderLegend(
  container: HTMLElement,
  entries: { nodes: LegendEntry[]; edges: LegendEntry[] },
): void {
  const list = (title: string, items: LegendEntry[]) =>
    element(
      'div',
      { class: 'legend-group' },
      element('h3', {}, title),
      element(
        'ul',
        {},
        ...items.map((entry) =>
          element(
            'li',
            { 'data-testid': entry.mark === 'dot' ? 'legend-kind' : 'legend-relationship' },
            entry.mark === 'dot' ? swatch(entry.color) : swatch(entry.color, `line-swatch ${entry.mark}`),
            element('span', {}, entry.name),
            element('span', { class: 'count' }, String(entry.count)),
          ),
        ),
      ),
    );
  container.replaceChildren(list('Entities', entries.nodes), list('Relationships', entries.edges));
  container.hidden = entries.nodes.length === 0;
}
