/**
 * The value each selection argument takes when a request leaves it out, at every door. The SDL
 * states the same defaults (`depth: Int = 1`); a test holds the two equal, so change both together.
 */
export const DEFAULTS = {
  /** `first` on a connection. */
  pageSize: 20,
  /** `first` on search. */
  searchResults: 10,
  /** `depth` on neighborhood and network. */
  neighborhoodDepth: 1,
  /** `limit` on neighborhood and network. */
  neighborhoodNodes: 200,
  /** `direction` on neighborhood and on an entity's relationships. */
  direction: 'BOTH',
  /** `maxHops` on shortestPath and paths. */
  pathHops: 6,
  /** `first` on paths. */
  paths: 10,
  /** `mode` on paths. */
  pathMode: 'ALL_SHORTEST',
  /** `relationshipTypes` on network: the cooperation graph. */
  networkRelationshipTypes: ['COOPERATES_WITH'],
  /** `depth` of a graph selection with `around`. */
  selectionDepth: 2,
  /** `limit` on a graph selection. */
  selectionNodes: 2000,
  /** `first` on an analysis's metrics. */
  metrics: 50,
  /** `orderBy` on an analysis's metrics. */
  metricOrder: 'PAGERANK',
  /** `first` on mostConnected. */
  mostConnected: 10,
  /** `chars` on Evidence.context. */
  contextChars: 200,
} as const;
