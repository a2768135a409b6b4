import type { EntityRecord, RelationshipRecord } from '../model/index.js';
import type { AnalyticsResult, EntityMetricsRecord } from './analytics-result.js';
import { createSeededRandom } from './create-seeded-random.js';
import { betweennessCentrality, louvain, modularity, pageRank } from './graphology-algorithms.js';
import { numberCommunities } from './number-communities.js';
import { toUndirectedGraph } from './to-undirected-graph.js';

/** The entities and relationships to analyse; relationships whose ends are missing are ignored. */
export interface AnalyticsInput {
  nodes: readonly EntityRecord[];
  relationships: readonly RelationshipRecord[];
}

/** Any fixed seed: what matters is that every run of Louvain sees the same "random" order. */
const LOUVAIN_SEED = 20190101;

/**
 * Degree, degree centrality, betweenness, PageRank and Louvain communities of a subgraph, treating
 * relationships as undirected. Deterministic: the same subgraph (in any order) gives the same result.
 * Metrics come in entity id order. An empty subgraph gives zero counts and no metrics.
 */
export function computeAnalytics(subgraph: AnalyticsInput): AnalyticsResult {
  const entities = [...new Map(subgraph.nodes.map((node) => [node.id, node])).values()].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const ids = new Set(entities.map((entity) => entity.id));
  const relationships = subgraph.relationships.filter(
    (relationship) => ids.has(relationship.from) && ids.has(relationship.to),
  );
  const n = entities.length;
  if (n === 0) {
    return { nodeCount: 0, relationshipCount: 0, communityCount: 0, modularity: 0, metrics: [] };
  }

  const degrees = new Map<string, number>();
  for (const { from, to } of relationships) {
    degrees.set(from, (degrees.get(from) ?? 0) + 1);
    if (to !== from) degrees.set(to, (degrees.get(to) ?? 0) + 1);
  }

  const graph = toUndirectedGraph(entities, relationships);
  const betweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  const ranks = pageRank(graph, { getEdgeWeight: 'weight' });
  const partition = louvain(graph, { getEdgeWeight: 'weight', rng: createSeededRandom(LOUVAIN_SEED) });
  const communities = numberCommunities(partition);
  // Modularity is undefined without edges; 0 says "no community structure" without breaking Float!.
  const score =
    graph.size === 0
      ? 0
      : modularity(graph, {
          getEdgeWeight: 'weight',
          getNodeCommunity: (node) => communities.get(node) ?? 0,
        });

  const metrics = entities.map((entity): EntityMetricsRecord => {
    const degree = degrees.get(entity.id) ?? 0;
    return {
      entity,
      degree,
      degreeCentrality: n > 1 ? degree / (n - 1) : 0,
      betweenness: betweenness[entity.id] ?? 0,
      pageRank: ranks[entity.id] ?? 0,
      community: communities.get(entity.id) ?? 0,
    };
  });
  return {
    nodeCount: n,
    relationshipCount: relationships.length,
    communityCount: new Set(communities.values()).size,
    modularity: score,
    metrics,
  };
}
