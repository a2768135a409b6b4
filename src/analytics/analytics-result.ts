import type { EntityRecord } from '../model/index.js';

/** An entity's scores within one analysed subgraph. */
export interface EntityMetricsRecord {
  entity: EntityRecord;
  /** Relationships of the subgraph at this entity, parallel ones each counted; a self-loop counts once. */
  degree: number;
  /** `degree / (n - 1)`; 0 when the subgraph has a single entity. Parallel relationships can lift it above 1. */
  degreeCentrality: number;
  /** Normalised betweenness in [0, 1] over the undirected simple graph (self-loops and parallels ignored). */
  betweenness: number;
  /** PageRank over the undirected graph, parallel relationships weighting a step; the scores sum to 1. */
  pageRank: number;
  /** Louvain community, numbered 0, 1, 2 … by decreasing size (ties by smallest member id). */
  community: number;
}

/** Centrality and communities of one subgraph. */
export interface AnalyticsResult {
  nodeCount: number;
  relationshipCount: number;
  communityCount: number;
  /** Modularity of the Louvain partition; 0 when the subgraph has no relationships between entities. */
  modularity: number;
  /** One entry per entity, in entity id order. */
  metrics: EntityMetricsRecord[];
}
