import { routing, type Driver } from 'neo4j-driver';
import type { CypherQuery } from './cypher/index.js';
import { translateDriverError } from './translate-driver-error.js';

export interface QueryRunnerOptions {
  driver: Driver;
  database: string;
  /** Server-side time limit of each transaction. */
  timeoutMs: number;
  /** Called once per round trip, with the statement's purpose; for metrics and round-trip tests. */
  onRoundTrip?: (name: string) => void;
}

/** Plain rows: every record as an object keyed by its column names. */
export type Rows = Record<string, unknown>[];

/**
 * Runs builders' queries: reads routed as reads (so a cluster or Aura spreads them over secondaries),
 * writes in managed write transactions (retried on transient errors, which is why every write here is
 * idempotent), each with the time limit, each counted, each error translated.
 */
export class QueryRunner {
  constructor(private readonly options: QueryRunnerOptions) {}

  read(name: string, query: CypherQuery): Promise<Rows> {
    return this.run(name, query, routing.READ);
  }

  write(name: string, query: CypherQuery): Promise<Rows> {
    return this.run(name, query, routing.WRITE);
  }

  /**
   * A write transaction whose statements depend on what earlier ones read. The driver retries the
   * whole function on transient errors, so it must be idempotent.
   */
  async inWriteTransaction<T>(
    name: string,
    work: (run: (query: CypherQuery) => Promise<Rows>) => Promise<T>,
  ): Promise<T> {
    this.options.onRoundTrip?.(name);
    const session = this.options.driver.session({ database: this.options.database });
    try {
      return await session.executeWrite(
        (tx) =>
          work(async (query) =>
            (await tx.run(query.cypher, query.params)).records.map((record) => record.toObject()),
          ),
        { timeout: this.options.timeoutMs, metadata: { app: 'yrd-graph', purpose: name } },
      );
    } catch (error) {
      throw translateDriverError(error, this.options.timeoutMs);
    } finally {
      await session.close();
    }
  }

  private async run(
    name: string,
    query: CypherQuery,
    mode: typeof routing.READ | typeof routing.WRITE,
  ): Promise<Rows> {
    this.options.onRoundTrip?.(name);
    try {
      const result = await this.options.driver.executeQuery(query.cypher, query.params, {
        database: this.options.database,
        routing: mode,
        transactionConfig: { timeout: this.options.timeoutMs, metadata: { app: 'yrd-graph', purpose: name } },
      });
      return result.records.map((record) => record.toObject());
    } catch (error) {
      throw translateDriverError(error, this.options.timeoutMs);
    }
  }
}
