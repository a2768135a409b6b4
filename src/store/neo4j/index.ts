export { createNeo4jStore, type Neo4jStore, type Neo4jStoreOptions } from './create-neo4j-store.js';
export type {
  ImportableDataset,
  ImportOptions,
  ImportProgress,
  ImportSummary,
  ImportCounts,
} from './import-dataset.js';
