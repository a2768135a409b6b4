export type { CypherQuery } from './cypher-query.js';
export * from './read-queries.js';
export { relationshipsOfQuery, groupRelationshipsOfRequests } from './relationships-of-query.js';
export { searchCandidateFrom, searchQuery, SEARCH_CANDIDATES, type SearchCandidate } from './search-query.js';
export {
  neighborhoodQuery,
  neighborhoodLevelQuery,
  keptSubgraphQuery,
  graphQuery,
} from './traversal-queries.js';
export { allShortestPathsQuery, kShortestPathsQuery, MAX_PATHS_READ } from './path-queries.js';
export { neighborsQuery, mostConnectedQuery } from './neighbor-queries.js';
export { relationshipPredicate, relationshipFilterParams } from './relationship-predicate.js';
export { summaryQuery } from './summary-query.js';
export { schemaStatements } from './schema-statements.js';
export * from './write-queries.js';
export { escapeLucene } from './escape-lucene.js';
export { relationshipTypeAlternation } from './relationship-type-alternation.js';
export { lockRecordsQuery, latestChangeQuery } from './record-lock-queries.js';
export { sourceTextsQuery, evidenceInQuery } from './evidence-queries.js';
export {
  timelineQuery,
  timelineCountQuery,
  progressItemsQuery,
  progressCooperationsQuery,
} from './event-queries.js';
