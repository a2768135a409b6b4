import {
  ENTITY_KINDS,
  RELATIONSHIP_TYPE_DESCRIPTIONS,
  RELATIONSHIP_TYPES,
  type EntityKind,
  type RelationshipType,
} from './generated/vocabulary.js';
import { PLACE_KINDS } from './record-keys.js';

/**
 * Which kinds each relationship type may join: the one table the dataset validation (and so every
 * write), the generator, the explorer's drawing and docs/dataset-format.md read. A type's meaning
 * is its description in schema/relationship.graphql (RELATIONSHIP_TYPE_DESCRIPTIONS), said once.
 *
 * The rows admit every pair the bundled dataset (seed/wenzhou-yrd) states, and the pairs the docs
 * name; widen a row when a source states a new kind of link.
 */

/** Entities of a `from` kind may point at entities of a `to` kind. */
export interface KindJoin {
  from: readonly EntityKind[];
  to: readonly EntityKind[];
}

export interface RelationshipRule {
  /**
   * Symmetric in meaning ("A cooperates with B" says "B cooperates with A"): stored once, either way
   * round, drawn without an arrow. A symmetric type's joins hold both ways.
   */
  symmetric: boolean;
  /** The pairs of kinds it may join: any `from` kind to any `to` kind of one of these. */
  joins: readonly KindJoin[];
}

const PLACES = PLACE_KINDS;

/** One row per relationship type of the schema: `satisfies` makes the compiler ask for a row when the SDL gains a type. */
export const RELATIONSHIP_RULES = {
  COOPERATES_WITH: {
    symmetric: true,
    joins: [
      {
        from: [...PLACES, 'PARK', 'UNIVERSITY', 'INDUSTRY', 'ORGANIZATION'],
        to: [...PLACES, 'PARK', 'UNIVERSITY', 'INDUSTRY', 'ORGANIZATION'],
      },
    ],
  },
  CONNECTED_BY_RAIL: {
    symmetric: true,
    joins: [{ from: [...PLACES, 'INFRASTRUCTURE'], to: [...PLACES, 'INFRASTRUCTURE'] }],
  },
  LOCATED_IN: {
    symmetric: false,
    joins: [
      {
        from: ['PARK', 'FUND', 'UNIVERSITY', 'INITIATIVE', 'INDUSTRY', 'INFRASTRUCTURE', 'ORGANIZATION'],
        to: [...PLACES, 'PARK'],
      },
    ],
  },
  PART_OF: {
    symmetric: false,
    joins: [
      { from: PLACES, to: ['CITY', 'REGION'] },
      { from: ['TASK'], to: ['PLAN'] },
      { from: ['GOAL'], to: ['GOAL'] },
      { from: ['PARK'], to: ['PARK'] },
      { from: ['INFRASTRUCTURE'], to: ['INFRASTRUCTURE'] },
      { from: ['PLAN', 'INITIATIVE', 'INFRASTRUCTURE'], to: ['INITIATIVE'] },
    ],
  },
  HOSTS: {
    symmetric: false,
    joins: [
      {
        from: [...PLACES, 'PARK'],
        to: ['PARK', 'UNIVERSITY', 'INITIATIVE', 'INDUSTRY', 'INFRASTRUCTURE', 'ORGANIZATION'],
      },
    ],
  },
  FUNDS: {
    symmetric: false,
    joins: [
      {
        from: ['FUND'],
        to: ['PARK', 'UNIVERSITY', 'INITIATIVE', 'INDUSTRY', 'INFRASTRUCTURE', 'ORGANIZATION'],
      },
    ],
  },
  MEMBER_OF: {
    symmetric: false,
    joins: [
      {
        from: [...PLACES, 'PARK', 'UNIVERSITY', 'INFRASTRUCTURE', 'ORGANIZATION', 'PERSON'],
        to: ['REGION', 'PARK', 'FUND', 'INITIATIVE', 'INFRASTRUCTURE', 'ORGANIZATION'],
      },
    ],
  },
  PART_OF_TASK: {
    symmetric: false,
    joins: [
      {
        from: ['PARK', 'FUND', 'UNIVERSITY', 'INITIATIVE', 'INDUSTRY', 'INFRASTRUCTURE', 'ORGANIZATION'],
        to: ['TASK'],
      },
    ],
  },
  TARGETS: {
    symmetric: false,
    joins: [
      {
        from: ['PLAN', 'TASK', ...PLACES, 'INITIATIVE', 'ORGANIZATION'],
        to: ['GOAL', 'MILESTONE', 'INITIATIVE'],
      },
    ],
  },
  INFLUENCES: {
    symmetric: false,
    joins: [{ from: [...PLACES, 'GOAL', 'PARK', 'UNIVERSITY', 'INITIATIVE', 'INFRASTRUCTURE'], to: PLACES }],
  },
  LED_BY: {
    symmetric: false,
    joins: [{ from: ['UNIVERSITY', 'INITIATIVE', 'ORGANIZATION'], to: ['PERSON'] }],
  },
  ISSUED_BY: {
    symmetric: false,
    joins: [{ from: ['PLAN'], to: [...PLACES, 'ORGANIZATION'] }],
  },
  ESTABLISHED_BY: {
    symmetric: false,
    joins: [
      {
        from: ['PARK', 'FUND', 'UNIVERSITY', 'INITIATIVE', 'INDUSTRY', 'INFRASTRUCTURE', 'ORGANIZATION'],
        to: [...PLACES, 'UNIVERSITY', 'ORGANIZATION'],
      },
    ],
  },
  PROMOTES: {
    symmetric: false,
    joins: [
      {
        from: [...PLACES, 'UNIVERSITY', 'ORGANIZATION'],
        to: ['FUND', 'INITIATIVE', 'INDUSTRY', 'INFRASTRUCTURE'],
      },
    ],
  },
  CONNECTS: {
    symmetric: false,
    joins: [{ from: ['GOAL', 'PARK', 'INFRASTRUCTURE'], to: PLACES }],
  },
  BENEFITS: {
    symmetric: false,
    joins: [
      {
        from: ['PARK', 'FUND', 'INITIATIVE', 'INFRASTRUCTURE', 'ORGANIZATION'],
        to: [...PLACES, 'ORGANIZATION'],
      },
    ],
  },
  UPGRADES_INTO: {
    symmetric: false,
    joins: [{ from: ['INITIATIVE', 'INDUSTRY'], to: ['INITIATIVE', 'INDUSTRY'] }],
  },
  BRAND_OF: {
    symmetric: false,
    joins: [{ from: ['INITIATIVE'], to: PLACES }],
  },
  // A reported event and what it concerns: anything but another event. No other row names EVENT, so
  // an event joins the graph only this way.
  INVOLVES: {
    symmetric: false,
    joins: [{ from: ['EVENT'], to: ENTITY_KINDS.filter((kind) => kind !== 'EVENT') }],
  },
} as const satisfies Record<RelationshipType, RelationshipRule>;

/** The rule of `type`. */
export function relationshipRule(type: RelationshipType): RelationshipRule {
  return (RELATIONSHIP_RULES as Record<RelationshipType, RelationshipRule>)[type];
}

/** Whether `type` may join an entity of kind `from` to one of kind `to` (either way round if symmetric). */
export function allowsKinds(type: RelationshipType, from: EntityKind, to: EntityKind): boolean {
  const rule = relationshipRule(type);
  const joins = (a: EntityKind, b: EntityKind) =>
    rule.joins.some((join) => join.from.includes(a) && join.to.includes(b));
  return joins(from, to) || (rule.symmetric && joins(to, from));
}

/**
 * Why `type` may not join `from` to `to`, or null when it may: the end at fault and a message that
 * follows the field name (`from: must be of a kind FUNDS goes from (FUND), not CITY`).
 */
export function kindProblem(
  type: RelationshipType,
  from: EntityKind,
  to: EntityKind,
): { end: 'from' | 'to'; message: string } | null {
  if (allowsKinds(type, from, to)) return null;
  const rule = relationshipRule(type);
  const fromKinds = unique(rule.joins.flatMap((join) => join.from));
  if (!rule.symmetric && !fromKinds.includes(from)) {
    return {
      end: 'from',
      message: `must be of a kind ${type} goes from (${fromKinds.join(', ')}), not ${from}`,
    };
  }
  const toKinds = unique(
    rule.joins.flatMap((join) => [
      ...(join.from.includes(from) ? join.to : []),
      ...(rule.symmetric && join.to.includes(from) ? join.from : []),
    ]),
  );
  if (toKinds.length === 0) {
    const kinds = unique(rule.joins.flatMap((join) => [...join.from, ...join.to]));
    return { end: 'from', message: `must be of a kind ${type} joins (${kinds.join(', ')}), not ${from}` };
  }
  return {
    end: 'to',
    message: `must be of a kind ${type} goes to from ${from} (${toKinds.join(', ')}), not ${to}`,
  };
}

/** `TASK → PLAN; GOAL → GOAL`: a type's joins as the docs and error messages write them. */
export function joinsText(type: RelationshipType): string {
  const rule = relationshipRule(type);
  return rule.joins
    .map((join) =>
      !rule.symmetric
        ? `${join.from.join(', ')} → ${join.to.join(', ')}`
        : sameKinds(join.from, join.to)
          ? `any two of ${join.from.join(', ')}`
          : `${join.from.join(', ')} ↔ ${join.to.join(', ')}`,
    )
    .join('; ');
}

/**
 * The table of relationship types in docs/dataset-format.md: each type's joins, direction and
 * meaning. `npm run codegen` writes it from the schema's types and descriptions (which may be newer
 * than src/model/generated at that moment, hence the parameters).
 */
export function relationshipRulesMarkdown(
  types: readonly string[] = RELATIONSHIP_TYPES,
  meanings: Readonly<Record<string, string>> = RELATIONSHIP_TYPE_DESCRIPTIONS,
): string {
  const rows = types.map((type) => {
    if (!(type in RELATIONSHIP_RULES)) {
      throw new Error(`RelationshipType ${type} has no row in src/model/relationship-rules.ts.`);
    }
    const cells = [
      `\`${type}\``,
      joinsText(type as RelationshipType),
      relationshipRule(type as RelationshipType).symmetric ? 'symmetric' : 'directed',
      meanings[type] ?? '',
    ];
    return `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  });
  return ['| type | joins (from → to) | direction | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

function sameKinds(a: readonly EntityKind[], b: readonly EntityKind[]): boolean {
  return a.length === b.length && a.every((kind) => b.includes(kind));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
