import { EDGE_COLOR, kindColor } from '../model/kind-colors.js';

// The explorer's colours come from the model, where both read them. Its node and edge sizes are
// constants inside its graph model, which pulls browser-only modules in; they are repeated here, and
// the explorer may import them from this file instead.

/** A node's size in an export: the explorer's size for its degree (`4 + 2.2·√degree`). */
export function nodeSizeForDegree(degree: number): number {
  return 4 + Math.sqrt(degree) * 2.2;
}

/** An edge's thickness in an export: the explorer's. */
export const EDGE_SIZE = 1.6;

/** An entity's colour in an export: the explorer's colour for its kind, as `#rrggbb`. */
export function nodeColor(kind: string): string {
  return kindColor(kind);
}

/** A relationship's colour in an export: the explorer's edge colour, as `#rrggbb`. */
export function edgeColor(_relationshipType: string): string {
  return EDGE_COLOR;
}

/** `#rrggbb` as its red, green and blue bytes, for formats that store colours so (GraphML, GEXF 1.2). */
export function rgbOf(color: string): { r: number; g: number; b: number } {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) throw new Error(`not a #rrggbb colour: ${color}`);
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) };
}
