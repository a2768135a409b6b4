import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../src/logger.js';
import { startService, type RunningService } from '../../src/server/start-service.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from '../../tools/neo4j/launch.js';
import { prepareNeo4jTestDatabase } from './neo4j-test-database.js';

/** A service on a Neo4j of a test file's own, which the file may stop, restart or configure. */
export interface ServiceOnOwnNeo4j {
  /** Where that Neo4j keeps its data: a restart on it finds the same graph. */
  homeDir: string;
  /** Null while the test has it stopped. */
  neo4j: LocalNeo4j | null;
  service: RunningService;
}

/**
 * Starts a Neo4j in a fresh directory (`launch` sets its options, such as a memory limit), loads the
 * bundled dataset and starts the service on it, quiet. For the files that need a Neo4j the shared
 * test one cannot be: one they take down, or one configured otherwise.
 */
export async function startServiceOnOwnNeo4j(
  name: string,
  launch: Omit<LocalNeo4jOptions, 'homeDir'> = {},
): Promise<ServiceOnOwnNeo4j> {
  const homeDir = await mkdtemp(path.join(os.tmpdir(), `yrd-graph-${name}-`));
  const neo4j = await startLocalNeo4j({ ...launch, homeDir });
  const connection = { uri: neo4j.uri, user: 'neo4j', password: 'x' };
  await prepareNeo4jTestDatabase(connection);
  const service = await startService({
    store: createNeo4jStore(connection),
    logger: createLogger({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
    introspection: false,
  });
  return { homeDir, neo4j, service };
}

/** Stops the service and the Neo4j, and removes its directory. */
export async function stopServiceOnOwnNeo4j(own: ServiceOnOwnNeo4j | undefined): Promise<void> {
  if (!own) return;
  await own.service.stop();
  await own.neo4j?.stop();
  await rm(own.homeDir, { recursive: true, force: true });
}
