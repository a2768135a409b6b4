import { UNKNOWN_COLOR } from '../../src/model/kind-colors.js';

/**
 * Colours of the drawing. Those an export shares (each kind's, the edges', the unknown) live in
 * src/model, where the service may read them too; the explorer's own are here.
 */
export {
  derivedColor,
  EDGE_COLOR,
  KIND_COLORS,
  kindColor,
  UNKNOWN_COLOR,
} from '../../src/model/kind-colors.js';

/** Communities, in a cycle. */
const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#6b8fd6',
  '#3fb0a0',
  '#c46b3c',
];

/** Nodes and edges that are not part of a highlighted path. */
export const MUTED_COLOR = '#d7dce5';
export const HIGHLIGHT_COLOR = '#f04d23';

/** Community ids are 0, 1, 2 … by decreasing size; the largest get the most distinct colours. */
export function communityColor(community: number): string {
  return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length] ?? UNKNOWN_COLOR;
}

/** `PART_OF_TASK` → `Part of task`. */
export function humanize(value: string): string {
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
