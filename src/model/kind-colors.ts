import { ENTITY_KINDS } from './generated/vocabulary.js';

// The colours a drawing of the graph gives each entity kind and the edges: the explorer's, and the
// exports' (GEXF, GraphML, graphology, cytoscape), which open looking as the explorer does.

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

/** Edges, when no relationship type asks for its own colour. */
export const EDGE_COLOR = '#b9c1cf';
/** Nodes of no known kind, or whose score is still being computed or could not be. */
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
