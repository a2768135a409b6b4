import { keysOf, type KeyKinds } from './value-kinds.js';
import type { EntityKind } from './vocabulary.js';

/**
 * The one declaration of the keys records carry besides their identity and evidence: entity
 * attributes and relationship properties, each with the kind of value it holds (value-kinds.ts), in
 * the order exports write them. The record types, the key lists (records.ts), the zod shapes, the
 * Neo4j projections, the curation inputs, the export fields and the GraphQL fields of a relationship
 * are derived from it; the SDL declares the GraphQL fields, and a test checks they agree. Which kinds
 * of entity may carry each attribute is declared beside it (ATTRIBUTE_CARRIERS).
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

/** The kinds of the schema's `Place` interface: what a province and coordinates describe. */
export const PLACE_KINDS = ['CITY', 'DISTRICT', 'REGION'] as const satisfies readonly EntityKind[];

/**
 * Which kinds of entity carry each plan attribute: the kinds whose GraphQL type has its field (a test
 * holds the two equal). Every way in refuses it on any other kind, where no query would show it. One
 * entry per attribute above; the compiler asks for it.
 */
export const PLAN_ATTRIBUTE_CARRIERS = {
  province: PLACE_KINDS,
  latitude: PLACE_KINDS,
  longitude: PLACE_KINDS,
  number: ['TASK'],
  year: ['MILESTONE'],
  title: ['PERSON'],
} as const satisfies { [Key in keyof typeof PLAN_ATTRIBUTE_KINDS]: readonly EntityKind[] };

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

/** Every entity attribute; each is optional and only some kinds use each (ATTRIBUTE_CARRIERS). */
export const ENTITY_ATTRIBUTE_KINDS = {
  ...PLAN_ATTRIBUTE_KINDS,
  ...EVENT_ATTRIBUTE_KINDS,
} as const satisfies KeyKinds;

// Every event attribute is the EVENT's alone. (Object.fromEntries types its keys as any string; they
// are the declaration's.)
const EVENT_ATTRIBUTE_CARRIERS = Object.fromEntries(
  keysOf(EVENT_ATTRIBUTE_KINDS).map((key) => [key, ['EVENT']]),
) as unknown as { readonly [Key in keyof typeof EVENT_ATTRIBUTE_KINDS]: readonly ['EVENT'] };

/** Which kinds of entity carry each attribute: the plan attributes' carriers, and EVENT for the event attributes. */
export const ATTRIBUTE_CARRIERS: {
  readonly [Key in keyof typeof ENTITY_ATTRIBUTE_KINDS]: readonly EntityKind[];
} = { ...PLAN_ATTRIBUTE_CARRIERS, ...EVENT_ATTRIBUTE_CARRIERS };

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
