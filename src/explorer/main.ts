import './explorer.css';
import type { EntityDetail, PathData, RelationshipDetail, SubgraphData } from './api-types.js';
import {
  applyAppearance,
  fetchMetrics,
  needsMetrics,
  type ColorBy,
  type Metrics,
  type SizeBy,
} from './appearance.js';
import { detectCapabilities } from './capabilities.js';
import { createDetailsPanel } from './details-panel.js';
import { byId, download, element } from './element.js';
import { attachEntityPicker } from './entity-picker.js';
import { attachFilters, type FilterState } from './filters.js';
import { createExplorerGraph, mergeSubgraph } from './graph-model.js';
import { createGraphView } from './graph-view.js';
import { requestGraphQL } from './graphql-client.js';
import { renderInView } from './in-view-list.js';
import { renderLegend } from './legend.js';
import {
  allShortestPathsQuery,
  ENTITY_QUERY,
  neighborhoodQuery,
  RELATIONSHIP_QUERY,
  shortestPathQuery,
  SUMMARY_QUERY,
} from './queries.js';
import { attachSearchBox } from './search-box.js';
import { downloadServerExport, EXPORT_FORMATS } from './server-export.js';
import type { ShownGraph } from './shown-selection.js';

const STARTERS = [
  { id: 'city:wenzhou', name: 'Wenzhou' },
  { id: 'district:jiading', name: 'Jiading' },
  { id: 'city:shanghai', name: 'Shanghai' },
];

async function main(): Promise<void> {
  const capabilities = await detectCapabilities();
  const graph = createExplorerGraph();
  const statusLine = byId('status');
  const empty = byId('empty');

  /** Entities whose neighbourhoods are drawn, in the order they were loaded. */
  let seeds: string[] = [];
  let lastPath: { from: string; to: string } | null = null;
  let filters: FilterState = { relationshipTypes: null, asOf: null };
  let colorBy: ColorBy = 'kind';
  let sizeBy: SizeBy = 'degree';
  let metrics: Metrics = new Map();

  const status = (text: string, isError = false) => {
    statusLine.textContent = text;
    statusLine.classList.toggle('error', isError);
  };
  /**
   * Runs a user action after the ones before it, reporting its failure in the status line. One at a
   * time: two loads interleaving their awaits would merge into one drawing.
   */
  let queue = Promise.resolve();
  const act = (action: () => Promise<void>): Promise<void> =>
    (queue = queue.then(async () => {
      document.body.classList.add('busy');
      try {
        await action();
      } catch (error) {
        status(error instanceof Error ? error.message : String(error), true);
      } finally {
        document.body.classList.remove('busy');
      }
    }));
  const withTime = () => capabilities.timeFilter && filters.asOf !== null;
  const filterVariables = () => ({
    types: filters.relationshipTypes,
    ...(withTime() ? { time: { asOf: filters.asOf } } : {}),
  });
  const shown = (): ShownGraph => ({ entities: graph.nodes(), seeds, filters });

  const view = createGraphView({
    container: byId('graph'),
    graph,
    onNodeClick: (id) => void act(() => expand(id)),
    onEdgeClick: (id) => void act(() => showRelationship(id)),
  });

  const panel = createDetailsPanel(byId('details'), {
    showEntity: (id) => void act(() => showEntity(id)),
    expand: (id) => void act(() => expand(id)),
    showRelationship: (id) => void act(() => showRelationship(id)),
  });

  async function showEntity(id: string): Promise<void> {
    view.select({ node: id });
    const { entity } = await requestGraphQL<{ entity: EntityDetail | null }>(ENTITY_QUERY, { id });
    if (entity) panel.entity(entity);
    else panel.message(`There is no entity ${id}.`);
  }

  async function showRelationship(id: string): Promise<void> {
    view.select({ edge: id });
    const { relationship } = await requestGraphQL<{ relationship: RelationshipDetail | null }>(
      RELATIONSHIP_QUERY,
      { id },
    );
    if (relationship) panel.relationship(relationship);
    else panel.message(`There is no relationship ${id}.`);
  }

  async function fetchNeighborhood(id: string): Promise<SubgraphData> {
    const data = await requestGraphQL<{ neighborhood: SubgraphData }>(neighborhoodQuery(withTime()), {
      id,
      ...filterVariables(),
    });
    return data.neighborhood;
  }

  /** Replaces the drawing with one entity's neighbourhood. */
  async function load(id: string): Promise<void> {
    const subgraph = await fetchNeighborhood(id);
    graph.clear();
    seeds = [id];
    lastPath = null;
    view.highlight([], []);
    mergeSubgraph(graph, subgraph);
    await redraw();
    view.resetCamera();
    status(
      `${nameOf(id)}: ${graph.order} entities, ${graph.size} relationships${subgraph.truncated ? ' (cut at the limit)' : ''}.`,
    );
    await showEntity(id);
  }

  /** Merges an entity's neighbourhood into the drawing. */
  async function expand(id: string): Promise<void> {
    if (graph.order === 0) return load(id);
    const subgraph = await fetchNeighborhood(id);
    if (!seeds.includes(id)) seeds.push(id);
    const added = mergeSubgraph(graph, subgraph, id);
    await redraw();
    status(
      `Expanded ${nameOf(id)}: ${added} new entit${added === 1 ? 'y' : 'ies'}; ${graph.order} entities, ${graph.size} relationships in view.`,
    );
    await showEntity(id);
  }

  async function findPath(from: string, to: string): Promise<void> {
    const variables = { from, to, ...filterVariables() };
    const paths = byId<HTMLInputElement>('all-paths').checked
      ? (await requestGraphQL<{ paths: PathData[] }>(allShortestPathsQuery(withTime()), variables)).paths
      : [
          (await requestGraphQL<{ shortestPath: PathData | null }>(shortestPathQuery(withTime()), variables))
            .shortestPath,
        ].filter((path): path is PathData => path !== null);
    lastPath = { from, to };
    for (const path of paths) mergeSubgraph(graph, path, graph.hasNode(from) ? from : undefined);
    view.highlight(
      paths.flatMap((path) => path.nodes.map((node) => node.id)),
      paths.flatMap((path) => path.relationships.map((relationship) => relationship.id)),
    );
    view.select({});
    await redraw();
    view.resetCamera();
    const names = new Map(graph.mapNodes((id, attributes) => [id, attributes.label] as const));
    panel.paths(paths, names);
    const first = paths[0];
    status(
      first
        ? `Path: ${first.nodes.map((node) => node.name).join(' → ')}.`
        : `No path from ${nameOf(from)} to ${nameOf(to)}.`,
    );
  }

  /** After the drawing changed: scores, colours, sizes, legend and the lists. */
  async function redraw(): Promise<void> {
    empty.hidden = graph.order > 0;
    metrics = new Map();
    if (graph.order > 0 && needsMetrics(colorBy, sizeBy)) {
      try {
        metrics = await fetchMetrics(shown());
      } catch (error) {
        status(
          `Analytics are not available: ${error instanceof Error ? error.message : String(error)}`,
          true,
        );
      }
    }
    applyAppearance(graph, colorBy, sizeBy, metrics);
    view.refresh();
    const communities = new Map([...metrics].map(([id, metric]) => [id, metric.community]));
    renderLegend(byId('legend'), graph, colorBy, communities);
    renderInView(byId('entity-list'), byId('relationship-list'), graph, {
      showEntity: (id) => void act(() => showEntity(id)),
      showRelationship: (id) => void act(() => showRelationship(id)),
    });
  }

  /** Loads every seed again (and the path) under the current filters. */
  async function reload(): Promise<void> {
    if (seeds.length === 0 && !lastPath) return;
    const [again, path] = [seeds, lastPath];
    graph.clear();
    seeds = [];
    view.highlight([], []);
    for (const id of again) {
      mergeSubgraph(graph, await fetchNeighborhood(id), id);
      seeds.push(id);
    }
    if (path) await findPath(path.from, path.to);
    await redraw();
    status(`Filters applied: ${graph.order} entities, ${graph.size} relationships.`);
  }

  function nameOf(id: string): string {
    return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
  }

  // Search.
  attachSearchBox({
    input: byId('search-input'),
    results: byId('search-results'),
    status: byId('search-status'),
    onChoose: (hit) => void act(() => load(hit.id)),
  });
  byId('starters').append(
    ...STARTERS.map((starter) =>
      element('button', { type: 'button', onclick: () => void act(() => load(starter.id)) }, starter.name),
    ),
  );

  // Path.
  const resolveFrom = attachEntityPicker(byId('path-from'), byId('path-from-options'));
  const resolveTo = attachEntityPicker(byId('path-to'), byId('path-to-options'));
  byId('all-paths-label').hidden = !capabilities.paths;
  byId('path-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void act(async () => {
      const [from, to] = await Promise.all([resolveFrom(), resolveTo()]);
      if (!from || !to) {
        status(
          `No entity matches ${!from ? '“From”' : '“To”'}; try another name or an id such as city:taizhou.`,
          true,
        );
        return;
      }
      await findPath(from, to);
    });
  });
  byId('path-clear').addEventListener('click', () => {
    lastPath = null;
    view.highlight([], []);
    status('Path cleared.');
  });

  // Filters.
  const summary = await requestGraphQL<{
    summary: { relationshipsByType: { type: string; count: number }[] };
  }>(SUMMARY_QUERY);
  filters = attachFilters({
    typeList: byId('type-filters'),
    asOf: byId('as-of'),
    types: summary.summary.relationshipsByType,
    timeFilter: capabilities.timeFilter,
    onChange: (next) => {
      filters = next;
      void act(reload);
    },
  })();

  // Appearance.
  const colorSelect = byId<HTMLSelectElement>('color-by');
  const sizeSelect = byId<HTMLSelectElement>('size-by');
  if (!capabilities.analytics) {
    for (const option of [...colorSelect.options, ...sizeSelect.options])
      if (option.value !== 'kind' && option.value !== 'degree') option.disabled = true;
  }
  const appearanceChanged = () => {
    colorBy = colorSelect.value as ColorBy;
    sizeBy = sizeSelect.value as SizeBy;
    void act(redraw);
  };
  colorSelect.addEventListener('change', appearanceChanged);
  sizeSelect.addEventListener('change', appearanceChanged);

  // Export.
  byId('export-png').addEventListener('click', () => {
    view.snapshot().toBlob((blob) => {
      if (blob) download(blob, 'yrd-graph.png');
    }, 'image/png');
  });
  const formatSelect = byId<HTMLSelectElement>('export-format');
  formatSelect.append(
    ...EXPORT_FORMATS.map(({ format, label }) => element('option', { value: format }, label)),
  );
  const exportButton = byId<HTMLButtonElement>('export-file');
  if (!capabilities.export) {
    exportButton.disabled = formatSelect.disabled = true;
    exportButton.title = 'This server cannot export yet.';
  }
  exportButton.addEventListener(
    'click',
    () =>
      void act(async () => {
        if (graph.order === 0) return status('Load something first: there is nothing to export.', true);
        status(`Saved ${await downloadServerExport(shown(), formatSelect.value)}.`);
      }),
  );

  // Stage tools.
  byId('fit').addEventListener('click', () => view.resetCamera());
  byId('clear').addEventListener('click', () => {
    graph.clear();
    seeds = [];
    lastPath = null;
    view.highlight([], []);
    void act(redraw);
    panel.message('Cleared. Search for an entity to start again.');
    status('');
  });

  document.body.dataset['ready'] = 'true';
  byId('search-input').focus();
}

main().catch((error: unknown) => {
  const statusLine = document.getElementById('status');
  if (statusLine)
    statusLine.textContent = `The explorer could not start: ${error instanceof Error ? error.message : String(error)}`;
});
