/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which way a relationship points, seen from one entity. */
export type Direction =
  /** Both. */
  | 'BOTH'
  /** Relationships that end at the entity. */
  | 'INCOMING'
  /** Relationships that start at the entity. */
  | 'OUTGOING';

/** The kinds of entity in a cooperation graph. Each kind has its own object type. */
export type EntityKind =
  /** A city, including municipalities such as Shanghai. */
  | 'CITY'
  /** A district or county inside a city, such as Jiading. */
  | 'DISTRICT'
  /** A reported fact of progress after the plan: an opening, a signing, a founding (see `Event`). */
  | 'EVENT'
  /** A fund or voucher scheme. */
  | 'FUND'
  /** A positioning or target the plan aims at, such as one of the 'three cities and two hubs'. */
  | 'GOAL'
  /** An industry or industry cluster. */
  | 'INDUSTRY'
  /** An airport, port, hub, rail circle or network. */
  | 'INFRASTRUCTURE'
  /** An initiative, platform, mechanism, system, programme or project. */
  | 'INITIATIVE'
  /** A dated target (2022, 2025). */
  | 'MILESTONE'
  /** An organisation, commission, alliance, institution or consortium. */
  | 'ORGANIZATION'
  /** An industrial park, zone, pilot zone, enclave, corridor or belt. */
  | 'PARK'
  /** A person. */
  | 'PERSON'
  /** An action plan (the document's own subject). */
  | 'PLAN'
  /** A province, region, metropolitan area, urban agglomeration or economic zone. */
  | 'REGION'
  /** One of a plan's numbered tasks. */
  | 'TASK'
  /** A university or a group of universities. */
  | 'UNIVERSITY';

/** What a reported event was. The progress rule table reads OPENED, COMPLETED, FOUNDED and JOINED as done, the rest as under way. */
export type EventType =
  | 'COMPLETED'
  | 'FOUNDED'
  | 'HELD'
  | 'JOINED'
  | 'LAUNCHED'
  | 'OPENED'
  | 'SIGNED'
  | 'STARTED';

/**
 * Where a fact comes from (docs/provenance.md). Ask a read for `evidenceKinds: [QUOTED]` and
 * `evidence(kinds: [QUOTED])` to get only what the held documents state.
 */
export type EvidenceKind =
  /** A fact from outside the held texts: `citation` names the source, `note` says in our words what it states. */
  | 'CITED'
  /** Derived by a curator: `rationale` says why, `basis` lists the facts it rests on. */
  | 'INFERRED'
  /** A verbatim span of a source the service holds (`quote`, `start`, `end`); read it in context with `context`. */
  | 'QUOTED';

/** Formats a subgraph can be exported in, for visualisation and analysis tools. */
export type ExportFormat =
  /** CSV of the relationships (with `evidenceCount`; the evidence itself is `CSV_EVIDENCE`). */
  | 'CSV_EDGES'
  /** CSV of the evidence: one row per evidence record of each entity and relationship, keyed by `itemType`, `itemId` and `index`. */
  | 'CSV_EVIDENCE'
  /** CSV of the entities (with `evidenceCount`; the evidence itself is `CSV_EVIDENCE`). */
  | 'CSV_NODES'
  /** Cytoscape.js elements JSON (`{ elements: { nodes, edges } }`). */
  | 'CYTOSCAPE'
  /** D3 node-link JSON (`{ nodes, links }`). */
  | 'D3'
  /** GEXF 1.3 (Gephi). */
  | 'GEXF'
  /** GraphML. */
  | 'GRAPHML'
  /** graphology's serialised graph JSON (sigma.js). */
  | 'GRAPHOLOGY';

/**
 * Chooses a part of the graph for analytics and exports: the entities within `depth` hops of `around`
 * (or the whole graph when `around` is omitted), keeping only `kinds` and `relationshipTypes`, and
 * relationships that pass `time`. At most `limit` entities (at most 5000); a larger selection is refused
 * with LIMIT_EXCEEDED rather than analysed in part.
 */
export type GraphSelection = {
  around?: Array<string> | null | undefined;
  depth?: number | null | undefined;
  kinds?: Array<EntityKind> | null | undefined;
  limit?: number | null | undefined;
  relationshipTypes?: Array<RelationshipType> | null | undefined;
  time?: TimeFilter | null | undefined;
};

/** Which score orders `Analytics.metrics`. */
export type MetricOrder =
  | 'BETWEENNESS'
  | 'DEGREE'
  | 'PAGERANK';

/** How `paths` chooses paths. */
export type PathMode =
  /** Every shortest path (up to `first`). */
  | 'ALL_SHORTEST'
  /** The `first` shortest simple paths, shortest first. */
  | 'K_SHORTEST';

/** How far a thing the plan names has come, by the events reported about it. */
export type ProgressStatus =
  /** An event reports it done (opened, completed, founded, joined). */
  | 'DONE'
  /** No event bears on it. */
  | 'NO_REPORT'
  /** Events report steps towards it (signed, started, launched, held), none that it is done. */
  | 'UNDER_WAY';

/** What the plan says about a link (not about its ends): docs/dataset-format.md. */
export type RelationshipStatus =
  /** The link exists (including cooperation to deepen or strengthen). */
  | 'EXISTING'
  /** The plan commits to a new link: it will build, set up, jointly establish it. */
  | 'PLANNED'
  /** A link to explore, strive for or study. */
  | 'PROPOSED';

/** The documented vocabulary of relationship types (docs/dataset-format.md). */
export type RelationshipType =
  /** A thing is set up for a place's or organisation's benefit ('so that Wenzhou will have …'). */
  | 'BENEFITS'
  /** A brand or slogan a place is known by. */
  | 'BRAND_OF'
  /** A rail link; `hours` is the travel time (the '521' circle). */
  | 'CONNECTED_BY_RAIL'
  /** A corridor, hub or link joins a place (one relationship per place it joins). */
  | 'CONNECTS'
  /** Stated cooperation between places or organisations (symmetric in meaning, stored once). */
  | 'COOPERATES_WITH'
  /** Who builds, sets up, establishes or draws up a thing: its founder or builder. */
  | 'ESTABLISHED_BY'
  /** A fund or voucher finances something. */
  | 'FUNDS'
  /** A place hosts a park, branch, institution or project. */
  | 'HOSTS'
  /** A stated sphere of influence. */
  | 'INFLUENCES'
  /** An event and what it concerns: a park opened, a city that signed (from the EVENT). */
  | 'INVOLVES'
  /** Who announced a plan. */
  | 'ISSUED_BY'
  /** The person who leads an organisation. */
  | 'LED_BY'
  /** Physical location of a thing in a place. */
  | 'LOCATED_IN'
  /** Membership of an alliance, cluster, consortium, platform or region. */
  | 'MEMBER_OF'
  /** A part of a whole: a district of a city, a city of a region, a task of a plan. */
  | 'PART_OF'
  /** Named under that task: an initiative, park, fund … that is one of its actions, or a partner of one (a university or industry it cooperates with, an institution it invites). */
  | 'PART_OF_TASK'
  /** A place or organisation promotes, implements or improves an initiative or activity. */
  | 'PROMOTES'
  /** What a plan, task, place or organisation aims at ('Wenzhou will become …'). */
  | 'TARGETS'
  /** What a thing is to be upgraded into ('Made in Wenzhou' into 'Made in Zhejiang'). */
  | 'UPGRADES_INTO';

export type SourceKind =
  /** A document the service holds: QUOTED evidence quotes its `text`, checked at the offsets. */
  | 'PRIMARY'
  /** An outside report or reference that CITED evidence cites. */
  | 'REFERENCE';

/**
 * Keeps relationships by their dates. `asOf`: relationships valid on that date; `from`/`to`: relationships
 * whose validity overlaps the window. A relationship without dates (most of the plan's) always passes.
 * `asOf` is an ISO day (YYYY-MM-DD); `from` and `to` may be reduced (`2020` is from 2020-01-01, or to
 * 2020-12-31). A relationship's reduced dates stand for their whole span.
 */
export type TimeFilter = {
  asOf?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
};

export type AllPathsQueryVariables = Exact<{
  from: string;
  to: string;
  mode?: PathMode | null | undefined;
  throughKinds?: Array<EntityKind> | EntityKind | null | undefined;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type AllPathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { __typename: 'City', id: string, name: string, kind: EntityKind }
      | { __typename: 'District', id: string, name: string, kind: EntityKind }
      | { __typename: 'Event', id: string, name: string, kind: EntityKind }
      | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
      | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
      | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
      | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
      | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
      | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
      | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
      | { __typename: 'Park', id: string, name: string, kind: EntityKind }
      | { __typename: 'Person', id: string, name: string, kind: EntityKind }
      | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
      | { __typename: 'Region', id: string, name: string, kind: EntityKind }
      | { __typename: 'Task', id: string, name: string, kind: EntityKind }
      | { __typename: 'University', id: string, name: string, kind: EntityKind }
    >, relationships: Array<{ id: string, type: RelationshipType, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> }> }> };

export type AnalyticsQueryVariables = Exact<{
  selection?: GraphSelection | null | undefined;
  orderBy?: MetricOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type AnalyticsQuery = { analytics: { nodeCount: number, relationshipCount: number, communityCount: number, modularity: number, metrics: Array<{ degree: number, degreeCentrality: number, betweenness: number, pageRank: number, community: number, entity:
        | { __typename: 'City', id: string, name: string, kind: EntityKind }
        | { __typename: 'District', id: string, name: string, kind: EntityKind }
        | { __typename: 'Event', id: string, name: string, kind: EntityKind }
        | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
        | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
        | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
        | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
        | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
        | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
        | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
        | { __typename: 'Park', id: string, name: string, kind: EntityKind }
        | { __typename: 'Person', id: string, name: string, kind: EntityKind }
        | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
        | { __typename: 'Region', id: string, name: string, kind: EntityKind }
        | { __typename: 'Task', id: string, name: string, kind: EntityKind }
        | { __typename: 'University', id: string, name: string, kind: EntityKind }
       }> } };

export type CompareQueryVariables = Exact<{
  a: string;
  b: string;
}>;


export type CompareQuery = { compare: { a:
      | { __typename: 'City', id: string, name: string, kind: EntityKind }
      | { __typename: 'District', id: string, name: string, kind: EntityKind }
      | { __typename: 'Event', id: string, name: string, kind: EntityKind }
      | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
      | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
      | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
      | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
      | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
      | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
      | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
      | { __typename: 'Park', id: string, name: string, kind: EntityKind }
      | { __typename: 'Person', id: string, name: string, kind: EntityKind }
      | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
      | { __typename: 'Region', id: string, name: string, kind: EntityKind }
      | { __typename: 'Task', id: string, name: string, kind: EntityKind }
      | { __typename: 'University', id: string, name: string, kind: EntityKind }
    , b:
      | { __typename: 'City', id: string, name: string, kind: EntityKind }
      | { __typename: 'District', id: string, name: string, kind: EntityKind }
      | { __typename: 'Event', id: string, name: string, kind: EntityKind }
      | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
      | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
      | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
      | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
      | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
      | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
      | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
      | { __typename: 'Park', id: string, name: string, kind: EntityKind }
      | { __typename: 'Person', id: string, name: string, kind: EntityKind }
      | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
      | { __typename: 'Region', id: string, name: string, kind: EntityKind }
      | { __typename: 'Task', id: string, name: string, kind: EntityKind }
      | { __typename: 'University', id: string, name: string, kind: EntityKind }
    , commonPartners: Array<
      | { __typename: 'City', id: string, name: string, kind: EntityKind }
      | { __typename: 'District', id: string, name: string, kind: EntityKind }
      | { __typename: 'Event', id: string, name: string, kind: EntityKind }
      | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
      | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
      | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
      | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
      | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
      | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
      | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
      | { __typename: 'Park', id: string, name: string, kind: EntityKind }
      | { __typename: 'Person', id: string, name: string, kind: EntityKind }
      | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
      | { __typename: 'Region', id: string, name: string, kind: EntityKind }
      | { __typename: 'Task', id: string, name: string, kind: EntityKind }
      | { __typename: 'University', id: string, name: string, kind: EntityKind }
    >, commonTasks: Array<{ __typename: 'Task', number: number | null, id: string, name: string, kind: EntityKind }>, commonParks: Array<{ __typename: 'Park', id: string, name: string, kind: EntityKind }>, commonNeighbors: Array<
      | { __typename: 'City', id: string, name: string, kind: EntityKind }
      | { __typename: 'District', id: string, name: string, kind: EntityKind }
      | { __typename: 'Event', id: string, name: string, kind: EntityKind }
      | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
      | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
      | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
      | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
      | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
      | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
      | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
      | { __typename: 'Park', id: string, name: string, kind: EntityKind }
      | { __typename: 'Person', id: string, name: string, kind: EntityKind }
      | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
      | { __typename: 'Region', id: string, name: string, kind: EntityKind }
      | { __typename: 'Task', id: string, name: string, kind: EntityKind }
      | { __typename: 'University', id: string, name: string, kind: EntityKind }
    > } };

export type ConnectionPathQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
}>;


export type ConnectionPathQuery = { shortestPath: { length: number, nodes: Array<
      | { __typename: 'City', id: string, name: string, kind: EntityKind }
      | { __typename: 'District', id: string, name: string, kind: EntityKind }
      | { __typename: 'Event', id: string, name: string, kind: EntityKind }
      | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
      | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
      | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
      | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
      | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
      | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
      | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
      | { __typename: 'Park', id: string, name: string, kind: EntityKind }
      | { __typename: 'Person', id: string, name: string, kind: EntityKind }
      | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
      | { __typename: 'Region', id: string, name: string, kind: EntityKind }
      | { __typename: 'Task', id: string, name: string, kind: EntityKind }
      | { __typename: 'University', id: string, name: string, kind: EntityKind }
    >, relationships: Array<{ id: string, type: RelationshipType, from:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , to:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> }> } | null };

export type CooperationNetworkQueryVariables = Exact<{
  around?: Array<string> | string | null | undefined;
  theme?: string | null | undefined;
  relationshipTypes?: Array<RelationshipType> | RelationshipType | null | undefined;
  depth?: number | null | undefined;
}>;


export type CooperationNetworkQuery = { network: { seeds: Array<
      | { __typename: 'City', id: string, name: string, kind: EntityKind }
      | { __typename: 'District', id: string, name: string, kind: EntityKind }
      | { __typename: 'Event', id: string, name: string, kind: EntityKind }
      | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
      | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
      | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
      | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
      | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
      | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
      | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
      | { __typename: 'Park', id: string, name: string, kind: EntityKind }
      | { __typename: 'Person', id: string, name: string, kind: EntityKind }
      | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
      | { __typename: 'Region', id: string, name: string, kind: EntityKind }
      | { __typename: 'Task', id: string, name: string, kind: EntityKind }
      | { __typename: 'University', id: string, name: string, kind: EntityKind }
    >, subgraph: { truncated: boolean, nodes: Array<
        | { __typename: 'City', id: string, name: string, kind: EntityKind }
        | { __typename: 'District', id: string, name: string, kind: EntityKind }
        | { __typename: 'Event', id: string, name: string, kind: EntityKind }
        | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
        | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
        | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
        | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
        | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
        | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
        | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
        | { __typename: 'Park', id: string, name: string, kind: EntityKind }
        | { __typename: 'Person', id: string, name: string, kind: EntityKind }
        | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
        | { __typename: 'Region', id: string, name: string, kind: EntityKind }
        | { __typename: 'Task', id: string, name: string, kind: EntityKind }
        | { __typename: 'University', id: string, name: string, kind: EntityKind }
      >, relationships: Array<{ id: string, type: RelationshipType, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }, relationshipsByType: Array<{ type: RelationshipType, count: number }>, entitiesByKind: Array<{ kind: EntityKind, count: number }> } };

export type DashboardQueryVariables = Exact<{
  mostConnected?: number | null | undefined;
}>;


export type DashboardQuery = { summary: { entityCount: number, relationshipCount: number, entitiesByKind: Array<{ kind: EntityKind, count: number }>, relationshipsByType: Array<{ type: RelationshipType, count: number }>, mostConnected: Array<{ degree: number, entity:
        | { __typename: 'City', id: string, name: string, kind: EntityKind }
        | { __typename: 'District', id: string, name: string, kind: EntityKind }
        | { __typename: 'Event', id: string, name: string, kind: EntityKind }
        | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
        | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
        | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
        | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
        | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
        | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
        | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
        | { __typename: 'Park', id: string, name: string, kind: EntityKind }
        | { __typename: 'Person', id: string, name: string, kind: EntityKind }
        | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
        | { __typename: 'Region', id: string, name: string, kind: EntityKind }
        | { __typename: 'Task', id: string, name: string, kind: EntityKind }
        | { __typename: 'University', id: string, name: string, kind: EntityKind }
       }>, tasksByInitiatives: Array<{ initiatives: number, task: { __typename: 'Task', number: number | null, id: string, name: string, kind: EntityKind } }> } };

export type EntityPageQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EntityPageQuery = { entity:
    | { __typename: 'City', province: string | null, aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, location: { latitude: number, longitude: number } | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'District', province: string | null, aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, location: { latitude: number, longitude: number } | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'Event', aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'Fund', aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'Goal', aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'Industry', aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'Infrastructure', aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'Initiative', aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'Milestone', aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'Organization', aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'Park', aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'Person', title: string | null, aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'Plan', aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'Region', province: string | null, aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, location: { latitude: number, longitude: number } | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'Task', number: number | null, aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
    | { __typename: 'University', aliases: Array<string>, description: string | null, degree: number, id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }>, relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, type: RelationshipType, status: RelationshipStatus | null, year: number | null, hours: number | null } }> } }
   | null };

export type ExportNeighborhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  relationshipTypes?: Array<RelationshipType> | RelationshipType | null | undefined;
  format?: ExportFormat;
}>;


export type ExportNeighborhoodQuery = { neighborhood: { export: { format: ExportFormat, fileName: string, contentType: string, content: string } } };

type EntitySummary_City_Fragment = { __typename: 'City', id: string, name: string, kind: EntityKind };

type EntitySummary_District_Fragment = { __typename: 'District', id: string, name: string, kind: EntityKind };

type EntitySummary_Event_Fragment = { __typename: 'Event', id: string, name: string, kind: EntityKind };

type EntitySummary_Fund_Fragment = { __typename: 'Fund', id: string, name: string, kind: EntityKind };

type EntitySummary_Goal_Fragment = { __typename: 'Goal', id: string, name: string, kind: EntityKind };

type EntitySummary_Industry_Fragment = { __typename: 'Industry', id: string, name: string, kind: EntityKind };

type EntitySummary_Infrastructure_Fragment = { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind };

type EntitySummary_Initiative_Fragment = { __typename: 'Initiative', id: string, name: string, kind: EntityKind };

type EntitySummary_Milestone_Fragment = { __typename: 'Milestone', id: string, name: string, kind: EntityKind };

type EntitySummary_Organization_Fragment = { __typename: 'Organization', id: string, name: string, kind: EntityKind };

type EntitySummary_Park_Fragment = { __typename: 'Park', id: string, name: string, kind: EntityKind };

type EntitySummary_Person_Fragment = { __typename: 'Person', id: string, name: string, kind: EntityKind };

type EntitySummary_Plan_Fragment = { __typename: 'Plan', id: string, name: string, kind: EntityKind };

type EntitySummary_Region_Fragment = { __typename: 'Region', id: string, name: string, kind: EntityKind };

type EntitySummary_Task_Fragment = { __typename: 'Task', id: string, name: string, kind: EntityKind };

type EntitySummary_University_Fragment = { __typename: 'University', id: string, name: string, kind: EntityKind };

export type EntitySummaryFragment =
  | EntitySummary_City_Fragment
  | EntitySummary_District_Fragment
  | EntitySummary_Event_Fragment
  | EntitySummary_Fund_Fragment
  | EntitySummary_Goal_Fragment
  | EntitySummary_Industry_Fragment
  | EntitySummary_Infrastructure_Fragment
  | EntitySummary_Initiative_Fragment
  | EntitySummary_Milestone_Fragment
  | EntitySummary_Organization_Fragment
  | EntitySummary_Park_Fragment
  | EntitySummary_Person_Fragment
  | EntitySummary_Plan_Fragment
  | EntitySummary_Region_Fragment
  | EntitySummary_Task_Fragment
  | EntitySummary_University_Fragment
;

export type EvidenceDetailsFragment = { quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null };

export type ListEntitiesQueryVariables = Exact<{
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListEntitiesQuery = { entities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'City', id: string, name: string, kind: EntityKind }
        | { __typename: 'District', id: string, name: string, kind: EntityKind }
        | { __typename: 'Event', id: string, name: string, kind: EntityKind }
        | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
        | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
        | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
        | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
        | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
        | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
        | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
        | { __typename: 'Park', id: string, name: string, kind: EntityKind }
        | { __typename: 'Person', id: string, name: string, kind: EntityKind }
        | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
        | { __typename: 'Region', id: string, name: string, kind: EntityKind }
        | { __typename: 'Task', id: string, name: string, kind: EntityKind }
        | { __typename: 'University', id: string, name: string, kind: EntityKind }
       }> } };

export type NeighborhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  relationshipTypes?: Array<RelationshipType> | RelationshipType | null | undefined;
  limit?: number | null | undefined;
  perNodeLimit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { __typename: 'City', id: string, name: string, kind: EntityKind }
      | { __typename: 'District', id: string, name: string, kind: EntityKind }
      | { __typename: 'Event', id: string, name: string, kind: EntityKind }
      | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
      | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
      | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
      | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
      | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
      | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
      | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
      | { __typename: 'Park', id: string, name: string, kind: EntityKind }
      | { __typename: 'Person', id: string, name: string, kind: EntityKind }
      | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
      | { __typename: 'Region', id: string, name: string, kind: EntityKind }
      | { __typename: 'Task', id: string, name: string, kind: EntityKind }
      | { __typename: 'University', id: string, name: string, kind: EntityKind }
    >, relationships: Array<{ id: string, type: RelationshipType, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }>, omitted: Array<{ count: number, entity:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type PlanProgressQueryVariables = Exact<{
  planId: string;
}>;


export type PlanProgressQuery = { progress: { truncated: boolean, plan: { id: string, name: string }, counts: Array<{ status: ProgressStatus, count: number }>, items: Array<{ status: ProgressStatus, lastReported: string | null, entity:
        | { __typename: 'City', id: string, name: string, kind: EntityKind }
        | { __typename: 'District', id: string, name: string, kind: EntityKind }
        | { __typename: 'Event', id: string, name: string, kind: EntityKind }
        | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
        | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
        | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
        | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
        | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
        | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
        | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
        | { __typename: 'Park', id: string, name: string, kind: EntityKind }
        | { __typename: 'Person', id: string, name: string, kind: EntityKind }
        | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
        | { __typename: 'Region', id: string, name: string, kind: EntityKind }
        | { __typename: 'Task', id: string, name: string, kind: EntityKind }
        | { __typename: 'University', id: string, name: string, kind: EntityKind }
      , events: Array<{ id: string, date: string, eventType: EventType, name: string }> }>, cooperations: Array<{ status: ProgressStatus, lastReported: string | null, relationship: { id: string, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }, events: Array<{ id: string, date: string, eventType: EventType, name: string }> }> } };

export type RailCircleQueryVariables = Exact<{
  id?: string;
}>;


export type RailCircleQuery = { entity:
    | { __typename: 'City', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'District', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Event', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Fund', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Goal', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Industry', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Initiative', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Milestone', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Organization', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Park', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Person', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Plan', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Region', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Task', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'University', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, hours: number | null, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
   | null };

export type SearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, entity:
      | { __typename: 'City', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'District', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'Event', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'Fund', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'Goal', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'Industry', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'Infrastructure', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'Initiative', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'Milestone', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'Organization', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'Park', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'Person', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'Plan', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'Region', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'Task', description: string | null, id: string, name: string, kind: EntityKind }
      | { __typename: 'University', description: string | null, id: string, name: string, kind: EntityKind }
     }> };

export type TimelineQueryVariables = Exact<{
  ids: Array<string> | string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimelineQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, date: string, eventType: EventType, figures: { areaSquareMetres: number | null, lengthKm: number | null, amountYuan: number | null, firms: number | null, projects: number | null }, involves: Array<
          | { __typename: 'City', id: string, name: string, kind: EntityKind }
          | { __typename: 'District', id: string, name: string, kind: EntityKind }
          | { __typename: 'Event', id: string, name: string, kind: EntityKind }
          | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
          | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
          | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
          | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
          | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
          | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
          | { __typename: 'Park', id: string, name: string, kind: EntityKind }
          | { __typename: 'Person', id: string, name: string, kind: EntityKind }
          | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
          | { __typename: 'Region', id: string, name: string, kind: EntityKind }
          | { __typename: 'Task', id: string, name: string, kind: EntityKind }
          | { __typename: 'University', id: string, name: string, kind: EntityKind }
        >, evidence: Array<{ kind: EvidenceKind, note: string | null, citation: { id: string, title: string, publisher: string | null, published: string | null, url: string | null } | null }> } }> } };

export type WenzhouPartnersQueryVariables = Exact<{
  id?: string;
  first?: number | null | undefined;
}>;


export type WenzhouPartnersQuery = { entity:
    | { __typename: 'City', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'District', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Event', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Fund', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Goal', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Industry', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Initiative', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Milestone', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Organization', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Park', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Person', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Plan', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Region', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'Task', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
    | { __typename: 'University', id: string, name: string, kind: EntityKind, relationships: { edges: Array<{ direction: Direction, other:
            | { __typename: 'City', id: string, name: string, kind: EntityKind }
            | { __typename: 'District', id: string, name: string, kind: EntityKind }
            | { __typename: 'Event', id: string, name: string, kind: EntityKind }
            | { __typename: 'Fund', id: string, name: string, kind: EntityKind }
            | { __typename: 'Goal', id: string, name: string, kind: EntityKind }
            | { __typename: 'Industry', id: string, name: string, kind: EntityKind }
            | { __typename: 'Infrastructure', id: string, name: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, name: string, kind: EntityKind }
            | { __typename: 'Milestone', id: string, name: string, kind: EntityKind }
            | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
            | { __typename: 'Park', id: string, name: string, kind: EntityKind }
            | { __typename: 'Person', id: string, name: string, kind: EntityKind }
            | { __typename: 'Plan', id: string, name: string, kind: EntityKind }
            | { __typename: 'Region', id: string, name: string, kind: EntityKind }
            | { __typename: 'Task', id: string, name: string, kind: EntityKind }
            | { __typename: 'University', id: string, name: string, kind: EntityKind }
          , node: { id: string, evidence: Array<{ quote: string | null, section: string | null, source: { id: string, kind: SourceKind, title: string } | null }> } }> } }
   | null };

export const EntitySummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<EntitySummaryFragment, unknown>;
export const EvidenceDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<EvidenceDetailsFragment, unknown>;
export const AllPathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllPaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PathMode"}},"defaultValue":{"kind":"EnumValue","value":"ALL_SHORTEST"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"throughKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"6"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"throughKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"throughKinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceDetails"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AllPathsQuery, AllPathsQueryVariables>;
export const AnalyticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Analytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphSelection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricOrder"}},"defaultValue":{"kind":"EnumValue","value":"PAGERANK"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"communityCount"}},{"kind":"Field","name":{"kind":"Name","value":"modularity"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"degreeCentrality"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"pageRank"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<AnalyticsQuery, AnalyticsQueryVariables>;
export const CompareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Compare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commonPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commonTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commonParks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commonNeighbors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<CompareQuery, CompareQueryVariables>;
export const ConnectionPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceDetails"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ConnectionPathQuery, ConnectionPathQueryVariables>;
export const CooperationNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperationNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"around"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COOPERATES_WITH"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"around"},"value":{"kind":"Variable","name":{"kind":"Name","value":"around"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationshipTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitiesByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<CooperationNetworkQuery, CooperationNetworkQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mostConnected"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"entitiesByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mostConnected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mostConnected"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasksByInitiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatives"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const EntityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceDetails"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<EntityPageQuery, EntityPageQueryVariables>;
export const ExportNeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportNeighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}},"defaultValue":{"kind":"EnumValue","value":"GEXF"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationshipTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"export"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<ExportNeighborhoodQuery, ExportNeighborhoodQueryVariables>;
export const ListEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ListEntitiesQuery, ListEntitiesQueryVariables>;
export const NeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perNodeLimit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationshipTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"perNodeLimit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perNodeLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"omitted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PlanProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastReported"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastReported"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<PlanProgressQuery, PlanProgressQueryVariables>;
export const RailCircleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RailCircle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"city:wenzhou","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CONNECTED_BY_RAIL"}]}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceDetails"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RailCircleQuery, RailCircleQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaSquareMetres"}},{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}},{"kind":"Field","name":{"kind":"Name","value":"amountYuan"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}}]}},{"kind":"Field","name":{"kind":"Name","value":"involves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const WenzhouPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WenzhouPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"city:wenzhou","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COOPERATES_WITH"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceDetails"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<WenzhouPartnersQuery, WenzhouPartnersQueryVariables>;