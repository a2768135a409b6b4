import { ENTITY_KINDS } from '../model/generated/vocabulary.js';

/** Colours of the drawing: one per entity kind, and a cycle for communities. */

/** Chosen by hand; a kind without one (just added to the schema) gets a colour derived from its name. */
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
  return (
    KIND_COLORS[kind] ??
    ((ENTITY_KINDS as readonly string[]).includes(kind) ? derivedColor(kind) : UNKNOWN_COLOR)
  );
}

/**
 * A colour for a name nobody chose one for: a hue from a hash of the name, at the saturation and
 * lightness of the chosen colours, so it reads on white and stays the same from run to run.
 */
export function derivedColor(name: string): string {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619);
  return hslToHex((hash >>> 0) % 360, 0.65, 0.42);
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
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
