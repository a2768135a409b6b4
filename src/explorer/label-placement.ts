/** A node as it is drawn on screen, in CSS pixels. */
export interface PlacedNode {
  key: string;
  x: number;
  y: number;
  size: number;
  text: string;
}

/** Where a label goes relative to its node. */
export type LabelSide = 'right' | 'left' | 'below' | 'above';

export interface LabelBox {
  side: LabelSide;
  /** The text to draw: long names are shortened with an ellipsis (the full name shows on hover and focus). */
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Longest label drawn in full; longer names are shortened with "…". */
export const MAX_LABEL_CHARS = 26;

const SIDES: readonly LabelSide[] = ['right', 'left', 'below', 'above'];
const GAP = 3;

/**
 * Greedy, collision-free label placement: in priority order (the caller sorts, most important first),
 * each label tries the right, left, below and above of its node and takes the first place that touches
 * no label already placed and no other node's disc. Labels that fit nowhere are left out; they show on
 * hover and focus. Quadratic in the number of nodes, which is fine for the few hundred the explorer draws.
 */
export function placeLabels(
  nodes: readonly PlacedNode[],
  measure: (text: string) => number,
  fontSize: number,
  viewport: { width: number; height: number },
): Map<string, LabelBox> {
  const placed = new Map<string, LabelBox>();
  const boxes: LabelBox[] = [];
  const height = fontSize + 2;
  for (const node of nodes) {
    const text = shorten(node.text);
    if (!text) continue;
    const width = measure(text);
    for (const side of SIDES) {
      const box = boxBeside(node, side, width, height);
      const onScreen =
        box.x >= 0 &&
        box.y >= 0 &&
        box.x + box.width <= viewport.width &&
        box.y + box.height <= viewport.height;
      if (!onScreen) continue;
      if (boxes.some((other) => overlaps(box, other))) continue;
      if (nodes.some((other) => other.key !== node.key && coversDisc(box, other))) continue;
      const label = { ...box, side, text };
      placed.set(node.key, label);
      boxes.push(label);
      break;
    }
  }
  return placed;
}

export function shorten(text: string): string {
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : text;
}

function boxBeside(node: PlacedNode, side: LabelSide, width: number, height: number) {
  switch (side) {
    case 'right':
      return { x: node.x + node.size + GAP, y: node.y - height / 2, width, height };
    case 'left':
      return { x: node.x - node.size - GAP - width, y: node.y - height / 2, width, height };
    case 'below':
      return { x: node.x - width / 2, y: node.y + node.size + GAP, width, height };
    case 'above':
      return { x: node.x - width / 2, y: node.y - node.size - GAP - height, width, height };
  }
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function coversDisc(box: { x: number; y: number; width: number; height: number }, node: PlacedNode): boolean {
  const nearestX = Math.max(box.x, Math.min(node.x, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(node.y, box.y + box.height));
  return Math.hypot(node.x - nearestX, node.y - nearestY) < node.size;
}
