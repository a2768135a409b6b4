import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findJavaAndMaven, startLocalNeo4j, type LocalNeo4j } from '../../tools/neo4j/launch.js';
import { prepareNeo4jTestDatabase } from './neo4j-test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

/**
 * Gives the test run a real Neo4j with the bundled dataset loaded. With NEO4J_URI set, that server is
 * used (it must be empty or a previous test database). Otherwise a Neo4j Community 5.26 is started
 * from Maven jars on a free loopback port with a throw-away data directory, and stopped afterwards.
 * A machine without Java or Maven fails the run with a message that says so: Neo4j tests never skip.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let local: LocalNeo4j | null = null;
  let homeDir: string | null = null;
  let connection: { uri: string; user: string; password: string };

  if (process.env['NEO4J_URI']) {
    connection = {
      uri: process.env['NEO4J_URI'],
      user: process.env['NEO4J_USER'] ?? 'neo4j',
      password: process.env['NEO4J_PASSWORD'] ?? '',
    };
  } else {
    const tools = findJavaAndMaven();
    if (!tools.ok) {
      throw new Error(
        `The Neo4j tests need a real Neo4j, and this machine cannot start one: ${tools.missing.join(' and ')} not found on PATH. ` +
          'Install JDK 17 and Maven, or set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) to a running Neo4j 5.',
      );
    }
    homeDir = await mkdtemp(path.join(os.tmpdir(), 'yrd-graph-neo4j-test-'));
    const started = performance.now();
    local = await startLocalNeo4j({ homeDir, exitWithParent: true });
    console.log(
      `[neo4j] started ${local.uri} in ${Math.round(performance.now() - started)} ms (data: ${homeDir})`,
    );
    connection = { uri: local.uri, user: 'neo4j', password: 'unused' };
  }

  try {
    await prepareNeo4jTestDatabase(connection);
  } catch (error) {
    await local?.stop();
    throw error;
  }
  project.provide('neo4j', connection);

  return async () => {
    await local?.stop();
    if (homeDir) await rm(homeDir, { recursive: true, force: true });
  };
}
