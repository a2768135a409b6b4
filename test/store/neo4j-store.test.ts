import { inject } from 'vitest';
import { openTestNeo4jStore } from '../support/neo4j-test-database.js';
import { describeStoreContract } from './store-contract.js';

// The global setup has loaded the bundled dataset into a real Neo4j; this suite only reads it.
describeStoreContract('neo4j', async () => openTestNeo4jStore(inject('neo4j')));
