import neo4j, { type Driver } from 'neo4j-driver';
import type { LoadResult } from './http-load.js';

export interface DriverLoopOptions {
  driver: Driver;
  /** The statements, cycled through by every worker. */
  statements: { cypher: string; params: Record<string, unknown> }[];
  /** Runs on each result in the loop (e.g. serialising an export), so the limit pays for it too. */
  post?: (records: Record<string, unknown>[]) => unknown;
  workers: number;
  durationSeconds: number;
}

/**
 * THE LIMIT: the plain driver, no GraphQL and no HTTP, with a fixed number of concurrent workers
 * each running the hand-written statements back to back for a bounded time, as read transactions.
 */
export async function driverLoop(options: DriverLoopOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + options.durationSeconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const statement = options.statements[next++ % options.statements.length]!;
      const started = performance.now();
      try {
        const result = await options.driver.executeQuery(statement.cypher, statement.params, {
          routing: neo4j.routing.READ,
          database: 'neo4j',
        });
        options.post?.(result.records.map((record) => record.toObject()));
        latencies.push(performance.now() - started);
      } catch {
        errors++;
      }
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: options.workers }, worker));
  const seconds = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  return {
    requests: latencies.length,
    throughput: round(latencies.length / seconds),
    p50: at(0.5),
    p97_5: at(0.975),
    p99: at(0.99),
    non2xx: 0,
    graphqlErrors: 0,
    errors,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
