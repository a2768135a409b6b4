/** Starts a local Neo4j for manual bench work: `tsx tools/bench/start-neo4j.ts HOME` prints its URI and stays up. */
import { startLocalNeo4j } from '../neo4j/launch.js';

const neo4j = await startLocalNeo4j({
  homeDir: process.argv[2]!,
  pageCacheMb: 1024,
  transactionTimeoutSeconds: 120,
});
console.log(neo4j.uri);
process.on('SIGTERM', () => void neo4j.stop().then(() => process.exit(0)));
