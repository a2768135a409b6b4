import type { RelationshipProperties, RelationshipType } from '../../src/model/index.js';
import { mix32 } from './create-prng.js';

/** The stated words and properties of a generated relationship, derived from (seed, index). */
export interface RelationshipText {
  sentence: string;
  properties: RelationshipProperties;
}

/** Tuned wording per type; a type without one reads `A <type in words> B.` (`A involves B.`). */
const VERBS: Partial<Record<RelationshipType, (a: string, b: string, hours: number) => string>> = {
  COOPERATES_WITH: (a, b) => `${a} will deepen its cooperation with ${b}.`,
  CONNECTED_BY_RAIL: (a, b, hours) => `${a} will reach ${b} by high-speed rail within ${hours} hours.`,
  LOCATED_IN: (a, b) => `${a} is located in ${b}.`,
  PART_OF: (a, b) => `${a} is part of ${b}.`,
  HOSTS: (a, b) => `${a} will host ${b}.`,
  FUNDS: (a, b) => `${a} will finance ${b}.`,
  MEMBER_OF: (a, b) => `${a} will join ${b} as a member.`,
  PART_OF_TASK: (a, b) => `${a} is an action under ${b}.`,
  TARGETS: (a, b) => `${a} aims at ${b}.`,
  INFLUENCES: (a, b) => `${a} will radiate its influence across ${b}.`,
  LED_BY: (a, b) => `${a} is led by ${b}.`,
  ISSUED_BY: (a, b) => `${a} was announced by ${b}.`,
  INVOLVES: (a, b) => `${a} was reported about ${b}.`,
};
const STATUSES = ['EXISTING', 'PLANNED', 'PLANNED', 'PROPOSED'] as const;
const HOURS = [0.5, 1, 1.5, 2, 3, 5] as const;

/** The sentence and properties of relationship `index` of `type` from entity `a` to entity `b` (names). */
export function relationshipText(
  seed: number,
  index: number,
  type: RelationshipType,
  a: string,
  b: string,
): RelationshipText {
  const h = mix32(seed ^ 0x5bd1e995, index);
  const hours = HOURS[h % HOURS.length]!;
  const properties: RelationshipProperties = {};
  if (type === 'CONNECTED_BY_RAIL') properties.hours = hours;
  if (type === 'TARGETS' && (h & 0x8) === 0) properties.year = 2020 + ((h >>> 4) % 16);
  if (type === 'PART_OF' && (h & 0x30) === 0) {
    properties.validFrom = '2019';
    properties.validTo = '2025';
  }
  if (type !== 'PART_OF' && type !== 'LED_BY' && type !== 'ISSUED_BY') {
    properties.status = STATUSES[(h >>> 8) % STATUSES.length]!;
  }
  const verb =
    VERBS[type] ??
    ((from: string, to: string) => `${from} ${type.toLowerCase().replaceAll('_', ' ')} ${to}.`);
  return { sentence: verb(a, b, hours), properties };
}
