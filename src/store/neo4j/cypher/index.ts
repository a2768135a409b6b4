/**
 * Every Cypher statement the Neo4j store runs, one builder per file, each returning a Statement: its
 * text, its parameters and the decoder of its rows.
 *
 * - read/: lookups by id, pages and counts, relationship pages, neighbours, search candidates,
 *   sources, evidence, history
 * - traversal/: neighbourhoods and the filtered graph
 * - paths/: shortest and k-shortest paths
 * - events/: timelines and a plan's progress
 * - write/: curation writes (locks, upserts, retractions, change records) and the bulk import
 * - schema/: constraints and indexes
 * - decode/: the readers the decoders are made of; parts/: fragments of statement text
 */
export type { Neo4jRecord, Statement } from './statement.js';
export { ignoreRow } from './statement.js';

export { getEntitiesQuery } from './read/get-entities.js';
export { getRelationshipsQuery, relationshipKeysOf } from './read/get-relationships.js';
export { listEntitiesQuery } from './read/list-entities.js';
export { countEntitiesQuery } from './read/count-entities.js';
export { listRelationshipsQuery } from './read/list-relationships.js';
export { countRelationshipsQuery } from './read/count-relationships.js';
export { withTotalCount } from './read/with-total-count.js';
export { degreesQuery } from './read/degrees.js';
export { listSourcesQuery } from './read/list-sources.js';
export { sourceTextsQuery } from './read/source-texts.js';
export { evidenceInQuery, type CitingRow } from './read/evidence-in.js';
export {
  relationshipsOfQuery,
  type RelationshipsAndOthers,
  type RelationshipsOfRow,
} from './read/relationships-of.js';
export { groupRelationshipsOfRequests, type RelationshipsOfGroup } from './read/relationships-of-group.js';
export { neighborsQuery, type NeighborsRow } from './read/neighbors.js';
export { mostConnectedQuery } from './read/most-connected.js';
export { summaryQuery } from './read/summary.js';
export { historyQuery } from './read/history.js';
export { pingQuery } from './read/ping.js';
export { searchQuery, SEARCH_CANDIDATES, type SearchHitRow } from './read/search.js';

export { neighborhoodQuery } from './traversal/neighborhood.js';
export { neighborhoodLevelQuery } from './traversal/neighborhood-level.js';
export { keptSubgraphQuery, type KeptSubgraphRow } from './traversal/kept-subgraph.js';
export { neighborhoodSeedsQuery } from './traversal/neighborhood-seeds.js';
export { graphQuery } from './traversal/graph.js';

export { timelineQuery } from './events/timeline.js';
export { timelineCountQuery } from './events/timeline-count.js';
export { progressItemsQuery } from './events/progress-items.js';
export { progressCooperationsQuery } from './events/progress-cooperations.js';

export type { WriteCounts, EntityRow, RelationshipRow } from './write/write-counts.js';
export { upsertSourcesQuery } from './write/upsert-sources.js';
export { upsertEntitiesQuery } from './write/upsert-entities.js';
export { upsertRelationshipsQuery } from './write/upsert-relationships.js';
export { importEntitiesQuery } from './write/import-entities.js';
export { importRelationshipsQuery } from './write/import-relationships.js';
export { lockRecordsQuery } from './write/lock-records.js';
export { latestChangeQuery } from './write/latest-change.js';
export { recordChangesQuery } from './write/record-change.js';
export { retractEntityQuery } from './write/retract-entity.js';
export { relationshipIdsOfQuery } from './write/relationship-ids-of.js';
export { deleteRelationshipQuery } from './write/delete-relationship.js';
export { sourcesWithTextQuery } from './write/sources-with-text.js';
export { existingFactIdsQuery } from './write/existing-fact-ids.js';
export { deleteAllSliceQuery } from './write/delete-all-slice.js';
export { basisDependentsQuery } from './write/basis-dependents.js';

export { schemaStatements } from './schema/schema-statements.js';
export { awaitIndexesQuery } from './schema/await-indexes.js';
export {
  anyEntityWithoutSearchFieldsQuery,
  searchFieldsSliceQuery,
  setSearchFieldsQuery,
  type EntityWithoutSearchFields,
} from './schema/search-fields-backfill.js';
export {
  basisLinksBackfilledQuery,
  basisLinksSliceQuery,
  markBasisLinksBackfilledQuery,
} from './schema/basis-links-backfill.js';

export { relationshipPredicate, relationshipFilterParams } from './parts/relationship-predicate.js';
export { relationshipTypeAlternation } from './parts/relationship-type-alternation.js';
export { escapeLucene } from './parts/escape-lucene.js';

export { allShortestPathsQuery, firstShortestPathQuery } from './paths/all-shortest-paths.js';
export { kShortestPathsQuery, type KShortestPathRow } from './paths/k-shortest-paths.js';
export { MAX_PATHS_READ, type PathRow } from './paths/path-row.js';
