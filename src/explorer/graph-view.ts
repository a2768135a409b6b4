import Sigma from 'sigma';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './graph-model.js';
import { HIGHLIGHT_COLOR, MUTED_COLOR } from './palette.js';

export interface GraphViewOptions {
  container: HTMLElement;
  graph: ExplorerGraph;
  onNodeClick(id: string): void;
  onEdgeClick(id: string): void;
}

/** The sigma.js drawing of the explorer's graph, with path highlighting and a PNG snapshot. */
export interface GraphView {
  /** Draws these entities and relationships in the highlight colour and mutes the rest; empty clears. */
  highlight(nodes: Iterable<string>, edges: Iterable<string>): void;
  /** Marks the entity or relationship whose details are shown. */
  select(selection: { node?: string; edge?: string }): void;
  /** Fits the whole graph in view. */
  resetCamera(): void;
  /** The drawing as it is now, composed from sigma's layers on a white background. */
  snapshot(): HTMLCanvasElement;
  refresh(): void;
}

export function createGraphView(options: GraphViewOptions): GraphView {
  const { container, graph } = options;
  let highlightedNodes = new Set<string>();
  let highlightedEdges = new Set<string>();
  let selectedNode: string | undefined;
  let selectedEdge: string | undefined;
  let hoveredNode: string | undefined;

  const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    defaultEdgeType: 'arrow',
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1f2937' },
    labelDensity: 0.6,
    labelRenderedSizeThreshold: 8,
    zIndex: true,
    stagePadding: 40,
    nodeReducer(node, data) {
      const shown = { ...data, zIndex: 1 };
      const isHighlighted = highlightedNodes.has(node);
      if (highlightedNodes.size > 0 && !isHighlighted)
        Object.assign(shown, { color: MUTED_COLOR, zIndex: 0 });
      if (isHighlighted) Object.assign(shown, { forceLabel: true, zIndex: 2 });
      if (node === selectedNode || node === hoveredNode)
        Object.assign(shown, { highlighted: true, zIndex: 3 });
      return shown;
    },
    edgeReducer(edge, data) {
      const shown = { ...data, zIndex: 0 };
      if (highlightedEdges.has(edge)) Object.assign(shown, { color: HIGHLIGHT_COLOR, size: 4, zIndex: 2 });
      else if (highlightedNodes.size > 0) Object.assign(shown, { color: '#e6e9ef' });
      if (edge === selectedEdge) Object.assign(shown, { color: '#111827', size: 3.5, zIndex: 3 });
      if (hoveredNode && graph.hasExtremity(edge, hoveredNode) && !highlightedEdges.has(edge))
        Object.assign(shown, { color: '#7b8798', zIndex: 1 });
      return shown;
    },
  });

  renderer.on('clickNode', ({ node }) => options.onNodeClick(node));
  renderer.on('clickEdge', ({ edge }) => options.onEdgeClick(edge));
  renderer.on('enterNode', ({ node }) => {
    hoveredNode = node;
    container.style.cursor = 'pointer';
    container.title = `${graph.getNodeAttribute(node, 'label')} — click to expand`;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    hoveredNode = undefined;
    container.style.cursor = '';
    container.removeAttribute('title');
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('enterEdge', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveEdge', () => (container.style.cursor = ''));

  return {
    highlight(nodes, edges) {
      highlightedNodes = new Set(nodes);
      highlightedEdges = new Set(edges);
      renderer.refresh({ skipIndexation: true });
    },
    select(selection) {
      selectedNode = selection.node;
      selectedEdge = selection.edge;
      renderer.refresh({ skipIndexation: true });
    },
    resetCamera() {
      void renderer.getCamera().animatedReset({ duration: 300 });
    },
    snapshot() {
      // WebGL layers keep their pixels only until the browser composites the frame, so draw now and
      // copy every layer in the same task.
      renderer.refresh();
      const { width, height } = renderer.getDimensions();
      const ratio = window.devicePixelRatio || 1;
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('This browser cannot draw on a 2D canvas.');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      for (const layer of container.querySelectorAll('canvas'))
        context.drawImage(layer, 0, 0, canvas.width, canvas.height);
      return canvas;
    },
    refresh() {
      renderer.refresh();
    },
  };
}
