import {
  allowsKinds,
  RELATIONSHIP_RULES,
  RELATIONSHIP_TYPES,
  type EntityKind,
  type RelationshipType,
} from '../../src/model/index.js';

/**
 * What a generated graph is made of, modelled on the bundled Wenzhou dataset scaled up: the share of
 * each entity kind, and which relationship types join which kinds. The bundled dataset has one
 * district and one person; here they are more common so that every relationship type occurs often
 * enough to matter at scale.
 */

/**
 * Share of each kind among generated entities (percent of the listed kinds, which sum to 100). A kind
 * not listed (one just added to the schema) gets DEFAULT_KIND_WEIGHT.
 */
export const KIND_WEIGHTS: Readonly<Partial<Record<EntityKind, number>>> = {
  INITIATIVE: 22,
  PARK: 12,
  ORGANIZATION: 9,
  CITY: 7,
  DISTRICT: 6,
  GOAL: 6,
  INFRASTRUCTURE: 6,
  PERSON: 6,
  UNIVERSITY: 5,
  INDUSTRY: 5,
  REGION: 4,
  FUND: 4,
  MILESTONE: 4,
  TASK: 3,
  PLAN: 1,
};

export const DEFAULT_KIND_WEIGHT = 2;

/** The weight of `kind` among generated entities. */
export function kindWeight(kind: EntityKind): number {
  return KIND_WEIGHTS[kind] ?? DEFAULT_KIND_WEIGHT;
}

/**
 * A relationship type between some kinds, with its weight among the rules that apply to a kind. Each
 * is a part of the type's row in RELATIONSHIP_RULES (src/model): the generator makes no pair the
 * table refuses.
 */
export interface MixRule {
  type: RelationshipType;
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  weight: number;
}

const PLACES = ['CITY', 'DISTRICT', 'REGION'] as const;

/** Hand-tuned rules, with weights close to the bundled dataset's type shares (PART_OF_TASK most common). */
const TUNED_RULES: readonly MixRule[] = [
  {
    type: 'PART_OF_TASK',
    from: ['INITIATIVE', 'PARK', 'INFRASTRUCTURE', 'UNIVERSITY', 'INDUSTRY', 'ORGANIZATION', 'FUND'],
    to: ['TASK'],
    weight: 30,
  },
  { type: 'PART_OF', from: ['DISTRICT'], to: ['CITY'], weight: 8 },
  { type: 'PART_OF', from: ['CITY'], to: ['REGION'], weight: 6 },
  { type: 'PART_OF', from: ['REGION'], to: ['REGION'], weight: 3 },
  { type: 'PART_OF', from: ['TASK'], to: ['PLAN'], weight: 4 },
  { type: 'PART_OF', from: ['GOAL'], to: ['GOAL'], weight: 3 },
  { type: 'PART_OF', from: ['PARK'], to: ['PARK'], weight: 2 },
  {
    type: 'LOCATED_IN',
    from: ['PARK', 'INDUSTRY', 'UNIVERSITY', 'INFRASTRUCTURE', 'ORGANIZATION', 'INITIATIVE'],
    to: PLACES,
    weight: 18,
  },
  { type: 'CONNECTED_BY_RAIL', from: ['CITY'], to: ['CITY', 'REGION'], weight: 6 },
  {
    type: 'MEMBER_OF',
    from: ['CITY', 'PARK', 'UNIVERSITY', 'ORGANIZATION'],
    to: ['REGION', 'ORGANIZATION', 'INITIATIVE'],
    weight: 6,
  },
  {
    type: 'COOPERATES_WITH',
    from: ['CITY', 'UNIVERSITY', 'ORGANIZATION', 'PARK'],
    to: ['CITY', 'DISTRICT', 'UNIVERSITY', 'ORGANIZATION', 'PARK'],
    weight: 7,
  },
  { type: 'TARGETS', from: ['PLAN', 'TASK'], to: ['GOAL', 'MILESTONE'], weight: 5 },
  {
    type: 'HOSTS',
    from: ['CITY', 'DISTRICT'],
    to: ['PARK', 'ORGANIZATION', 'INITIATIVE', 'UNIVERSITY'],
    weight: 5,
  },
  { type: 'INFLUENCES', from: ['INFRASTRUCTURE', 'CITY', 'GOAL'], to: ['REGION', 'CITY'], weight: 3 },
  { type: 'FUNDS', from: ['FUND'], to: ['INITIATIVE', 'PARK', 'UNIVERSITY'], weight: 3 },
  { type: 'LED_BY', from: ['ORGANIZATION', 'INITIATIVE'], to: ['PERSON'], weight: 2 },
  { type: 'ISSUED_BY', from: ['PLAN'], to: ['CITY', 'ORGANIZATION'], weight: 2 },
  {
    type: 'INVOLVES',
    from: ['EVENT'],
    to: ['PARK', 'INITIATIVE', 'FUND', 'INFRASTRUCTURE', 'CITY', 'DISTRICT'],
    weight: 4,
  },
];

/**
 * The rules a generated graph is drawn from: the tuned ones, then, for each type they leave out (a
 * type just added to the schema), its table row's joins at weight 1, so every type occurs.
 */
export const MIX_RULES: readonly MixRule[] = [
  ...TUNED_RULES.map(checkedAgainstTable),
  ...RELATIONSHIP_TYPES.filter((type) => !TUNED_RULES.some((rule) => rule.type === type)).flatMap((type) =>
    RELATIONSHIP_RULES[type].joins.map((join) => ({ type, from: join.from, to: join.to, weight: 1 })),
  ),
];

/** A tuned rule, or an error naming a pair of kinds the table does not allow (a row narrowed since). */
function checkedAgainstTable(rule: MixRule): MixRule {
  for (const from of rule.from) {
    for (const to of rule.to) {
      if (!allowsKinds(rule.type, from, to)) {
        throw new Error(
          `The generator's ${rule.type} rule joins ${from} to ${to}, which RELATIONSHIP_RULES refuses.`,
        );
      }
    }
  }
  return rule;
}
