import neo4j, { type Driver } from 'neo4j-driver';
import { inWholePasses, type LoadSamples } from './http-load.js';

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
 * each running the hand-written statements back to back for a bounded time and then to the end of the
 * pass over them (see `inWholePasses`), as auto-commit reads.
 */
export async function driverSamples(options: DriverLoopOptions): Promise<LoadSamples> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const goOn = inWholePasses(performance.now() + options.durationSeconds * 1000, options.statements.length);
  const worker = async () => {
    while (goOn(next)) {
      const statement = options.statements[next++ % options.statements.length]!;
      const started = performance.now();
      try {
        // An auto-commit read: one flush per statement, the cheapest way the driver has to ask.
        const session = options.driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.run(statement.cypher, statement.params);
          options.post?.(result.records.map((record) => record.toObject()));
        } finally {
          await session.close();
        }
        latencies.push(performance.now() - started);
      } catch {
        errors++;
      }
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: options.workers }, worker));
  return { latencies, seconds: (performance.now() - began) / 1000, non2xx: 0, graphqlErrors: 0, errors };
}
