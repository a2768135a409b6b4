/**
 * The closed vocabulary of the graph: entity kinds, relationship types and statuses.
 * The GraphQL enums in `schema/` list the same values; a test holds the two together.
 */

/** Every entity kind, in the order the API lists them. */
export const ENTITY_KINDS = [
  'PLAN',
  'TASK',
  'GOAL',
  'MILESTONE',
  'CITY',
  'DISTRICT',
  'REGION',
  'PARK',
  'FUND',
  'UNIVERSITY',
  'INITIATIVE',
  'INDUSTRY',
  'INFRASTRUCTURE',
  'ORGANIZATION',
  'PERSON',
  'EVENT',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Every relationship type, in the order the API lists them. */
export const RELATIONSHIP_TYPES = [
  'COOPERATES_WITH',
  'CONNECTED_BY_RAIL',
  'LOCATED_IN',
  'PART_OF',
  'HOSTS',
  'FUNDS',
  'MEMBER_OF',
  'PART_OF_TASK',
  'TARGETS',
  'INFLUENCES',
  'LED_BY',
  'ISSUED_BY',
  'INVOLVES',
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const RELATIONSHIP_STATUSES = ['EXISTING', 'PLANNED', 'PROPOSED'] as const;

export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];

/**
 * PRIMARY: a document the service holds the text of (QUOTED evidence quotes it, checked at offsets);
 * REFERENCE: an outside report or reference that CITED evidence cites (docs/dataset-format.md).
 */
export const SOURCE_KINDS = ['PRIMARY', 'REFERENCE'] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Where a fact comes from. QUOTED: a verbatim span of a PRIMARY source; CITED: a fact from outside the
 * held texts, with its citation (a REFERENCE source) and a note in our own words; INFERRED: derived by a
 * curator, with a rationale and the ids of the facts it rests on.
 */
export const EVIDENCE_KINDS = ['QUOTED', 'CITED', 'INFERRED'] as const;

export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** What the plan says about an entity itself (not about its links): see docs/dataset-format.md. */
export const ENTITY_STATUSES = ['EXISTING', 'UNDER_CONSTRUCTION', 'PROPOSED'] as const;

export type EntityStatus = (typeof ENTITY_STATUSES)[number];

/**
 * What a reported EVENT was: a fact of progress after the plan (docs/dataset-format.md). Which of them
 * count as a thing done and which as under way is the progress rule table (src/model/progress-status.ts).
 */
export const EVENT_TYPES = [
  'OPENED',
  'SIGNED',
  'FOUNDED',
  'JOINED',
  'COMPLETED',
  'LAUNCHED',
  'STARTED',
  'HELD',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** The figures an EVENT may report, all numbers (`firms` and `projects` whole ones). */
export const EVENT_FIGURE_KEYS = ['areaSquareMetres', 'lengthKm', 'amountYuan', 'firms', 'projects'] as const;

export type EventFigureKey = (typeof EVENT_FIGURE_KEYS)[number];

/** Which way a relationship points, seen from one entity. */
export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** The id prefix each kind's entities carry (`city:wenzhou`). */
export const KIND_ID_PREFIX: Readonly<Record<EntityKind, string>> = {
  PLAN: 'plan',
  TASK: 'task',
  GOAL: 'goal',
  MILESTONE: 'milestone',
  CITY: 'city',
  DISTRICT: 'district',
  REGION: 'region',
  PARK: 'park',
  FUND: 'fund',
  UNIVERSITY: 'university',
  INITIATIVE: 'initiative',
  INDUSTRY: 'industry',
  INFRASTRUCTURE: 'infrastructure',
  ORGANIZATION: 'organization',
  PERSON: 'person',
  EVENT: 'event',
};

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}
