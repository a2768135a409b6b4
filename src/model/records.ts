import type { EntityKind, RelationshipStatus, RelationshipType, SourceKind } from './vocabulary.js';

/** A document or reference that evidence cites. */
export interface SourceRecord {
  id: string;
  kind: SourceKind;
  title: string;
  publisher: string | null;
  /** ISO date. */
  published: string | null;
  url: string | null;
}

/** The words of a source that state a fact. */
export interface EvidenceRecord {
  quote: string;
  section: string | null;
  /** A `SourceRecord` id. */
  source: string;
}

/** Kind-specific attributes; each is optional and only some kinds use each. */
export interface EntityAttributes {
  province?: string;
  latitude?: number;
  longitude?: number;
  number?: number;
  year?: number;
  title?: string;
}

/** A named thing in the graph, as the stores hold it. */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  attributes: EntityAttributes;
  evidence: EvidenceRecord[];
}

/** The optional properties a relationship may carry. */
export interface RelationshipProperties {
  hours?: number;
  year?: number;
  status?: RelationshipStatus;
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
