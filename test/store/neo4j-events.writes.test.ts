import { inject } from 'vitest';
import { openDataset } from '../../src/dataset/index.js';
import type { Neo4jStore } from '../../src/store/neo4j/index.js';
import { EVENTS_FIXTURE_FILES, writeDatasetFiles } from '../support/events-fixture.js';
import { openTestNeo4jStore, resetToBundledDataset } from '../support/neo4j-test-database.js';
import { describeEventsContract } from './events-contract.js';

// The events contract on a real Neo4j. It replaces the shared test database's data with the events
// fixture, streamed from its directory as `npm run seed` streams a dataset (events.yaml included),
// so it runs with the writers, and restores the bundled dataset when it is done.
describeEventsContract(
  'neo4j',
  async () => {
    const store = openTestNeo4jStore(inject('neo4j'));
    await store.deleteAll();
    const reader = await openDataset(await writeDatasetFiles(EVENTS_FIXTURE_FILES));
    const entityIds = new Set<string>();
    await store.importDataset({
      sources: reader.sources,
      sourceTexts: reader.sourceTexts,
      entities: reader.entities(entityIds),
      relationships: reader.relationships(entityIds),
    });
    return store;
  },
  async (store) => {
    await resetToBundledDataset(store as Neo4jStore);
    await store.close();
  },
);
