/** Colours of the drawing: one per entity kind, and a cycle for communities. */

export const KIND_COLORS: Readonly<Record<string, string>> = {
  PLAN: '#5b3fd6',
  TASK: '#a23fd6',
  GOAL: '#d63f8c',
  MILESTONE: '#e8779f',
  CITY: '#2463eb',
  DISTRICT: '#0e9bd8',
  REGION: '#0f9488',
  PARK: '#1f9d4c',
  FUND: '#c99a06',
  UNIVERSITY: '#e8641b',
  INITIATIVE: '#d9363e',
  INDUSTRY: '#7aa816',
  INFRASTRUCTURE: '#56657f',
  ORGANIZATION: '#9a5b2e',
  PERSON: '#b8326b',
  EVENT: '#334155',
};

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
export const EDGE_COLOR = '#b9c1cf';
export const HIGHLIGHT_COLOR = '#f04d23';
/** Nodes whose score is still being computed or could not be. */
export const UNKNOWN_COLOR = '#9aa3b2';

export function kindColor(kind: string): string {
  return KIND_COLORS[kind] ?? UNKNOWN_COLOR;
}

/** Community ids are 0, 1, 2 … by decreasing size; the largest get the most distinct colours. */
export function communityColor(community: number): string {
  return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length] ?? UNKNOWN_COLOR;
}

/** `PART_OF_TASK` → `Part of task`. */
export function humanize(value: string): string {
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
