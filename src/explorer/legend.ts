import { element, swatch } from './element.js';
import type { ExplorerGraph } from './graph-model.js';
import { humanize } from './palette.js';

/** Redraws the legend from the colours the drawn nodes have now, with a count per entry. */
export function renderLegend(
  container: HTMLElement,
  graph: ExplorerGraph,
  colorBy: 'kind' | 'community',
  communities: ReadonlyMap<string, number>,
): void {
  const entries = new Map<string, { color: string; count: number }>();
  graph.forEachNode((node, attributes) => {
    const community = communities.get(node);
    const name =
      colorBy === 'kind'
        ? humanize(attributes.kind)
        : community === undefined
          ? 'Not scored'
          : `Community ${community + 1}`;
    const entry = entries.get(name) ?? { color: attributes.color, count: 0 };
    entry.count += 1;
    entries.set(name, entry);
  });
  const sorted = [...entries].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
  container.replaceChildren(
    element('h2', { class: 'visually-hidden' }, 'Legend'),
    element(
      'ul',
      {},
      ...sorted.map(([name, entry]) =>
        element(
          'li',
          {},
          swatch(entry.color),
          element('span', {}, name),
          element('span', { class: 'count' }, String(entry.count)),
        ),
      ),
    ),
  );
  container.hidden = graph.order === 0;
}
