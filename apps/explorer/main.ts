import './explorer.css';
import { applyAppearance, fetchMetrics, needsMetrics, type Metrics } from './appearance.js';
import { createDetailsPanel } from './details-panel.js';
import { createTimelineView } from './timeline-view.js';
import { createDrawers } from './drawers.js';
import { byId, download, element } from './element.js';
import { attachEntityPicker } from './entity-picker.js';
import { createFiltersPanel, describeHidden, hiddenBecause } from './filters.js';
import {
  ExplorerEntityDocument,
  ExplorerRelationshipDocument,
  ExplorerSummaryDocument,
  type ExportFormat,
} from './generated/graphql.js';
import { createExplorerGraph, mergeSubgraph } from './graph-model.js';
import { createGraphSource, type PathPart } from './graph-source.js';
import { createGraphView } from './graph-view.js';
import { GraphQLRequestError, requestGraphQL } from './graphql-client.js';
import { describeRelationship, renderInView } from './in-view-list.js';
import { attachKeyDialog } from './key-dialog.js';
import { legendEntries, renderLegend } from './legend.js';
import { foldLegendWhenCramped } from './legend-fold.js';
import { checkLinkedView, describeMalformed } from './link-check.js';
import { applyMapLayout } from './map-layout.js';
import { humanize } from './palette.js';
import { drawingAsSvg, svgToPng } from './picture-export.js';
import { createPlanReader } from './plan-reader.js';
import { attachSearchBox } from './search-box.js';
import { attachSkipLink } from './skip-link.js';
import { downloadServerExport, EXPORT_FORMATS } from './server-export.js';
import { decodeViewState, EMPTY_VIEW, encodeViewState, type ViewState } from './view-state.js';

const STARTERS = [
  { id: 'city:wenzhou', name: 'Wenzhou' },
  { id: 'district:jiading', name: 'Jiading' },
  { id: 'city:shanghai', name: 'Shanghai' },
];

/** The PNG export's resolution, in times the drawing's size on screen. */
const PNG_SCALE = 3;

async function main(): Promise<void> {
  const graph = createExplorerGraph();
  const source = createGraphSource();
  // The view is made below; no drawer moves before main() has run to its end.
  const drawers = createDrawers(() => view.refresh());
  const statusLine = byId('status');
  const empty = byId('empty');

  /** The state drawn now; every change goes through `go` (a new history entry) or `replace`. */
  let state: ViewState = EMPTY_VIEW;
  /** The drawn steps and path, to tell a growth (only new nodes move) from a change that needs a replay. */
  let drawn: Pick<ViewState, 'steps' | 'path'> & { types: string[] | null; asOf: string | null } = {
    steps: [],
    path: null,
    types: null,
    asOf: null,
  };
  let paths: PathPart[] = [];
  let metrics: Metrics = new Map();
  let unplaced = new Set<string>();
  /** Ids the last drawing asked for that the server does not hold (a stale or mistyped permalink). */
  let leftOut: string[] = [];
  /** The selection the state names when the server does not hold it (a stale or mistyped `sel=`). */
  let missingSelection: string | null = null;
  /** The path the state names when the server does not hold one of its ends (a stale `path=`). */
  let missingPath: ViewState['path'] = null;
  /** What the opened link named that is not an id or a type, said once after its first drawing. */
  let malformedInLink: string[] = [];
  let historyIndex = 0;
  let historyTop = 0;

  const status = (text: string, isError = false) => {
    statusLine.textContent = text;
    statusLine.classList.toggle('error', isError);
  };
  /** The status after drawing a view from the address: what it left out if anything, else the counts. */
  const drawnStatus = () => {
    const missing = [
      malformedInLink.length > 0 ? describeMalformed(malformedInLink) : '',
      leftOut.length > 0
        ? `${leftOut.map((id) => `“${id}”`).join(', ')} ${leftOut.length === 1 ? 'is' : 'are'} not in the graph any more, so ${leftOut.length === 1 ? 'it was' : 'they were'} left out.`
        : '',
      // Said here as well as in the details: on a narrow screen the details are a closed drawer.
      missingSelection !== null
        ? `“${missingSelection}” is not in the graph any more, so nothing is selected.`
        : '',
      missingPath !== null
        ? `The path from “${missingPath.from}” to “${missingPath.to}” was left out: one of its ends is not in the graph any more.`
        : '',
    ].filter(Boolean);
    if (missing.length > 0) status(missing.join(' '), true);
    else if (graph.order === 0) status('Nothing drawn.');
    else status(`${nodeShown.size} entities, ${graph.size} relationships in view.`);
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

  const nameOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const labels = () => new Map(graph.mapNodes((id, attributes) => [id, attributes.label] as const));
  const seedIds = () =>
    new Set([...state.steps.map((step) => step.id), ...(state.path ? [state.path.from, state.path.to] : [])]);
  const isEdgeShown = (id: string) => hiddenBecause(graph.getEdgeAttributes(id), state.filters) === null;
  let nodeShown = new Set<string>();
  const isNodeShown = (id: string) => nodeShown.has(id);

  /** Entities shown: not hidden, placed on the map if the map is on, and with a shown relationship (or a seed). */
  const computeShownNodes = () => {
    const hidden = new Set(state.hidden);
    const seeds = seedIds();
    nodeShown = new Set(
      graph.filterNodes(
        (id) =>
          !hidden.has(id) &&
          !unplaced.has(id) &&
          (seeds.has(id) || graph.degree(id) === 0 || graph.someEdge(id, (edge) => isEdgeShown(edge))),
      ),
    );
  };

  const view = createGraphView({
    container: byId('graph'),
    graph,
    // What lies over the drawing: the zoom buttons, and on a narrow screen an open drawer (beside the
    // drawing on a wide one, where it covers nothing).
    coveredBy: () => [...document.querySelectorAll('.zoom-tools, .drawer.open')],
    onSelectNode: (id) => void act(() => select(id, true)),
    onExpandNode: (id) => void act(() => expand(id, null)),
    onHideNode: (id) => void act(() => hide(id)),
    onSelectEdge: (id) => void act(() => select(id, true)),
    onFocusNode: (id) => {
      const label = byId('focus-name');
      label.hidden = id === null;
      if (id)
        label.textContent = `${nameOf(id)} · ${humanize(graph.getNodeAttribute(id, 'kind'))} — Enter: details · E: expand · H: hide`;
    },
  });

  const planReader = createPlanReader({
    showEntity: (id) => void act(() => select(id, true)),
    showRelationship: (id) => void act(() => select(id, true)),
  });
  const panel = createDetailsPanel(byId('details'), {
    showEntity: (id) => void act(() => select(id, true)),
    expand: (id, types) => void act(() => expand(id, types)),
    hide: (id) => void act(() => hide(id)),
    showRelationship: (id) => void act(() => select(id, true)),
    readInPlan: (target, opener) => planReader.open(target, opener),
  });
  const timeline = createTimelineView(byId('timeline'));

  // ——— Drawing a state ———

  /** Makes the drawing match `next`: grows it when `next` only adds steps, replays it otherwise. */
  async function draw(next: ViewState): Promise<string[]> {
    const sameBase =
      drawn.types === null &&
      next.steps.length >= drawn.steps.length &&
      drawn.steps.every((step, index) => sameStep(step, next.steps[index])) &&
      (drawn.path === null || samePath(drawn.path, next.path)) &&
      (next.path === null || (sameList(drawn.types, next.filters.types) && drawn.asOf === next.filters.asOf));
    applyMapLayout(graph, false);
    let added: string[] = [];
    leftOut = [];
    if (!sameBase) {
      graph.clear();
      drawn = { steps: [], path: null, types: null, asOf: null };
      paths = [];
    }
    for (const step of next.steps.slice(drawn.steps.length)) {
      let part;
      try {
        part = await source.neighborhood(step.id, step.types);
      } catch (error) {
        if (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND') {
          leftOut.push(step.id);
          continue;
        }
        throw error;
      }
      added = mergeSubgraph(graph, part, graph.hasNode(step.id) ? step.id : undefined);
    }
    drawn.steps = next.steps;
    if (next.path && !samePath(drawn.path, next.path)) {
      const { from, to, all } = next.path;
      missingPath = null;
      try {
        paths = await source.paths(from, to, all, next.filters.types, next.filters.asOf);
      } catch (error) {
        // As for a step: a stale end leaves the path out, not the whole drawing.
        if (!(error instanceof GraphQLRequestError && error.code === 'NOT_FOUND')) throw error;
        paths = [];
        missingPath = next.path;
      }
      for (const path of paths) mergeSubgraph(graph, path, graph.hasNode(from) ? from : undefined);
    }
    if (!next.path) {
      paths = [];
      missingPath = null;
    }
    drawn.path = next.path;
    drawn.types = next.path ? next.filters.types : null;
    drawn.asOf = next.path ? next.filters.asOf : null;
    unplaced = new Set(applyMapLayout(graph, next.layout === 'map'));
    return added;
  }

  /** Everything that follows from the state once the graph is drawn: visibility, colours, legend, lists. */
  async function paint(next: ViewState, graphChanged: boolean): Promise<void> {
    computeShownNodes();
    view.setVisible(isNodeShown, isEdgeShown);
    view.highlight(
      paths.flatMap((path) => path.nodes.map((node) => node.id)),
      paths.flatMap((path) => path.relationships.map((relationship) => relationship.id)),
    );
    view.setEdgeLabels(next.edgeLabels);
    empty.hidden = graph.order > 0;
    if (graphChanged || needsMetrics(next.colorBy, next.sizeBy) !== metrics.size > 0) {
      metrics = new Map();
      if (graph.order > 0 && needsMetrics(next.colorBy, next.sizeBy)) {
        try {
          metrics = await fetchMetrics({
            entities: [...nodeShown],
            seeds: next.steps.map((step) => step.id),
            filters: next.filters,
          });
        } catch (error) {
          status(
            `Communities and scores are not available: ${error instanceof Error ? error.message : String(error)}`,
            true,
          );
        }
      }
    }
    applyAppearance(graph, next.colorBy, next.sizeBy, metrics);
    view.refresh();
    const communities = new Map([...metrics].map(([id, metric]) => [id, metric.community]));
    renderLegend(
      byId('legend'),
      legendEntries(
        graph,
        next.colorBy,
        communities,
        (id) => isEdgeShown(id) && graph.extremities(id).every(isNodeShown),
      ),
    );
    renderInView(
      byId('entity-list'),
      byId('relationship-list'),
      graph,
      {
        showEntity: (id) => void act(() => select(id, true)),
        showRelationship: (id) => void act(() => select(id, true)),
      },
      isNodeShown,
      isEdgeShown,
    );
    describeFilters(next);
    syncControls(next);
  }

  function describeFilters(next: ViewState): void {
    const counts = { type: 0, status: 0, date: 0, undated: 0 };
    let undatedShown = 0;
    graph.forEachEdge((_edge, attributes) => {
      const reason = hiddenBecause(attributes, next.filters);
      if (reason) counts[reason] += 1;
      else if (next.filters.asOf && !attributes.validFrom && !attributes.validTo) undatedShown += 1;
    });
    const hiddenEntities =
      graph.order - nodeShown.size - next.hidden.filter((id) => graph.hasNode(id)).length - unplaced.size;
    const extra = [
      hiddenEntities > 0
        ? `${hiddenEntities} entit${hiddenEntities === 1 ? 'y is' : 'ies are'} hidden because none of ${hiddenEntities === 1 ? 'its' : 'their'} relationships is shown.`
        : '',
      next.hidden.length > 0
        ? `${next.hidden.length} hidden by you (${next.hidden.map(nameOf).join(', ')}).`
        : '',
      unplaced.size > 0
        ? `The map leaves out ${unplaced.size} entit${unplaced.size === 1 ? 'y' : 'ies'} with no place to put ${unplaced.size === 1 ? 'it' : 'them'}.`
        : '',
    ].filter(Boolean);
    byId('filter-summary').textContent =
      graph.size === 0
        ? 'Nothing is drawn yet.'
        : [describeHidden(counts, graph.size, undatedShown, next.filters), ...extra].join(' ');
  }

  /**
   * Shows the selected entity's or relationship's details; with nothing selected, the drawn path, or with
   * no path either, the panel's first words. Always from the state, so a path cleared, undone or gone Back
   * from leaves the details as well as the drawing.
   */
  async function showSelection(next: ViewState): Promise<void> {
    const id = next.selected;
    missingSelection = null;
    view.select(id === null ? {} : graph.hasEdge(id) ? { edge: id } : { node: id });
    if (id === null || id.includes('-[')) timeline.clear();
    if (id === null) {
      if (next.path && missingPath === null) panel.paths(paths, labels());
      else panel.intro();
      return;
    }
    if (id.includes('-[')) {
      const { relationship } = await requestGraphQL(ExplorerRelationshipDocument, { id });
      if (relationship) panel.relationship(relationship);
      else {
        missingSelection = id;
        panel.message('That relationship is no longer in the graph.');
      }
      return;
    }
    const { entity } = await requestGraphQL(ExplorerEntityDocument, { id });
    if (!entity) {
      missingSelection = id;
      panel.message(`“${nameOf(id)}” is no longer in the graph.`);
      return;
    }
    const inView = graph.hasNode(id)
      ? graph
          .filterEdges(id, (edge) => isEdgeShown(edge) && graph.extremities(edge).every(isNodeShown))
          .map((edge) => ({ id: edge, text: describeRelationship(graph, edge) }))
      : [];
    panel.entity(entity, inView, graph.hasNode(id));
    // Not awaited: the timeline fills in beside the details, and the view (its address, the status) is
    // settled without waiting for it.
    void timeline.show(entity.id, entity.name, entity.kind);
  }

  /** Draws `next` and makes it the state. */
  async function apply(next: ViewState): Promise<string[]> {
    const before = state;
    const graphChanged =
      !sameSteps(before.steps, next.steps) ||
      !samePath(before.path, next.path) ||
      before.layout !== next.layout ||
      // A path is asked for under the type and date filters, so it is asked again when they change.
      (next.path !== null &&
        (!sameList(before.filters.types, next.filters.types) || before.filters.asOf !== next.filters.asOf)) ||
      graph.order === 0;
    const added = graphChanged ? await draw(next) : [];
    state = next;
    await paint(next, graphChanged);
    if (next.selected !== before.selected || graphChanged) await showSelection(next);
    if (
      graphChanged &&
      (before.steps.length === 0 || next.steps.length < before.steps.length || next.layout !== before.layout)
    )
      view.fit();
    updateUndo();
    return added;
  }

  /** A change the analyst made: a new history entry (so Back and Undo return to the view before). */
  async function go(next: ViewState): Promise<string[]> {
    const added = await apply(next);
    historyIndex += 1;
    historyTop = historyIndex;
    history.pushState({ index: historyIndex }, '', encodeViewState(next) || location.pathname);
    updateUndo();
    return added;
  }

  /** A change not worth a history entry (what is selected): the URL follows, Back skips it. */
  async function replace(next: ViewState): Promise<void> {
    await apply(next);
    history.replaceState({ index: historyIndex }, '', encodeViewState(next) || location.pathname);
  }

  function updateUndo(): void {
    byId<HTMLButtonElement>('undo').disabled = historyIndex === 0;
    byId<HTMLButtonElement>('redo').disabled = historyIndex >= historyTop;
  }

  // ——— What the analyst does ———

  async function load(id: string): Promise<void> {
    await go({ ...state, steps: [{ id, types: null }], path: null, hidden: [], selected: id });
    const truncated = (await source.neighborhood(id, null)).truncated;
    status(
      `${nameOf(id)}: ${nodeShown.size} entities, ${graph.size} relationships${truncated ? ' (the server cut this neighbourhood at its limit)' : ''}.`,
    );
  }

  async function expand(id: string, types: string[] | null): Promise<void> {
    if (state.steps.length === 0 && !state.path) return load(id);
    const added = await go({
      ...state,
      steps: [...state.steps, { id, types }],
      hidden: state.hidden.filter((hidden) => hidden !== id),
      selected: id,
    });
    const what = types ? ` (${types.map(humanize).join(', ')})` : '';
    status(
      added.length === 0
        ? `Expanded ${nameOf(id)}${what}: nothing new, every neighbour is already drawn.`
        : `Expanded ${nameOf(id)}${what}: ${added.length} new entit${added.length === 1 ? 'y' : 'ies'}; ${nodeShown.size} entities, ${graph.size} relationships in view.`,
    );
  }

  async function hide(id: string): Promise<void> {
    const name = nameOf(id);
    await go({
      ...state,
      hidden: [...new Set([...state.hidden, id])],
      selected: state.selected === id ? null : state.selected,
    });
    if (state.selected === null) panel.message(`${name} is hidden. Undo brings it back.`);
    status(`Hid ${name}. Undo (Ctrl+Z) brings it back.`);
  }

  async function select(id: string, openDetails: boolean): Promise<void> {
    await replace({ ...state, selected: id });
    if (openDetails) drawers.open('details');
  }

  async function findPath(from: string, to: string, all: boolean): Promise<void> {
    await go({ ...state, path: { from, to, all }, selected: null });
    const first = paths[0];
    status(
      first
        ? `Path: ${first.nodes.map((node) => node.name).join(' → ')}.`
        : `No path joins ${nameOf(from)} and ${nameOf(to)} with the chosen filters.`,
    );
  }

  // ——— Wiring ———

  attachSkipLink(byId<HTMLAnchorElement>('skip-link'));
  foldLegendWhenCramped(byId<HTMLDetailsElement>('legend-box'));
  // A new key changes what the server answers; starting again (the view is in the URL, the key in this
  // tab's session) retries everything with it.
  attachKeyDialog(() => location.reload());

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

  const resolveFrom = attachEntityPicker(byId('path-from'), byId('path-from-options'));
  const resolveTo = attachEntityPicker(byId('path-to'), byId('path-to-options'));
  byId('path-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void act(async () => {
      const [from, to] = await Promise.all([resolveFrom(), resolveTo()]);
      if (!from || !to) {
        const typed = byId<HTMLInputElement>(!from ? 'path-from' : 'path-to').value;
        status(`Nothing matches “${typed}”. Try another spelling, or pick a suggestion from the list.`, true);
        return;
      }
      await findPath(from, to, byId<HTMLInputElement>('all-paths').checked);
      if (!drawers.isWide()) drawers.open('details');
    });
  });
  byId('path-clear').addEventListener(
    'click',
    () =>
      void act(async () => {
        await go({ ...state, path: null });
        status('Path cleared.');
      }),
  );

  const filtersPanel = createFiltersPanel({
    typeList: byId('type-filters'),
    statusList: byId('status-filters'),
    asOf: byId('as-of'),
    hideUndated: byId('hide-undated'),
    types: (
      await requestGraphQL(ExplorerSummaryDocument, {}).catch((error: unknown) => {
        // Most often the server wants a key: say so now, before the analyst searches.
        status(error instanceof Error ? error.message : String(error), true);
        return { summary: { relationshipsByType: [] } };
      })
    ).summary.relationshipsByType,
    onChange: (filters) =>
      void act(async () => {
        await go({ ...state, filters });
        status(byId('filter-summary').textContent ?? '');
      }),
  });

  const layoutSelect = byId<HTMLSelectElement>('layout-mode');
  const colorSelect = byId<HTMLSelectElement>('color-by');
  const sizeSelect = byId<HTMLSelectElement>('size-by');
  const edgeLabels = byId<HTMLInputElement>('edge-labels');
  const appearanceChanged = () => {
    // Read now, not when the action's turn comes: an action still running (the communities a colour
    // asks for are fetched) puts the controls back to its own state when it ends (syncControls), and a
    // change made meanwhile was read from the reverted controls and lost.
    const chosen = {
      layout: layoutSelect.value as ViewState['layout'],
      colorBy: colorSelect.value as ViewState['colorBy'],
      sizeBy: sizeSelect.value as ViewState['sizeBy'],
      edgeLabels: edgeLabels.checked,
    };
    void act(async () => {
      await go({ ...state, ...chosen });
      if (state.layout === 'map')
        status(
          `Map: ${graph.filterNodes((_id, attributes) => attributes.latitude !== null).length} places at their coordinates; others beside their places.`,
        );
    });
  };
  for (const control of [layoutSelect, colorSelect, sizeSelect, edgeLabels])
    control.addEventListener('change', appearanceChanged);

  /** Puts the controls in line with a state that came from the URL, Back or Undo. */
  function syncControls(next: ViewState): void {
    filtersPanel.set(next.filters);
    layoutSelect.value = next.layout;
    colorSelect.value = next.colorBy;
    sizeSelect.value = next.sizeBy;
    edgeLabels.checked = next.edgeLabels;
  }

  // Export.
  const picture = () => {
    const communities = new Map([...metrics].map(([id, metric]) => [id, metric.community]));
    const title = state.steps.map((step) => nameOf(step.id)).join(', ') || 'yrd-graph';
    return drawingAsSvg(
      graph,
      view,
      legendEntries(
        graph,
        state.colorBy,
        communities,
        (id) => isEdgeShown(id) && graph.extremities(id).every(isNodeShown),
      ),
      title,
    );
  };
  byId('export-png').addEventListener(
    'click',
    () =>
      void act(async () => {
        if (graph.order === 0) return status('Load something first: there is nothing to export.', true);
        download(await svgToPng(picture(), PNG_SCALE), 'yrd-graph.png');
        status('Saved yrd-graph.png.');
      }),
  );
  byId('export-svg').addEventListener(
    'click',
    () =>
      void act(async () => {
        if (graph.order === 0) return status('Load something first: there is nothing to export.', true);
        download(new Blob([picture().svg], { type: 'image/svg+xml' }), 'yrd-graph.svg');
        status('Saved yrd-graph.svg.');
      }),
  );
  const formatSelect = byId<HTMLSelectElement>('export-format');
  formatSelect.append(
    ...EXPORT_FORMATS.map(({ format, label }) => element('option', { value: format }, label)),
  );
  byId('export-file').addEventListener(
    'click',
    () =>
      void act(async () => {
        if (graph.order === 0) return status('Load something first: there is nothing to export.', true);
        const shown = {
          entities: [...nodeShown],
          seeds: state.steps.map((step) => step.id),
          filters: state.filters,
        };
        status(`Saved ${await downloadServerExport(shown, formatSelect.value as ExportFormat)}.`);
      }),
  );

  // Stage tools.
  byId('fit').addEventListener('click', () => view.fit());
  byId('zoom-in').addEventListener('click', () => view.zoom(1.5));
  byId('zoom-out').addEventListener('click', () => view.zoom(1 / 1.5));
  byId('undo').addEventListener('click', () => history.back());
  byId('redo').addEventListener('click', () => history.forward());
  byId('clear').addEventListener(
    'click',
    () =>
      void act(async () => {
        await go({
          ...EMPTY_VIEW,
          colorBy: state.colorBy,
          sizeBy: state.sizeBy,
          layout: state.layout,
          edgeLabels: state.edgeLabels,
          filters: state.filters,
        });
        panel.message('Cleared. Search for an entity to start again; Undo brings the drawing back.');
        status('');
      }),
  );
  document.addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof HTMLInputElement ||
      event.target instanceof HTMLSelectElement ||
      event.target instanceof HTMLTextAreaElement;
    if (typing || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey && historyIndex > 0) history.back();
    else if ((key === 'y' || (key === 'z' && event.shiftKey)) && historyIndex < historyTop) history.forward();
    else return;
    event.preventDefault();
  });
  window.addEventListener('popstate', (event) => {
    const index = (event.state as { index?: number } | null)?.index ?? 0;
    void act(async () => {
      historyIndex = index;
      malformedInLink = [];
      await apply(decodeViewState(location.search));
      drawnStatus();
    });
  });

  /** Draws the view the URL names (a permalink, a reload), or the empty page. */
  async function start(): Promise<void> {
    historyIndex = (history.state as { index?: number } | null)?.index ?? 0;
    historyTop = historyIndex;
    const { state: fromUrl, malformed } = checkLinkedView(decodeViewState(location.search));
    malformedInLink = malformed;
    // The address keeps what was drawn and loses what could not be, so a copy of it is a good link.
    // (The hash is the plan reader's, and stays.)
    const address =
      malformed.length > 0
        ? `${encodeViewState(fromUrl) || location.pathname}${location.hash}`
        : location.href;
    history.replaceState({ index: historyIndex }, '', address);
    // A link that only selects (`?sel=`) shows that entity's details with nothing drawn, so it is
    // drawn like any other view rather than ignored.
    if (fromUrl.steps.length > 0 || fromUrl.path || fromUrl.selected) {
      drawn = { steps: [], path: null, types: null, asOf: null };
      state = { ...EMPTY_VIEW, steps: [] };
      await apply(fromUrl);
      // With nothing drawn, the details are all the link shows: on a narrow screen, open them.
      if (graph.order === 0 && fromUrl.selected && missingSelection === null) drawers.open('details');
      drawnStatus();
    } else {
      syncControls(fromUrl);
      state = fromUrl;
      if (malformed.length > 0) drawnStatus();
    }
  }
  await act(start);
  planReader.restore();

  // For the browser tests and the console: the drawn graph and the view (positions, placed labels).
  Object.assign(window, { yrdExplorer: { graph, view } });
  document.body.dataset['ready'] = 'true';
  // The focus is left at the start of the page, not put in the search box: there the first Tab reaches
  // the skip link, the keyboard's one way past the controls to the drawing.
}

function sameStep(
  a: ViewState['steps'][number] | undefined,
  b: ViewState['steps'][number] | undefined,
): boolean {
  return a !== undefined && b !== undefined && a.id === b.id && sameList(a.types, b.types);
}

function sameSteps(a: ViewState['steps'], b: ViewState['steps']): boolean {
  return a.length === b.length && a.every((step, index) => sameStep(step, b[index]));
}

function samePath(a: ViewState['path'], b: ViewState['path']): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to && a.all === b.all);
}

function sameList(a: string[] | null, b: string[] | null): boolean {
  return a === b || (a !== null && b !== null && a.join() === b.join());
}

main().catch((error: unknown) => {
  const statusLine = document.getElementById('status');
  if (statusLine)
    statusLine.textContent = `The explorer could not start: ${error instanceof Error ? error.message : String(error)}`;
});
