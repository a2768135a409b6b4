import neo4j from 'neo4j-driver';
import { QueryRunner } from '../../../../src/store/neo4j/query-runner.js';
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
