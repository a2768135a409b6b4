import { createNeo4jStore, type Neo4jStore } from '../../src/store/neo4j/index.js';
import type { Dataset } from '../../src/model/index.js';
import { bundledDataset } from './bundled-dataset.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

/**
 * How long one statement of the tests may take. Tests check what the store answers, not how fast: on a
 * busy machine (CI shares two cores with a JVM, Chromium and the test workers) loading the dataset or a
 * path search can take longer than the service's 10 s request budget, and that must not fail the run.
 */
export const TEST_STATEMENT_TIMEOUT_MS = 180_000;

/** A Neo4j store on the test server; close it after use. */
export function openTestNeo4jStore(
  connection: Neo4jConnection,
  onRoundTrip?: (name: string) => void,
): Neo4jStore {
  return createNeo4jStore({
    ...connection,
    timeoutMs: TEST_STATEMENT_TIMEOUT_MS,
    ...(onRoundTrip ? { onRoundTrip } : {}),
  });
}

/**
 * Makes the test database hold exactly the bundled dataset. It refuses a database with data that a
 * previous test run did not put there, so pointing NEO4J_URI at a real database cannot wipe it.
 */
export async function prepareNeo4jTestDatabase(connection: Neo4jConnection): Promise<void> {
  const store = openTestNeo4jStore(connection);
  try {
    await assertIsTestDatabase(store, connection.uri);
    await store.ensureSchema();
    await resetToBundledDataset(store);
  } finally {
    await store.close();
  }
}

/**
 * A store on the test server holding only `dataset`. It replaces the shared database's data, so only
 * writes tests (which run after every reading test) use it, and give it back with restoreAndClose.
 */
export async function openTestNeo4jStoreWith(
  connection: Neo4jConnection,
  dataset: Dataset,
): Promise<Neo4jStore> {
  const store = openTestNeo4jStore(connection);
  await store.deleteAll();
  await store.importDataset(dataset);
  return store;
}

/** Loads the bundled dataset back into the shared test database, and closes the store. */
export async function restoreAndClose(store: Neo4jStore): Promise<void> {
  await resetToBundledDataset(store);
  await store.close();
}

/** Deletes everything and loads the bundled dataset again. */
export async function resetToBundledDataset(store: Neo4jStore): Promise<void> {
  await store.deleteAll();
  await store.importDataset(await bundledDataset());
}

async function assertIsTestDatabase(store: Neo4jStore, uri: string): Promise<void> {
  const summary = await store.summary();
  if (summary.entityCount === 0) return;
  const [marker] = await store.getEntities(['plan:wenzhou-yrd-action-plan']);
  const dataset = await bundledDataset();
  if (!marker || summary.entityCount !== dataset.entities.length) {
    throw new Error(
      `Refusing to run tests against ${uri}: it holds ${summary.entityCount} entities that are not the bundled test dataset, ` +
        'and the tests would replace them. Point NEO4J_URI at an empty database, or unset it to let the tests start their own Neo4j.',
    );
  }
}
