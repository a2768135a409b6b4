/**
 * `npm run neo4j`: runs a persistent local Neo4j for development until Ctrl-C / SIGTERM.
 * Data in <repo>/.neo4j/ (NEO4J_HOME_DIR overrides), Bolt on 127.0.0.1:7687 (NEO4J_PORT overrides).
 * For large datasets: NEO4J_HEAP_MB (JVM heap, default 1024), NEO4J_PAGE_CACHE_MB (default 256) and
 * NEO4J_TX_TIMEOUT_SECONDS (default 30). NEO4J_TX_MEMORY_MAX_MB sets db.memory.transaction.max, the most
 * memory one transaction may use (default: no limit but the global pool).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findJavaAndMaven, startLocalNeo4j } from './launch.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const homeDir = process.env['NEO4J_HOME_DIR'] || resolve(repoRoot, '.neo4j');
const port = Number(process.env['NEO4J_PORT'] || 7687);
const optionalNumber = (name: string): number | undefined => {
  const text = process.env[name];
  if (!text) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} must be a whole number, not ${JSON.stringify(text)}.`);
    process.exit(2);
  }
  return value;
};
const heapMb = optionalNumber('NEO4J_HEAP_MB');
const pageCacheMb = optionalNumber('NEO4J_PAGE_CACHE_MB');
const transactionTimeoutSeconds = optionalNumber('NEO4J_TX_TIMEOUT_SECONDS');
const transactionMemoryMaxMb = optionalNumber('NEO4J_TX_MEMORY_MAX_MB');

const tools = findJavaAndMaven();
if (!tools.ok) {
  console.error(`npm run neo4j needs ${tools.missing.join(' and ')} on PATH (JDK 17+ and Maven 3).`);
  process.exit(1);
}

console.error(`Starting Neo4j (home ${homeDir}, port ${port}); a first run also builds it with Maven…`);
const neo4j = await startLocalNeo4j({
  homeDir,
  port,
  ...(heapMb ? { heapMb } : {}),
  ...(pageCacheMb ? { pageCacheMb } : {}),
  ...(transactionTimeoutSeconds ? { transactionTimeoutSeconds } : {}),
  ...(transactionMemoryMaxMb ? { transactionMemoryMaxMb } : {}),
  log: (line) => console.error(`[neo4j] ${line}`),
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

console.log(`Neo4j is ready at ${neo4j.uri} (auth disabled). Run the service with:`);
console.log(`  NEO4J_URI=${neo4j.uri} NEO4J_USER=neo4j NEO4J_PASSWORD=unused npm start`);
console.log('Press Ctrl-C to stop.');

let stopping = false;
const shutdown = (signal: NodeJS.Signals): void => {
  if (stopping) return;
  stopping = true;
  console.error(`${signal}: stopping Neo4j…`);
  neo4j.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
