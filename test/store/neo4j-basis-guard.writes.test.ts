import { inject } from 'vitest';
import type { Neo4jStore } from '../../src/store/neo4j/index.js';
import { openTestNeo4jStore, resetToBundledDataset } from '../support/neo4j-test-database.js';
import { describeBasisGuardContract } from './basis-guard-contract.js';

// The basis guard on a real Neo4j holding the bundled dataset; it writes, so it runs with the writers
// and restores the bundled dataset when it is done.
describeBasisGuardContract(
  'neo4j',
  async () => openTestNeo4jStore(inject('neo4j')),
  async (store) => {
    await resetToBundledDataset(store as Neo4jStore);
    await store.close();
  },
);
