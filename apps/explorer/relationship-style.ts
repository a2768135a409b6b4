// The vocabulary and the table only: the page bundles these two modules, not the rest of src/model.
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../src/model/generated/vocabulary.js';
import { RELATIONSHIP_RULES } from '../../src/model/relationship-rules.js';
import { derivedColor, humanize } from './palette.js';

/** How one relationship type is drawn. */
export interface RelationshipStyle {
  color: string;
  /** Arrow for types that read one way ("Jiading is part of Shanghai"); a plain line for symmetric ones. */
  directed: boolean;
  /** Line width in pixels at zoom 1. */
  size: number;
}

/**
 * Colour and width of the types given one by hand; colours are distinct from each other on white
 * and in the legend. A type without an entry (one just added to the schema) still draws, in a colour
 * derived from its name. Whether a line has an arrow comes from RELATIONSHIP_RULES.
 */
const CHOSEN_STYLES: Readonly<Partial<Record<RelationshipType, Omit<RelationshipStyle, 'directed'>>>> = {
  COOPERATES_WITH: { color: '#e0572b', size: 3.5 },
  CONNECTED_BY_RAIL: { color: '#1d4ed8', size: 3.5 },
  LOCATED_IN: { color: '#64748b', size: 2 },
  PART_OF: { color: '#0f766e', size: 2.2 },
  HOSTS: { color: '#16a34a', size: 2.2 },
  FUNDS: { color: '#ca8a04', size: 2.4 },
  MEMBER_OF: { color: '#0891b2', size: 2 },
  PART_OF_TASK: { color: '#9333ea', size: 2 },
  TARGETS: { color: '#db2777', size: 2 },
  INFLUENCES: { color: '#a16207', size: 2 },
  LED_BY: { color: '#be123c', size: 2 },
  ISSUED_BY: { color: '#4338ca', size: 2 },
  INVOLVES: { color: '#0d9488', size: 1.6 },
};

/** One entry per type of the schema's `RelationshipType`, in the schema's order. */
export const RELATIONSHIP_STYLES: Readonly<Record<RelationshipType, RelationshipStyle>> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    {
      color: derivedColor(type),
      size: 2,
      ...CHOSEN_STYLES[type],
      directed: !RELATIONSHIP_RULES[type].symmetric,
    },
  ]),
) as Record<RelationshipType, RelationshipStyle>;

const FALLBACK: RelationshipStyle = { color: '#94a3b8', directed: true, size: 2 };

export function relationshipStyle(type: string): RelationshipStyle {
  return (RELATIONSHIP_STYLES as Record<string, RelationshipStyle>)[type] ?? FALLBACK;
}

/** `PART_OF_TASK` → `Part of task`, the words the legend and the lists use. */
export function relationshipName(type: string): string {
  return humanize(type);
}
