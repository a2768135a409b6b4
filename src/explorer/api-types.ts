/** The shapes the explorer's queries (queries.ts) read from the API. */

export interface EntitySummary {
  id: string;
  name: string;
  kind: string;
  degree: number;
}

export interface RelationshipSummary {
  id: string;
  type: string;
  from: { id: string };
  to: { id: string };
}

export interface SubgraphData {
  nodes: EntitySummary[];
  relationships: RelationshipSummary[];
  truncated?: boolean;
}

export interface PathData {
  length: number;
  nodes: EntitySummary[];
  relationships: RelationshipSummary[];
}

export interface SearchHit {
  score: number;
  entity: { id: string; name: string; kind: string };
}

export interface EvidenceData {
  quote: string;
  section: string | null;
  source: { title: string };
}

export interface EntityDetail {
  id: string;
  name: string;
  kind: string;
  degree: number;
  description: string | null;
  aliases: string[];
  province?: string | null;
  evidence: EvidenceData[];
}

export interface RelationshipDetail {
  id: string;
  type: string;
  from: { id: string; name: string; kind: string };
  to: { id: string; name: string; kind: string };
  hours: number | null;
  year: number | null;
  status: string | null;
  validFrom: string | null;
  validTo: string | null;
  announced: string | null;
  evidence: EvidenceData[];
}

export interface EntityMetricsData {
  entity: { id: string };
  degree: number;
  betweenness: number;
  pageRank: number;
  community: number;
}

export interface ExportFileData {
  fileName: string;
  contentType: string;
  content: string;
}

/** The part of a graph the analytics and export queries are asked about. */
export interface GraphSelectionInput {
  around: string[];
  depth: number;
  relationshipTypes?: string[] | null;
  time?: { asOf: string } | null;
  limit?: number;
}
