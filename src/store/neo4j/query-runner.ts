import { isRetryableError, routing, session as sessionModes, type Driver } from 'neo4j-driver';
import type { Statement } from './cypher/index.js';
import { isOverTransactionMemory, translateDriverError } from './translate-driver-error.js';

export interface QueryRunnerOptions {
  driver: Driver;
  database: string;
  /** Server-side time limit of each transaction. */
  timeoutMs: number;
  /** Called once per round trip, with the statement's purpose; for metrics and round-trip tests. */
  onRoundTrip?: (name: string) => void;
}

/** Runs a statement in the transaction at hand and hands back its decoded rows. */
export type RunStatement = <Row>(statement: Statement<Row>) => Promise<Row[]>;

/**
 * Runs statements (see cypher/statement.ts) and hands back their rows decoded: reads routed as reads (so a cluster or Aura spreads them over secondaries),
 * writes in managed write transactions (retried on transient errors, which is why every write here is
 * idempotent), each with the time limit, each counted, each error translated.
 *
 * Reads are auto-commit transactions: the driver sends RUN and PULL in one flush and needs no BEGIN or
 * COMMIT, one socket write per statement instead of three. A CPU profile of the nested-entity query
 * put 10% of the service's time in those writes. They share the driver's bookmark manager with the
 * writes, so a read still sees what this service wrote before it (in a cluster too), and a read that
 * fails with a retryable error is run once more (not one over Neo4j's per-transaction memory limit,
 * which the driver calls retryable but which would fail again, after using that memory again).
 */
export class QueryRunner {
  constructor(private readonly options: QueryRunnerOptions) {}

  async read<Row>(name: string, statement: Statement<Row>): Promise<Row[]> {
    this.options.onRoundTrip?.(name);
    try {
      return await this.autoCommitRead(name, statement).catch((error: unknown) => {
        if (!isRetryableError(error) || isOverTransactionMemory(error)) throw error;
        return this.autoCommitRead(name, statement);
      });
    } catch (error) {
      throw translateDriverError(error, this.options.timeoutMs);
    }
  }

  async write<Row>(name: string, statement: Statement<Row>): Promise<Row[]> {
    this.options.onRoundTrip?.(name);
    try {
      const result = await this.options.driver.executeQuery(statement.text, statement.parameters, {
        database: this.options.database,
        routing: routing.WRITE,
        transactionConfig: { timeout: this.options.timeoutMs, metadata: { app: 'yrd-graph', purpose: name } },
      });
      return result.records.map((record) => statement.decode(record));
    } catch (error) {
      throw translateDriverError(error, this.options.timeoutMs);
    }
  }

  /**
   * A write transaction whose statements depend on what earlier ones read. The driver retries the
   * whole function on transient errors, so it must be idempotent.
   */
  async inWriteTransaction<T>(name: string, work: (run: RunStatement) => Promise<T>): Promise<T> {
    this.options.onRoundTrip?.(name);
    const { driver, database } = this.options;
    // The same bookmarks as the reads: a read that follows this write sees it, on any cluster member.
    const session = driver.session({ database, bookmarkManager: driver.executeQueryBookmarkManager });
    try {
      return await session.executeWrite(
        (tx) =>
          work(async (statement) =>
            (await tx.run(statement.text, statement.parameters)).records.map((record) =>
              statement.decode(record),
            ),
          ),
        { timeout: this.options.timeoutMs, metadata: { app: 'yrd-graph', purpose: name } },
      );
    } catch (error) {
      throw translateDriverError(error, this.options.timeoutMs);
    } finally {
      await session.close();
    }
  }

  private async autoCommitRead<Row>(name: string, statement: Statement<Row>): Promise<Row[]> {
    const { driver, database, timeoutMs } = this.options;
    const session = driver.session({
      database,
      defaultAccessMode: sessionModes.READ,
      bookmarkManager: driver.executeQueryBookmarkManager,
    });
    try {
      const result = await withoutStackTrace(() =>
        session.run(statement.text, statement.parameters, {
          timeout: timeoutMs,
          metadata: { app: 'yrd-graph', purpose: name },
        }),
      );
      return result.records.map((record) => statement.decode(record));
    } finally {
      await session.close();
    }
  }
}

/**
 * Runs `start` with no stack traces captured. The driver's Result records the caller's stack when it
 * is made (`new Error().stack`, formatted at once) to give a later failure that stack; formatting it
 * was 3% of the service's CPU for a nested read (issue 15). A read's failure is translated into one of
 * our errors (translateDriverError), which carries its own stack from the read's caller, so the
 * driver's copy is not needed. The limit is process-wide, hence restored before anything else runs:
 * `start` is synchronous up to the promise it returns.
 */
function withoutStackTrace<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
