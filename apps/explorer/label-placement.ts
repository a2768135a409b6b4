/** A node as it is drawn on screen, in CSS pixels. */
export interface PlacedNode {
  key: string;
  x: number;
  y: number;
  size: number;
  text: string;
}

/** A rectangle in the drawing, in CSS pixels from its top left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label goes relative to its node. */
export type LabelSide =
  'right' | 'left' | 'below' | 'above' | 'above-right' | 'below-right' | 'above-left' | 'below-left';

export interface LabelBox {
  side: LabelSide;
  /** The text to draw: long names are shortened with an ellipsis (the full name shows on hover and focus). */
  text: string;
  /** In CSS pixels; the box is 2 px taller. */
  fontSize: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Longest label drawn in full; longer names are shortened with "…". */
export const MAX_LABEL_CHARS = 26;

/**
 * Where a full-length label fits nowhere, a shorter one is tried before the label is left out: in a
 * crowded neighbourhood (Wenzhou's has 80 and more neighbours) a name's first words still tell the
 * analyst which node is which, where no label tells nothing.
 */
export const CROWDED_LABEL_CHARS = 12;

// The cartographers' eight positions around a point, the four straight ones first (they read best).
const SIDES: readonly LabelSide[] = [
  'right',
  'left',
  'below',
  'above',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];
const GAP = 3;
/** A corner label starts just off the disc: cos 45° of the radius, plus the gap. */
const DIAGONAL = Math.SQRT1_2 + 0.15;

/**
 * Greedy, collision-free label placement: in priority order (the caller sorts, most important first),
 * each label tries the right, left, below and above of its node, then its four corners, and takes the first place that touches
 * no label already placed, no other node's disc and nothing `covered` (the controls laid over the
 * drawing, which would hide it), then the same places with a shorter text. Labels
 * that fit nowhere are left out; they show on hover and focus. Quadratic in the number of nodes, which
 * is fine for the few hundred the explorer draws.
 */
export function placeLabels(
  nodes: readonly PlacedNode[],
  measure: (text: string) => number,
  fontSize: number,
  viewport: { width: number; height: number },
  covered: readonly Rect[] = [],
): Map<string, LabelBox> {
  const placed = new Map<string, LabelBox>();
  const boxes: LabelBox[] = [];
  const height = fontSize + 2;
  for (const node of nodes) {
    for (const text of new Set([shorten(node.text), shorten(node.text, CROWDED_LABEL_CHARS)])) {
      if (!text) continue;
      const label = firstFreePlace(node, text, measure(text), height);
      if (!label) continue;
      placed.set(node.key, label);
      boxes.push(label);
      break;
    }
  }
  return placed;

  function firstFreePlace(node: PlacedNode, text: string, width: number, height: number): LabelBox | null {
    for (const side of SIDES) {
      const box = boxBeside(node, side, width, height);
      const onScreen =
        box.x >= 0 &&
        box.y >= 0 &&
        box.x + box.width <= viewport.width &&
        box.y + box.height <= viewport.height;
      if (!onScreen) continue;
      if (covered.some((rect) => overlaps(box, rect))) continue;
      if (boxes.some((other) => overlaps(box, other))) continue;
      if (nodes.some((other) => other.key !== node.key && coversDisc(box, other))) continue;
      return { ...box, side, text, fontSize };
    }
    return null;
  }
}

export function shorten(text: string, maxChars = MAX_LABEL_CHARS): string {
  return text.length > maxChars ? `${text.slice(0, maxChars - 1).trimEnd()}…` : text;
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
    case 'above-right':
      return { x: node.x + node.size * DIAGONAL, y: node.y - node.size * DIAGONAL - height, width, height };
    case 'below-right':
      return { x: node.x + node.size * DIAGONAL, y: node.y + node.size * DIAGONAL, width, height };
    case 'above-left':
      return {
        x: node.x - node.size * DIAGONAL - width,
        y: node.y - node.size * DIAGONAL - height,
        width,
        height,
      };
    case 'below-left':
      return { x: node.x - node.size * DIAGONAL - width, y: node.y + node.size * DIAGONAL, width, height };
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function coversDisc(box: { x: number; y: number; width: number; height: number }, node: PlacedNode): boolean {
  const nearestX = Math.max(box.x, Math.min(node.x, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(node.y, box.y + box.height));
  return Math.hypot(node.x - nearestX, node.y - nearestY) < node.size;
}
