/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type ExplorerAnalyticsQueryVariables = Exact<{
  selection?: GraphSelection | null | undefined;
  first?: number | null | undefined;
}>;


export type ExplorerAnalyticsQuery = { analytics: { communityCount: number, metrics: Array<{ degree: number, betweenness: number, pageRank: number, community: number, entity:
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

export type ExplorerEntityQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerEntityQuery = { entity:
    | { province: string | null, id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { province: string | null, id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { province: string | null, id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
    | { id: string, name: string, kind: EntityKind, degree: number, description: string | null, aliases: Array<string>, evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> }
   | null };

export type ExplorerRelationshipQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerRelationshipQuery = { relationship: { id: string, type: RelationshipType, hours: number | null, year: number | null, status: RelationshipStatus | null, validFrom: string | null, validTo: string | null, announced: string | null, from:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    , to:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    , evidence: Array<{ kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null }> } | null };

export type ExplorerExportQueryVariables = Exact<{
  selection?: GraphSelection | null | undefined;
  format: ExportFormat;
}>;


export type ExplorerExportQuery = { graph: { export: { fileName: string, contentType: string, content: string } } };

type ExplorerNode_City_Fragment = { id: string, name: string, kind: EntityKind, degree: number, location: { latitude: number, longitude: number } | null };

type ExplorerNode_District_Fragment = { id: string, name: string, kind: EntityKind, degree: number, location: { latitude: number, longitude: number } | null };

type ExplorerNode_Event_Fragment = { id: string, name: string, kind: EntityKind, degree: number };

type ExplorerNode_Fund_Fragment = { id: string, name: string, kind: EntityKind, degree: number };

type ExplorerNode_Goal_Fragment = { id: string, name: string, kind: EntityKind, degree: number };

type ExplorerNode_Industry_Fragment = { id: string, name: string, kind: EntityKind, degree: number };

type ExplorerNode_Infrastructure_Fragment = { id: string, name: string, kind: EntityKind, degree: number };

type ExplorerNode_Initiative_Fragment = { id: string, name: string, kind: EntityKind, degree: number };

type ExplorerNode_Milestone_Fragment = { id: string, name: string, kind: EntityKind, degree: number };

type ExplorerNode_Organization_Fragment = { id: string, name: string, kind: EntityKind, degree: number };

type ExplorerNode_Park_Fragment = { id: string, name: string, kind: EntityKind, degree: number };

type ExplorerNode_Person_Fragment = { id: string, name: string, kind: EntityKind, degree: number };

type ExplorerNode_Plan_Fragment = { id: string, name: string, kind: EntityKind, degree: number };

type ExplorerNode_Region_Fragment = { id: string, name: string, kind: EntityKind, degree: number, location: { latitude: number, longitude: number } | null };

type ExplorerNode_Task_Fragment = { id: string, name: string, kind: EntityKind, degree: number };

type ExplorerNode_University_Fragment = { id: string, name: string, kind: EntityKind, degree: number };

export type ExplorerNodeFragment =
  | ExplorerNode_City_Fragment
  | ExplorerNode_District_Fragment
  | ExplorerNode_Event_Fragment
  | ExplorerNode_Fund_Fragment
  | ExplorerNode_Goal_Fragment
  | ExplorerNode_Industry_Fragment
  | ExplorerNode_Infrastructure_Fragment
  | ExplorerNode_Initiative_Fragment
  | ExplorerNode_Milestone_Fragment
  | ExplorerNode_Organization_Fragment
  | ExplorerNode_Park_Fragment
  | ExplorerNode_Person_Fragment
  | ExplorerNode_Plan_Fragment
  | ExplorerNode_Region_Fragment
  | ExplorerNode_Task_Fragment
  | ExplorerNode_University_Fragment
;

export type ExplorerEdgeFragment = { id: string, type: RelationshipType, status: RelationshipStatus | null, validFrom: string | null, validTo: string | null, from:
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
   };

export type ExplorerEvidenceFragment = { kind: EvidenceKind, quote: string | null, note: string | null, rationale: string | null, section: string | null, start: number | null, end: number | null, source: { id: string, title: string } | null };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  id: string;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string, name: string, kind: EntityKind, degree: number, location: { latitude: number, longitude: number } | null }
      | { id: string, name: string, kind: EntityKind, degree: number, location: { latitude: number, longitude: number } | null }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number, location: { latitude: number, longitude: number } | null }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
    >, relationships: Array<{ id: string, type: RelationshipType, status: RelationshipStatus | null, validFrom: string | null, validTo: string | null, from:
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
       }> } };

export type ExplorerShortestPathQueryVariables = Exact<{
  from: string;
  to: string;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  time?: TimeFilter | null | undefined;
}>;


export type ExplorerShortestPathQuery = { shortestPath: { length: number, nodes: Array<
      | { id: string, name: string, kind: EntityKind, degree: number, location: { latitude: number, longitude: number } | null }
      | { id: string, name: string, kind: EntityKind, degree: number, location: { latitude: number, longitude: number } | null }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number, location: { latitude: number, longitude: number } | null }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
    >, relationships: Array<{ id: string, type: RelationshipType, status: RelationshipStatus | null, validFrom: string | null, validTo: string | null, from:
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
       }> } | null };

export type ExplorerPathsQueryVariables = Exact<{
  from: string;
  to: string;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  time?: TimeFilter | null | undefined;
}>;


export type ExplorerPathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { id: string, name: string, kind: EntityKind, degree: number, location: { latitude: number, longitude: number } | null }
      | { id: string, name: string, kind: EntityKind, degree: number, location: { latitude: number, longitude: number } | null }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number, location: { latitude: number, longitude: number } | null }
      | { id: string, name: string, kind: EntityKind, degree: number }
      | { id: string, name: string, kind: EntityKind, degree: number }
    >, relationships: Array<{ id: string, type: RelationshipType, status: RelationshipStatus | null, validFrom: string | null, validTo: string | null, from:
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
       }> }> };

export type PlanReaderSourceQueryVariables = Exact<{
  id: string;
}>;


export type PlanReaderSourceQuery = { source: { id: string, title: string, publisher: string | null, published: string | null, text: string | null } | null };

export type PlanReaderSpansQueryVariables = Exact<{
  source: string;
  end: number;
  after?: string | null | undefined;
}>;


export type PlanReaderSpansQuery = { evidenceIn: { edges: Array<{ node: { evidence: { start: number | null, end: number | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PlanReaderFactsQueryVariables = Exact<{
  source: string;
  start: number;
  end: number;
  after?: string | null | undefined;
}>;


export type PlanReaderFactsQuery = { evidenceIn: { edges: Array<{ node: { fact:
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
          | { type: RelationshipType, id: string, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             }
          | { name: string, kind: EntityKind, id: string }
          | { name: string, kind: EntityKind, id: string }
        , evidence: { quote: string | null, start: number | null, end: number | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
     }> };

export type ExplorerSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerSummaryQuery = { summary: { relationshipsByType: Array<{ type: RelationshipType, count: number }> } };

export type ExplorerTimelineQueryVariables = Exact<{
  ids: Array<string> | string;
  first?: number | null | undefined;
}>;


export type ExplorerTimelineQuery = { timeline: { totalCount: number, edges: Array<{ node: { id: string, name: string, date: string, eventType: EventType, description: string | null, figures: { areaSquareMetres: number | null, lengthKm: number | null, amountYuan: number | null, firms: number | null, projects: number | null }, evidence: Array<{ kind: EvidenceKind, note: string | null, citation: { title: string, publisher: string | null, published: string | null, url: string | null } | null }> } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerNodeFragmentDoc = new TypedDocumentString(`
    fragment ExplorerNode on Entity {
  id
  name
  kind
  degree
  ... on Place {
    location {
      latitude
      longitude
    }
  }
}
    `, {"fragmentName":"ExplorerNode"}) as unknown as TypedDocumentString<ExplorerNodeFragment, unknown>;
export const ExplorerEdgeFragmentDoc = new TypedDocumentString(`
    fragment ExplorerEdge on Relationship {
  id
  type
  status
  validFrom
  validTo
  from {
    id
  }
  to {
    id
  }
}
    `, {"fragmentName":"ExplorerEdge"}) as unknown as TypedDocumentString<ExplorerEdgeFragment, unknown>;
export const ExplorerEvidenceFragmentDoc = new TypedDocumentString(`
    fragment ExplorerEvidence on Evidence {
  kind
  quote
  note
  rationale
  section
  start
  end
  source {
    id
    title
  }
}
    `, {"fragmentName":"ExplorerEvidence"}) as unknown as TypedDocumentString<ExplorerEvidenceFragment, unknown>;
export const ExplorerAnalyticsDocument = new TypedDocumentString(`
    query ExplorerAnalytics($selection: GraphSelection, $first: Int) {
  analytics(selection: $selection) {
    communityCount
    metrics(orderBy: PAGERANK, first: $first) {
      entity {
        id
      }
      degree
      betweenness
      pageRank
      community
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerAnalyticsQuery, ExplorerAnalyticsQueryVariables>;
export const ExplorerEntityDocument = new TypedDocumentString(`
    query ExplorerEntity($id: ID!) {
  entity(id: $id) {
    id
    name
    kind
    degree
    description
    aliases
    ... on Place {
      province
    }
    evidence {
      ...ExplorerEvidence
    }
  }
}
    fragment ExplorerEvidence on Evidence {
  kind
  quote
  note
  rationale
  section
  start
  end
  source {
    id
    title
  }
}`) as unknown as TypedDocumentString<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerRelationshipDocument = new TypedDocumentString(`
    query ExplorerRelationship($id: ID!) {
  relationship(id: $id) {
    id
    type
    hours
    year
    status
    validFrom
    validTo
    announced
    from {
      id
      name
      kind
    }
    to {
      id
      name
      kind
    }
    evidence {
      ...ExplorerEvidence
    }
  }
}
    fragment ExplorerEvidence on Evidence {
  kind
  quote
  note
  rationale
  section
  start
  end
  source {
    id
    title
  }
}`) as unknown as TypedDocumentString<ExplorerRelationshipQuery, ExplorerRelationshipQueryVariables>;
export const ExplorerExportDocument = new TypedDocumentString(`
    query ExplorerExport($selection: GraphSelection, $format: ExportFormat!) {
  graph(selection: $selection) {
    export(format: $format) {
      fileName
      contentType
      content
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerExportQuery, ExplorerExportQueryVariables>;
export const ExplorerNeighborhoodDocument = new TypedDocumentString(`
    query ExplorerNeighborhood($id: ID!, $types: [RelationshipType!]) {
  neighborhood(id: $id, depth: 1, relationshipTypes: $types, limit: 150) {
    truncated
    nodes {
      ...ExplorerNode
    }
    relationships {
      ...ExplorerEdge
    }
  }
}
    fragment ExplorerNode on Entity {
  id
  name
  kind
  degree
  ... on Place {
    location {
      latitude
      longitude
    }
  }
}
fragment ExplorerEdge on Relationship {
  id
  type
  status
  validFrom
  validTo
  from {
    id
  }
  to {
    id
  }
}`) as unknown as TypedDocumentString<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>;
export const ExplorerShortestPathDocument = new TypedDocumentString(`
    query ExplorerShortestPath($from: ID!, $to: ID!, $types: [RelationshipType!], $time: TimeFilter) {
  shortestPath(
    from: $from
    to: $to
    relationshipTypes: $types
    maxHops: 8
    time: $time
  ) {
    length
    nodes {
      ...ExplorerNode
    }
    relationships {
      ...ExplorerEdge
    }
  }
}
    fragment ExplorerNode on Entity {
  id
  name
  kind
  degree
  ... on Place {
    location {
      latitude
      longitude
    }
  }
}
fragment ExplorerEdge on Relationship {
  id
  type
  status
  validFrom
  validTo
  from {
    id
  }
  to {
    id
  }
}`) as unknown as TypedDocumentString<ExplorerShortestPathQuery, ExplorerShortestPathQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($from: ID!, $to: ID!, $types: [RelationshipType!], $time: TimeFilter) {
  paths(
    from: $from
    to: $to
    mode: ALL_SHORTEST
    relationshipTypes: $types
    maxHops: 8
    first: 10
    time: $time
  ) {
    length
    nodes {
      ...ExplorerNode
    }
    relationships {
      ...ExplorerEdge
    }
  }
}
    fragment ExplorerNode on Entity {
  id
  name
  kind
  degree
  ... on Place {
    location {
      latitude
      longitude
    }
  }
}
fragment ExplorerEdge on Relationship {
  id
  type
  status
  validFrom
  validTo
  from {
    id
  }
  to {
    id
  }
}`) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const PlanReaderSourceDocument = new TypedDocumentString(`
    query PlanReaderSource($id: ID!) {
  source(id: $id) {
    id
    title
    publisher
    published
    text
  }
}
    `) as unknown as TypedDocumentString<PlanReaderSourceQuery, PlanReaderSourceQueryVariables>;
export const PlanReaderSpansDocument = new TypedDocumentString(`
    query PlanReaderSpans($source: ID!, $end: Int!, $after: String) {
  evidenceIn(source: $source, start: 0, end: $end, first: 100, after: $after) {
    edges {
      node {
        evidence {
          start
          end
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PlanReaderSpansQuery, PlanReaderSpansQueryVariables>;
export const PlanReaderFactsDocument = new TypedDocumentString(`
    query PlanReaderFacts($source: ID!, $start: Int!, $end: Int!, $after: String) {
  evidenceIn(source: $source, start: $start, end: $end, first: 100, after: $after) {
    edges {
      node {
        fact {
          id
          ... on Entity {
            name
            kind
          }
          ... on Relationship {
            type
            from {
              id
              name
              kind
            }
            to {
              id
              name
              kind
            }
          }
        }
        evidence {
          quote
          start
          end
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PlanReaderFactsQuery, PlanReaderFactsQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!) {
  search(query: $query, first: 8) {
    score
    entity {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerSummaryDocument = new TypedDocumentString(`
    query ExplorerSummary {
  summary {
    relationshipsByType {
      type
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSummaryQuery, ExplorerSummaryQueryVariables>;
export const ExplorerTimelineDocument = new TypedDocumentString(`
    query ExplorerTimeline($ids: [ID!]!, $first: Int) {
  timeline(ids: $ids, first: $first) {
    totalCount
    edges {
      node {
        id
        name
        date
        eventType
        description
        figures {
          areaSquareMetres
          lengthKm
          amountYuan
          firms
          projects
        }
        evidence {
          kind
          note
          citation {
            title
            publisher
            published
            url
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerTimelineQuery, ExplorerTimelineQueryVariables>;