import {
  ENTITY_ATTRIBUTE_KINDS,
  EVENT_FIGURE_KINDS,
  PLAN_ATTRIBUTE_KINDS,
  RELATIONSHIP_PROPERTY_KINDS,
} from './record-keys.js';
import { keysOf, type ValuesOf } from './value-kinds.js';
import type { EntityKind, EntityStatus, EvidenceKind, RelationshipType, SourceKind } from './vocabulary.js';

/** A document or reference that evidence cites. */
export interface SourceRecord {
  id: string;
  kind: SourceKind;
  title: string;
  publisher: string | null;
  /** ISO date at the precision the source gives (`2020`, `2020-06`, `2020-06-17`). */
  published: string | null;
  url: string | null;
}

/**
 * Where a fact comes from (docs/dataset-format.md). One flat shape for the three kinds: the fields a
 * kind does not use are absent, so a record written and read back compares equal. What each kind needs
 * is checked by src/validation (one check for the loader, imports and curation).
 */
export interface EvidenceRecord {
  kind: EvidenceKind;
  /** QUOTED and CITED: a `SourceRecord` id (PRIMARY for QUOTED, REFERENCE for CITED); null for INFERRED. */
  source: string | null;
  /** The part of the source, for example `Task Three`; null when not given. */
  section: string | null;
  /** QUOTED: the exact words, `text.slice(start, end)` of the source. */
  quote?: string;
  /** QUOTED: offset of the quote's first character (UTF-16 code units, a JS string index). */
  start?: number;
  /** QUOTED: offset just past the quote's last character. */
  end?: number;
  /** QUOTED, optional: entity id -> the words of the quote that name that entity. */
  mentions?: Record<string, string>;
  /** CITED: what the cited source states, in our own words. */
  note?: string;
  /** INFERRED: one line saying why. */
  rationale?: string;
  /** INFERRED: ids of the entities and relationships the inference rests on. */
  basis?: string[];
}

/** Kind-specific attributes, as declared in record-keys.ts; each is optional and only some kinds use each. */
export type EntityAttributes = ValuesOf<typeof ENTITY_ATTRIBUTE_KINDS>;

/**
 * Every attribute key, in the order exports write them: derived from the declaration, so the export
 * fields, CSV columns and Neo4j properties follow an attribute added there.
 */
export const ENTITY_ATTRIBUTE_KEYS = keysOf(ENTITY_ATTRIBUTE_KINDS);

/** The figures an EVENT may report, all numbers (`firms` and `projects` whole ones). */
export const EVENT_FIGURE_KEYS = keysOf(EVENT_FIGURE_KINDS);

export type EventFigureKey = (typeof EVENT_FIGURE_KEYS)[number];

/** The attributes of what the plan names, the ones `EntityInput` takes. */
export const PLAN_ATTRIBUTE_KEYS = keysOf(PLAN_ATTRIBUTE_KINDS);

/** A named thing in the graph, as the stores hold it. */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  /** What the plan says about the thing itself; absent when it says nothing. */
  status?: EntityStatus;
  attributes: EntityAttributes;
  evidence: EvidenceRecord[];
}

/** The optional properties a relationship may carry, as declared in record-keys.ts. */
export type RelationshipProperties = ValuesOf<typeof RELATIONSHIP_PROPERTY_KINDS>;

/**
 * Every relationship property key, in the order exports write them: derived from the declaration, so
 * the export fields, CSV columns, Neo4j properties, curation input and GraphQL fields follow a
 * property added there.
 */
export const RELATIONSHIP_PROPERTY_KEYS = keysOf(RELATIONSHIP_PROPERTY_KINDS);

export type RelationshipPropertyKey = (typeof RELATIONSHIP_PROPERTY_KEYS)[number];

/** A stated relation between two entities, as the stores hold it. */
export interface RelationshipRecord {
  /** `<from>-[<TYPE>]-><to>`, or that with a `#n` suffix. */
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: RelationshipProperties;
  evidence: EvidenceRecord[];
}

/** A whole dataset, validated. */
export interface Dataset {
  id: string;
  title: string;
  sources: SourceRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
  /** The text of each PRIMARY source, by source id: what quotes are checked against. */
  sourceTexts: Record<string, string>;
}
