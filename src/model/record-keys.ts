import type { KeyKinds } from './value-kinds.js';

/**
 * The one declaration of the keys records carry besides their identity and evidence: entity
 * attributes and relationship properties, each with the kind of value it holds (value-kinds.ts), in
 * the order exports write them. The record types, the key lists (records.ts), the zod shapes, the
 * Neo4j projections, the curation inputs, the export fields and the GraphQL fields of a relationship
 * are derived from it; the SDL declares the GraphQL fields, and a test checks they agree.
 */

/** The attributes of what the plan names: places, tasks, milestones, people. */
export const PLAN_ATTRIBUTE_KINDS = {
  province: 'text',
  latitude: 'latitude',
  longitude: 'longitude',
  /** TASK: its number in the plan. */
  number: 'ordinal',
  /** MILESTONE: its year. */
  year: 'year',
  /** PERSON: their role. */
  title: 'text',
} as const satisfies KeyKinds;

/** The figures an EVENT may report (`EventFigures` in the schema). */
export const EVENT_FIGURE_KINDS = {
  areaSquareMetres: 'amount',
  lengthKm: 'amount',
  amountYuan: 'amount',
  firms: 'count',
  projects: 'count',
} as const satisfies KeyKinds;

/** The attributes only an EVENT has. */
export const EVENT_ATTRIBUTE_KINDS = {
  /** When it happened, at the report's precision (`2019`, `2019-12`, `2019-12-16`). */
  date: 'isoDate',
  /** What happened. */
  eventType: 'eventType',
  ...EVENT_FIGURE_KINDS,
} as const satisfies KeyKinds;

/** Every entity attribute; each is optional and only some kinds use each. */
export const ENTITY_ATTRIBUTE_KINDS = {
  ...PLAN_ATTRIBUTE_KINDS,
  ...EVENT_ATTRIBUTE_KINDS,
} as const satisfies KeyKinds;

/** The optional properties a relationship may carry. */
export const RELATIONSHIP_PROPERTY_KINDS = {
  /** Travel time (CONNECTED_BY_RAIL). */
  hours: 'hours',
  /** The year the relation refers to. */
  year: 'year',
  /** What the plan says about the link (not about its ends). */
  status: 'relationshipStatus',
  /** From when the relation holds (`2019` is from 2019-01-01). */
  validFrom: 'isoDate',
  /** Until when the relation holds (`2025` is through 2025-12-31). */
  validTo: 'isoDate',
  /** When the relation was announced. */
  announced: 'isoDate',
} as const satisfies KeyKinds;
