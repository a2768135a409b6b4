import neo4j from 'neo4j-driver';
import { QueryRunner, type RunStatement } from '../../../../src/store/neo4j/query-runner.js';
import type { Neo4jConnection } from '../../../support/neo4j-test-database.js';
import { TEST_STATEMENT_TIMEOUT_MS } from '../../../support/neo4j-test-database.js';

/**
 * A query runner on the test Neo4j, its driver set up as the store sets up its own (integers as
 * numbers), or with the driver's default lossless Integers to show the decoders take those too.
 */
export function openStatementRunner(
  connection: Neo4jConnection,
  integers: 'numbers' | 'lossless' = 'numbers',
): { runner: QueryRunner; close: () => Promise<void> } {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: integers === 'numbers',
  });
  const runner = new QueryRunner({ driver, database: 'neo4j', timeoutMs: TEST_STATEMENT_TIMEOUT_MS });
  return { runner, close: () => driver.close() };
}

/**
 * Runs `work` in a write transaction of `runner` and rolls it back, so a test can look at what a
 * statement writes without leaving it in the shared test database.
 */
export async function rolledBack(
  runner: QueryRunner,
  work: (run: RunStatement) => Promise<void>,
): Promise<void> {
  const rollback = new Error('rollback');
  const error = await runner
    .inWriteTransaction('test', async (run) => {
      await work(run);
      throw rollback;
    })
    .catch((caught: unknown) => caught);
  if (error !== rollback) throw error;
}
