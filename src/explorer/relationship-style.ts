import type { RelationshipType } from './generated/graphql.js';
import { humanize } from './palette.js';

/** How one relationship type is drawn. */
export interface RelationshipStyle {
  color: string;
  /** Arrow for types that read one way ("Jiading is part of Shanghai"); a plain line for symmetric ones. */
  directed: boolean;
  /** Line width in pixels at zoom 1. */
  size: number;
}

/**
 * One entry per type of the schema's `RelationshipType`: the `Record` makes the compiler ask for a
 * style when the schema gains a type. Colours are distinct from each other on white and in the legend.
 */
export const RELATIONSHIP_STYLES: Readonly<Record<RelationshipType, RelationshipStyle>> = {
  COOPERATES_WITH: { color: '#e0572b', directed: false, size: 3.5 },
  CONNECTED_BY_RAIL: { color: '#1d4ed8', directed: false, size: 3.5 },
  LOCATED_IN: { color: '#64748b', directed: true, size: 2 },
  PART_OF: { color: '#0f766e', directed: true, size: 2.2 },
  HOSTS: { color: '#16a34a', directed: true, size: 2.2 },
  FUNDS: { color: '#ca8a04', directed: true, size: 2.4 },
  MEMBER_OF: { color: '#0891b2', directed: true, size: 2 },
  PART_OF_TASK: { color: '#9333ea', directed: true, size: 2 },
  TARGETS: { color: '#db2777', directed: true, size: 2 },
  INFLUENCES: { color: '#a16207', directed: true, size: 2 },
  LED_BY: { color: '#be123c', directed: true, size: 2 },
  ISSUED_BY: { color: '#4338ca', directed: true, size: 2 },
  INVOLVES: { color: '#0d9488', directed: true, size: 1.6 },
};

const FALLBACK: RelationshipStyle = { color: '#94a3b8', directed: true, size: 2 };

export function relationshipStyle(type: string): RelationshipStyle {
  return (RELATIONSHIP_STYLES as Record<string, RelationshipStyle>)[type] ?? FALLBACK;
}

/** `PART_OF_TASK` → `Part of task`, the words the legend and the lists use. */
export function relationshipName(type: string): string {
  return humanize(type);
}
