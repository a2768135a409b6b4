import type { ChangeRecord, EntityRecord, EvidenceKind, RelationshipRecord } from '../model/index.js';
import type { CitationRecord, ProgressRecord } from '../store/index.js';
import type { EntityFilter, RelationshipFilter, SubgraphRecord } from '../store/index.js';

/** What resolvers hand to the GraphQL types that have no store record of their own. */

/**
 * The SDL's `PageInfo`, declared here rather than imported from the generated types: they import
 * this file (its models are their mappers), and the import back would make a cycle.
 */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** Anything `Query.node` can return. */
export type NodeModel = EntityRecord | RelationshipRecord;

export interface EntityRelationshipEdgeModel {
  cursor: string;
  node: RelationshipRecord;
  direction: 'OUTGOING' | 'INCOMING';
  /** The id of the entity at the other end; resolved through the entity loader. */
  otherId: string;
}

export interface EntityConnectionModel {
  edges: { cursor: string; node: EntityRecord }[];
  pageInfo: PageInfo;
  /** Kept so `totalCount` is computed only when asked for. */
  filter: EntityFilter;
  /** Counted with the page when the query asked for it up front (see selectsField). */
  totalCount: number | undefined;
}

export interface RelationshipConnectionModel {
  edges: { cursor: string; node: RelationshipRecord }[];
  pageInfo: PageInfo;
  filter: RelationshipFilter;
  totalCount: number | undefined;
}

export interface TaskInitiativeCountModel {
  task: EntityRecord;
  initiatives: number;
}

/**
 * A subgraph and, for a neighbourhood read with `evidenceKinds`, those kinds: its `export` writes only
 * that evidence. The relationships themselves keep all theirs, since a normalised client cache keeps
 * one copy of each relationship whichever read it came from. `fileLabel` names its export's file
 * (FILE_LABELS) after the selection.
 */
export type SubgraphModel = SubgraphRecord & {
  readonly evidenceKinds?: readonly EvidenceKind[];
  readonly fileLabel?: string;
};

export interface NetworkModel {
  subgraph: SubgraphModel;
  seeds: EntityRecord[];
}

export interface ComparisonModel {
  a: EntityRecord;
  b: EntityRecord;
  commonPartners: string[];
  commonTasks: string[];
  commonParks: string[];
  commonNeighbors: string[];
}

export interface WriteResultModel {
  changes: ChangeRecord[];
}

export interface ChangeConnectionModel {
  edges: { cursor: string; node: ChangeRecord }[];
  pageInfo: PageInfo;
}

export interface CitationConnectionModel {
  edges: { cursor: string; node: CitationRecord }[];
  pageInfo: PageInfo;
}

export interface EventConnectionModel {
  edges: { cursor: string; node: EntityRecord }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The store's progress lists, with the plan they are of. */
export interface ProgressModel extends ProgressRecord {
  plan: EntityRecord;
}
