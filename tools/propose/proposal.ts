import type { EntityKind, RelationshipStatus, RelationshipType } from '../../src/model/index.js';
import type { Mention } from './mention.js';

/** A QUOTED evidence record before it is written: a span of the source text. */
export interface EvidenceSpan {
  readonly start: number;
  readonly end: number;
  /** The section heading the span is under ("Task One"), if any. */
  readonly section?: string;
  /** Entity id → the words of the quote that name it, where they are neither its name nor an alias. */
  readonly mentions?: Readonly<Record<string, string>>;
  /** Ends the quote does not name at all: the curator must add a reason or drop the record. */
  readonly unnamed?: readonly string[];
}

/** An entity the tool proposes, new or already in the reference dataset. */
export interface ProposedEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** True when the id is an entity of the reference dataset (`--dataset`). */
  readonly known: boolean;
  readonly mentions: readonly Mention[];
  readonly evidence: readonly EvidenceSpan[];
  readonly attributes?: Readonly<{ number?: number; year?: number; title?: string }>;
}

/** A relationship the tool proposes between two proposed entities. */
export interface ProposedRelationship {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly properties?: Readonly<{ status?: RelationshipStatus; hours?: number }>;
  /** Which cue or structure proposed it, for the curator ("cue: cooperation with"). */
  readonly reason: string;
  readonly evidence: readonly EvidenceSpan[];
}

/** Everything proposed for one document. */
export interface Proposal {
  readonly entities: readonly ProposedEntity[];
  readonly relationships: readonly ProposedRelationship[];
}
