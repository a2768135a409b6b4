import Sigma from 'sigma';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './graph-model.js';
import { placeLabels, type LabelBox, type PlacedNode, type Rect } from './label-placement.js';
import { HIGHLIGHT_COLOR, MUTED_COLOR } from './palette.js';
import { relationshipName } from './relationship-style.js';
import { rootFontScale } from './root-font-scale.js';
import { nearestEdge, nodeInDirection, type ScreenEdge } from './screen-geometry.js';

export interface GraphViewOptions {
  container: HTMLElement;
  graph: ExplorerGraph;
  /** A click or tap on a node, or Enter on the focused one. */
  onSelectNode(id: string): void;
  /** A double click on a node, or E on the focused one. */
  onExpandNode(id: string): void;
  /** H or Delete on the focused node. */
  onHideNode(id: string): void;
  /** A click or tap on (or within a finger's width of) a relationship. */
  onSelectEdge(id: string): void;
  /** Keyboard focus moved to a node (null: left the drawing). */
  onFocusNode(id: string | null): void;
  /** The controls laid over the drawing (the zoom buttons): no label is placed under them. */
  coveredBy?: () => readonly Element[];
}

/** The sigma.js drawing: colours, visibility, highlight, selection, labels, keyboard and camera. */
export interface GraphView {
  /** What is drawn; the rest of the graph is kept but hidden. */
  setVisible(isNodeShown: (id: string) => boolean, isEdgeShown: (id: string) => boolean): void;
  /** Draws these entities and relationships in the highlight colour and mutes the rest; empty clears. */
  highlight(nodes: Iterable<string>, edges: Iterable<string>): void;
  /** Marks the entity or relationship whose details are shown. */
  select(selection: { node?: string | null; edge?: string | null }): void;
  setEdgeLabels(on: boolean): void;
  fit(): void;
  zoom(factor: number): void;
  refresh(): void;
  /** The labels as placed in the last frame, by node (for the picture export). */
  placedLabels(): ReadonlyMap<string, LabelBox>;
  /** The nodes whose placed label the last frame drew (a highlighted node's name is in sigma's hover box). */
  drawnLabels(): ReadonlySet<string>;
  renderer: Sigma<NodeAttributes, EdgeAttributes>;
}

/** The names' sizes at the browser's usual 16 px font; they grow and shrink with the reader's font size. */
const LABEL_SIZE = 12;
const EDGE_LABEL_SIZE = 11;
const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function createGraphView(options: GraphViewOptions): GraphView {
  const { container, graph } = options;
  let isNodeShown: (id: string) => boolean = () => true;
  let isEdgeShown: (id: string) => boolean = () => true;
  let highlightedNodes = new Set<string>();
  let highlightedEdges = new Set<string>();
  let selectedNode: string | null = null;
  let selectedEdge: string | null = null;
  let hoveredNode: string | null = null;
  let hoveredEdge: string | null = null;
  let focusedNode: string | null = null;
  let labels = new Map<string, LabelBox>();
  let labelsPlanned = false;
  const drawn = new Set<string>();
  let labelSize = LABEL_SIZE * rootFontScale();

  const priority = (id: string, attributes: NodeAttributes) =>
    (id === selectedNode || id === focusedNode ? 1e6 : 0) +
    (highlightedNodes.has(id) ? 1e5 : 0) +
    attributes.size;

  /** Where the controls laid over the drawing are, in the drawing's own pixels. */
  const coveredRects = (): Rect[] => {
    const origin = container.getBoundingClientRect();
    return (options.coveredBy?.() ?? []).map((element) => {
      const box = element.getBoundingClientRect();
      return { x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height };
    });
  };

  /** Runs once per frame, on the first label sigma asks for: every position is current by then. */
  const planLabels = (context: CanvasRenderingContext2D) => {
    labelsPlanned = true;
    context.font = `500 ${labelSize}px ${LABEL_FONT}`;
    const shown: (PlacedNode & { priority: number })[] = [];
    graph.forEachNode((id, attributes) => {
      if (!isNodeShown(id)) return;
      const display = renderer.getNodeDisplayData(id);
      if (!display) return;
      const at = renderer.framedGraphToViewport(display);
      shown.push({
        key: id,
        ...at,
        size: renderer.scaleSize(display.size),
        text: attributes.label,
        priority: priority(id, attributes),
      });
    });
    shown.sort((a, b) => b.priority - a.priority || a.key.localeCompare(b.key));
    labels = placeLabels(
      shown,
      (text) => context.measureText(text).width,
      labelSize,
      renderer.getDimensions(),
      coveredRects(),
    );
  };

  const renderer: Sigma<NodeAttributes, EdgeAttributes> = new Sigma<NodeAttributes, EdgeAttributes>(
    graph,
    container,
    {
      // A container can be zero-sized for a moment (a drawer animating, a phone rotating); draw nothing then.
      allowInvalidContainer: true,
      enableEdgeEvents: true,
      renderEdgeLabels: false,
      labelFont: LABEL_FONT,
      labelSize,
      labelWeight: '500',
      labelColor: { color: '#1f2937' },
      edgeLabelFont: LABEL_FONT,
      edgeLabelSize: EDGE_LABEL_SIZE * rootFontScale(),
      edgeLabelColor: { attribute: 'color' },
      zIndex: true,
      stagePadding: 30,
      defaultDrawNodeLabel(context, data) {
        if (!labelsPlanned) planLabels(context);
        const box = labels.get(data.key);
        // A highlighted node (selected, hovered, focused) has its full name drawn in a box beside it by
        // sigma's hover layer; its planned label would show the name a second time. Its place stays
        // planned, so no other label moves when a node is selected.
        if (!box || data.highlighted) return;
        drawn.add(data.key);
        context.fillStyle = '#1f2937';
        context.font = `500 ${box.fontSize}px ${LABEL_FONT}`;
        // A white halo keeps labels readable where they cross an edge.
        context.lineWidth = 3;
        context.strokeStyle = 'rgba(255,255,255,0.9)';
        const baseline = box.y + box.fontSize - 1;
        context.strokeText(box.text, box.x, baseline);
        context.fillText(box.text, box.x, baseline);
      },
      nodeReducer(node, data) {
        if (!isNodeShown(node)) return { ...data, hidden: true };
        // Every shown node is offered to the label drawer, which decides what fits.
        const shown = { ...data, forceLabel: true, zIndex: 1 };
        const isHighlighted = highlightedNodes.has(node);
        if (highlightedNodes.size > 0 && !isHighlighted)
          Object.assign(shown, { color: MUTED_COLOR, zIndex: 0 });
        if (isHighlighted) Object.assign(shown, { zIndex: 2 });
        if (node === selectedNode || node === hoveredNode || node === focusedNode)
          Object.assign(shown, { highlighted: true, zIndex: 3 });
        return shown;
      },
      edgeReducer(edge, data) {
        if (!isEdgeShown(edge) || !graph.extremities(edge).every(isNodeShown))
          return { ...data, hidden: true };
        const shown = { ...data, zIndex: 0, label: relationshipName(data.relType) };
        // Stated but not (yet) existing relations are drawn fainter.
        if (data.status === 'PLANNED' || data.status === 'PROPOSED') shown.color = `${data.color}88`;
        if (highlightedEdges.has(edge)) Object.assign(shown, { color: HIGHLIGHT_COLOR, size: 4, zIndex: 2 });
        else if (highlightedNodes.size > 0) Object.assign(shown, { color: '#e6e9ef' });
        const focus = hoveredNode ?? focusedNode;
        if (focus && graph.hasExtremity(edge, focus))
          Object.assign(shown, { size: data.size + 1.2, zIndex: 1 });
        if (edge === hoveredEdge) Object.assign(shown, { size: data.size + 2, zIndex: 3 });
        if (edge === selectedEdge) Object.assign(shown, { color: '#111827', size: 4, zIndex: 3 });
        return shown;
      },
    },
  );
  renderer.on('beforeRender', () => {
    labelsPlanned = false;
    drawn.clear();
    followRootFont();
  });

  /**
   * The reader may change the browser's font size with the page open: each frame reads it (a computed
   * style, cheap when nothing changed) before any name is drawn, so the frame that sees a change draws
   * it, in our labels and in sigma's own (the hovered name, the relationship labels).
   */
  function followRootFont() {
    const scale = rootFontScale();
    if (LABEL_SIZE * scale === labelSize) return;
    labelSize = LABEL_SIZE * scale;
    renderer.setSetting('labelSize', labelSize);
    renderer.setSetting('edgeLabelSize', EDGE_LABEL_SIZE * scale);
  }

  const refreshStyles = () => renderer.refresh({ skipIndexation: true });

  const screenEdges = function* (): Generator<ScreenEdge> {
    for (const edge of graph.edges()) {
      const display = renderer.getEdgeDisplayData(edge);
      if (!display || display.hidden) continue;
      const [source, target] = graph.extremities(edge);
      const from = renderer.getNodeDisplayData(source);
      const to = renderer.getNodeDisplayData(target);
      if (!from || !to) continue;
      yield { key: edge, from: renderer.framedGraphToViewport(from), to: renderer.framedGraphToViewport(to) };
    }
  };
  const tolerance = () => (matchMedia('(pointer: coarse)').matches ? 16 : 8);

  renderer.on('clickNode', ({ node }) => options.onSelectNode(node));
  renderer.on('doubleClickNode', (event) => {
    event.preventSigmaDefault();
    options.onExpandNode(event.node);
  });
  renderer.on('clickEdge', ({ edge }) => options.onSelectEdge(edge));
  renderer.on('clickStage', ({ event }) => {
    const edge = nearestEdge(screenEdges(), event, tolerance());
    if (edge) options.onSelectEdge(edge);
  });
  renderer.on('moveBody', ({ event }) => {
    if (hoveredNode) return;
    const edge = nearestEdge(screenEdges(), event, tolerance());
    if (edge === hoveredEdge) return;
    hoveredEdge = edge;
    container.style.cursor = edge ? 'pointer' : '';
    container.title = edge ? describeEdge(edge) : '';
    refreshStyles();
  });
  renderer.on('enterNode', ({ node }) => {
    hoveredNode = node;
    hoveredEdge = null;
    container.style.cursor = 'pointer';
    container.title = `${graph.getNodeAttribute(node, 'label')} — click for details, double-click to expand`;
    refreshStyles();
  });
  renderer.on('leaveNode', () => {
    hoveredNode = null;
    container.style.cursor = '';
    container.title = '';
    refreshStyles();
  });

  const describeEdge = (edge: string) => {
    const [source, target] = graph.extremities(edge);
    return `${graph.getNodeAttribute(source, 'label')} — ${relationshipName(graph.getEdgeAttribute(edge, 'relType'))} → ${graph.getNodeAttribute(target, 'label')}`;
  };

  const camera = renderer.getCamera();
  /**
   * Moves the camera: a short glide, or a jump for those who asked their system for less motion (a
   * drawing that pans and zooms by itself is what `prefers-reduced-motion` is for).
   */
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const moveCamera = (
    state: { x?: number; y?: number; ratio?: number; angle?: number },
    duration: number,
  ) => {
    if (reducedMotion.matches) camera.setState(state);
    else void camera.animate(state, { duration });
  };
  /** Sigma's own zoom step (its animatedZoom's default). */
  const ZOOM_STEP = 1.5;
  const zoomBy = (factor: number, duration: number) => moveCamera({ ratio: camera.ratio / factor }, duration);
  const reset = (duration: number) => moveCamera({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, duration);
  const focus = (id: string | null) => {
    focusedNode = id;
    options.onFocusNode(id);
    refreshStyles();
    if (!id) return;
    // Keep the focused node in view: pan to it when it is near or past an edge of the drawing.
    const at = renderer.graphToViewport(graph.getNodeAttributes(id));
    const { width, height } = renderer.getDimensions();
    if (at.x < 40 || at.y < 40 || at.x > width - 40 || at.y > height - 40) {
      const target = renderer.viewportToFramedGraph(at);
      moveCamera({ x: target.x, y: target.y }, 200);
    }
  };
  const shownNodes = () => graph.filterNodes((id) => isNodeShown(id));
  container.addEventListener('keydown', (event) => {
    const arrows: Record<string, 'left' | 'right' | 'up' | 'down'> = {
      ArrowLeft: 'left',
      ArrowRight: 'right',
      ArrowUp: 'up',
      ArrowDown: 'down',
    };
    const direction = arrows[event.key];
    if (direction) {
      event.preventDefault();
      const current = focusedNode && isNodeShown(focusedNode) ? focusedNode : null;
      if (!current) {
        const start = selectedNode && isNodeShown(selectedNode) ? selectedNode : largest(graph, shownNodes());
        focus(start);
        return;
      }
      const from = renderer.graphToViewport(graph.getNodeAttributes(current));
      const next = nodeInDirection(
        from,
        shownNodes().map((key) => ({ key, ...renderer.graphToViewport(graph.getNodeAttributes(key)) })),
        direction,
      );
      if (next) focus(next);
      return;
    }
    if (event.key === '+' || event.key === '=') zoomBy(ZOOM_STEP, 200);
    else if (event.key === '-') zoomBy(1 / ZOOM_STEP, 200);
    else if (event.key === '0') reset(200);
    else if (!focusedNode) return;
    else if (event.key === 'Enter' || event.key === ' ') options.onSelectNode(focusedNode);
    else if (event.key === 'e' || event.key === 'E') options.onExpandNode(focusedNode);
    else if (event.key === 'h' || event.key === 'H' || event.key === 'Delete')
      options.onHideNode(focusedNode);
    else if (event.key === 'Escape') focus(null);
    else return;
    event.preventDefault();
  });
  container.addEventListener('focus', () => {
    // Only keyboard focus marks a node: a click focuses the drawing too, and selects what it hit.
    if (container.matches(':focus-visible') && !focusedNode && selectedNode && isNodeShown(selectedNode))
      focus(selectedNode);
  });
  container.addEventListener('blur', () => {
    if (focusedNode) focus(null);
  });

  return {
    setVisible(nodes, edges) {
      isNodeShown = nodes;
      isEdgeShown = edges;
      refreshStyles();
    },
    highlight(nodes, edges) {
      highlightedNodes = new Set(nodes);
      highlightedEdges = new Set(edges);
      refreshStyles();
    },
    select(selection) {
      selectedNode = selection.node ?? null;
      selectedEdge = selection.edge ?? null;
      if (focusedNode && selectedNode) focusedNode = selectedNode;
      refreshStyles();
    },
    setEdgeLabels(on) {
      renderer.setSetting('renderEdgeLabels', on);
    },
    fit() {
      reset(300);
    },
    zoom(factor) {
      zoomBy(factor, 200);
    },
    refresh() {
      renderer.refresh();
    },
    placedLabels: () => labels,
    drawnLabels: () => drawn,
    renderer,
  };
}

function largest(graph: ExplorerGraph, nodes: string[]): string | null {
  let best: string | null = null;
  for (const node of nodes)
    if (best === null || graph.getNodeAttribute(node, 'degree') > graph.getNodeAttribute(best, 'degree'))
      best = node;
  return best;
}
