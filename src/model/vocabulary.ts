/**
 * The closed vocabulary of the graph: entity kinds, relationship types and statuses. The GraphQL
 * enums in `schema/` are the one list; `npm run codegen` writes them as the constant arrays
 * re-exported here (src/model/generated/vocabulary.ts).
 */
import {
  ENTITY_KINDS,
  RELATIONSHIP_TYPES,
  type EntityKind,
  type RelationshipType,
} from './generated/vocabulary.js';

export {
  ENTITY_KINDS,
  ENTITY_KIND_DESCRIPTIONS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_DESCRIPTIONS,
  RELATIONSHIP_STATUSES,
  ENTITY_STATUSES,
  EVIDENCE_KINDS,
  SOURCE_KINDS,
  DIRECTIONS,
  KIND_TYPE_NAMES,
  EVENT_TYPES,
} from './generated/vocabulary.js';
export type {
  EntityKind,
  RelationshipType,
  RelationshipStatus,
  EntityStatus,
  /**
   * QUOTED: a verbatim span of a PRIMARY source; CITED: a fact from outside the held texts, with its
   * citation (a REFERENCE source) and a note in our own words; INFERRED: derived by a curator, with a
   * rationale and the ids of the facts it rests on.
   */
  EvidenceKind,
  /**
   * PRIMARY: a document the service holds the text of (QUOTED evidence quotes it, checked at offsets);
   * REFERENCE: an outside report or reference that CITED evidence cites (docs/dataset-format.md).
   */
  SourceKind,
  /** Which way a relationship points, seen from one entity. */
  Direction,
  /**
   * What a reported EVENT was. Which types count as a thing done and which as under way is the
   * progress rule table (src/model/progress-status.ts).
   */
  EventType,
} from './generated/vocabulary.js';

/**
 * The id prefix each kind's entities carry (`city:wenzhou`): the kind in lower case. Entity ids
 * match `[a-z]+:…` (ids.ts), so a kind's name must stay one word.
 */
export const KIND_ID_PREFIX: Readonly<Record<EntityKind, string>> = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind, kind.toLowerCase()]),
) as Record<EntityKind, string>;

const KIND_BY_PREFIX: ReadonlyMap<string, EntityKind> = new Map(
  ENTITY_KINDS.map((kind) => [KIND_ID_PREFIX[kind], kind]),
);

/** The kind an entity id names by its prefix (`city:wenzhou` → CITY), or null for an unknown prefix. */
export function kindOfEntityId(id: string): EntityKind | null {
  const colon = id.indexOf(':');
  return colon < 0 ? null : (KIND_BY_PREFIX.get(id.slice(0, colon)) ?? null);
}

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}
