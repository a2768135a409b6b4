import type {
  EntityKind,
  EntityStatus,
  EventType,
  EvidenceKind,
  RelationshipStatus,
  RelationshipType,
  SourceKind,
} from './vocabulary.js';

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

/** Kind-specific attributes; each is optional and only some kinds use each. */
export interface EntityAttributes {
  province?: string;
  latitude?: number;
  longitude?: number;
  number?: number;
  year?: number;
  title?: string;
  /** EVENT: when it happened, an ISO date at the report's precision (`2019`, `2019-12`, `2019-12-16`). */
  date?: string;
  /** EVENT: what happened. */
  eventType?: EventType;
  /** EVENT figures, as the report gives them. */
  areaSquareMetres?: number;
  lengthKm?: number;
  amountYuan?: number;
  firms?: number;
  projects?: number;
}

/**
 * Every attribute key, in the order exports write them: the one list the export fields and CSV columns
 * are derived from, so an attribute added to `EntityAttributes` cannot be left out of them (the type
 * below fails to compile until it is listed).
 */
export const ENTITY_ATTRIBUTE_KEYS = [
  'province',
  'latitude',
  'longitude',
  'number',
  'year',
  'title',
  'date',
  'eventType',
  'areaSquareMetres',
  'lengthKm',
  'amountYuan',
  'firms',
  'projects',
] as const satisfies readonly (keyof EntityAttributes)[];

// Compiles only while every key of EntityAttributes is in ENTITY_ATTRIBUTE_KEYS.
const everyAttributeListed: Record<
  Exclude<keyof EntityAttributes, (typeof ENTITY_ATTRIBUTE_KEYS)[number]>,
  never
> = {};
void everyAttributeListed;

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

/** The optional properties a relationship may carry. */
export interface RelationshipProperties {
  hours?: number;
  year?: number;
  /** What the plan says about the link (not about its ends). */
  status?: RelationshipStatus;
  /** ISO dates at the source's precision (`2019`, `2019-06`, `2019-06-11`). */
  validFrom?: string;
  validTo?: string;
  announced?: string;
}

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
