import type { ExplorerGraph } from './graph-model.js';
import type { GraphView } from './graph-view.js';
import type { LegendEntry } from './legend.js';

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const LEGEND_ROW = 18;
const LEGEND_WIDTH = 230;

/**
 * The drawing as a standalone SVG: the shown edges, nodes and placed labels at their screen positions,
 * with the legend in a column on the right (outside the drawing, so it covers nothing). Vector, so it
 * stays sharp at any size, and the PNG export rasterises it at a higher resolution.
 */
export function drawingAsSvg(
  graph: ExplorerGraph,
  view: GraphView,
  legend: { nodes: LegendEntry[]; edges: LegendEntry[] },
  title: string,
): { svg: string; width: number; height: number } {
  const { renderer } = view;
  const { width: drawingWidth, height: drawingHeight } = renderer.getDimensions();
  const legendRows = legend.nodes.length + legend.edges.length + 3;
  const width = drawingWidth + LEGEND_WIDTH;
  const height = Math.max(drawingHeight, 40 + legendRows * LEGEND_ROW);
  const parts: string[] = [];
  const at = (node: string) => {
    const display = renderer.getNodeDisplayData(node);
    return display && !display.hidden
      ? {
          ...renderer.framedGraphToViewport(display),
          size: renderer.scaleSize(display.size),
          color: display.color,
        }
      : null;
  };

  parts.push(
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="context-stroke"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  );
  graph.forEachEdge((edge, _attributes, source, target) => {
    const display = renderer.getEdgeDisplayData(edge);
    const from = at(source);
    const to = at(target);
    if (!display || display.hidden || !from || !to) return;
    // Stop the line at the target's rim so the arrowhead shows.
    const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    const endX = to.x - ((to.x - from.x) / length) * to.size;
    const endY = to.y - ((to.y - from.y) / length) * to.size;
    const marker = display.type === 'arrow' ? ' marker-end="url(#arrow)"' : '';
    parts.push(
      `<line x1="${r(from.x)}" y1="${r(from.y)}" x2="${r(endX)}" y2="${r(endY)}" stroke="${display.color}" stroke-width="${r(Math.max(1, renderer.scaleSize(display.size) / 2))}"${marker}/>`,
    );
  });
  graph.forEachNode((node, attributes) => {
    const point = at(node);
    if (!point) return;
    parts.push(
      `<circle cx="${r(point.x)}" cy="${r(point.y)}" r="${r(point.size)}" fill="${point.color}" stroke="#ffffff" stroke-width="1"><title>${escape(attributes.label)}</title></circle>`,
    );
  });
  for (const box of view.placedLabels().values())
    parts.push(
      `<text x="${r(box.x)}" y="${r(box.y + box.fontSize - 1)}" font-size="${box.fontSize}" font-weight="500" fill="#1f2937" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escape(box.text)}</text>`,
    );

  let y = 28;
  const legendX = drawingWidth + 16;
  parts.push(
    `<line x1="${drawingWidth}" y1="0" x2="${drawingWidth}" y2="${height}" stroke="#e3e7ee"/>`,
    `<text x="${legendX}" y="${y}" font-size="13" font-weight="700" fill="#172033">${escape(title)}</text>`,
  );
  for (const [heading, entries] of [
    ['Entities', legend.nodes],
    ['Relationships', legend.edges],
  ] as const) {
    y += LEGEND_ROW + 6;
    parts.push(
      `<text x="${legendX}" y="${y}" font-size="11" font-weight="700" fill="#4b5568">${heading.toUpperCase()}</text>`,
    );
    for (const entry of entries) {
      y += LEGEND_ROW;
      parts.push(
        entry.mark === 'dot'
          ? `<circle cx="${legendX + 6}" cy="${y - 4}" r="5" fill="${entry.color}"/>`
          : `<line x1="${legendX}" y1="${y - 4}" x2="${legendX + 14}" y2="${y - 4}" stroke="${entry.color}" stroke-width="3"${entry.mark === 'arrow' ? ' marker-end="url(#arrow)"' : ''}/>`,
        `<text x="${legendX + 22}" y="${y}" font-size="12" fill="#172033">${escape(entry.name)} (${entry.count})</text>`,
      );
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">${parts.join('')}</svg>`;
  return { svg, width, height };
}

/** Rasterises an SVG at `scale` times its size (3 gives print quality for a screen-sized drawing). */
export async function svgToPng(
  svg: { svg: string; width: number; height: number },
  scale: number,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw pictures for export.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function r(value: number): string {
  return value.toFixed(1);
}

function escape(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!,
  );
}
