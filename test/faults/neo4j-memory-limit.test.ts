import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startService, type RunningService } from '../../src/server/start-service.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../tools/neo4j/launch.js';
import { prepareNeo4jTestDatabase } from '../support/neo4j-test-database.js';

/**
 * A Neo4j of this file's own, with a per-transaction memory limit (`db.memory.transaction.max`, as
 * docs/limits.md advises where the API is open) small enough that one dear request on the plan's data
 * goes over it. That request is LIMIT_EXCEEDED, saying to ask for less, not STORE_UNAVAILABLE, which
 * says to try again; and the service goes on answering.
 */

const TRANSACTION_MEMORY_MIB = 32;
// Between two regions at the edge of the plan's graph, every trail of up to 8 hops: tens of thousands,
// over 32 MiB, but under the 50,000 the path statements read (which would be LIMIT_EXCEEDED too, with
// another name). At maxHops 6 the same pair is answered.
const DEAR_PATHS = `{ paths(from: "region:pearl-river-delta", to: "region:eastern-jiangxi", mode: K_SHORTEST, maxHops: 8, first: 50) { length } }`;
const SAME_PATHS_NEARER = DEAR_PATHS.replace('maxHops: 8', 'maxHops: 6');

let homeDir: string;
let neo4j: LocalNeo4j | null = null;
let service: RunningService;

beforeAll(async () => {
  homeDir = await mkdtemp(path.join(os.tmpdir(), 'yrd-graph-memory-'));
  neo4j = await startLocalNeo4j({ homeDir, transactionMemoryMaxMb: TRANSACTION_MEMORY_MIB });
  const connection = { uri: neo4j.uri, user: 'neo4j', password: 'x' };
  await prepareNeo4jTestDatabase(connection);
  service = await startService({
    store: createNeo4jStore(connection),
    logger: createLogger({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
    introspection: false,
  });
}, 240_000);

afterAll(async () => {
  await service?.stop();
  await neo4j?.stop();
  if (homeDir) await rm(homeDir, { recursive: true, force: true });
}, 60_000);

async function post(
  query: string,
): Promise<{ data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] }> {
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as never;
}

it('answers a request over the transaction memory limit LIMIT_EXCEEDED, naming the limit', async () => {
  const { data, errors } = await post(DEAR_PATHS);
  expect(data).toBeNull();
  expect(errors).toHaveLength(1);
  expect(errors![0]!.extensions).toMatchObject({
    code: 'LIMIT_EXCEEDED',
    limit: { name: 'transactionMemoryMiB', max: TRANSACTION_MEMORY_MIB },
  });
  expect(errors![0]!.message).toBe(
    `The request needs more memory than the database gives one request (${TRANSACTION_MEMORY_MIB} MiB). Ask for less: a smaller depth, limit, maxHops or first, or narrow it with relationshipTypes.`,
  );
}, 60_000);

it('goes on answering: the same pair nearer, and an entity', async () => {
  await post(DEAR_PATHS);
  const nearer = await post(SAME_PATHS_NEARER);
  expect(nearer.errors).toBeUndefined();
  expect((nearer.data as { paths: unknown[] }).paths.length).toBeGreaterThan(0);
  const entity = await post('{ entity(id: "city:wenzhou") { name } }');
  expect(entity.errors).toBeUndefined();
  expect(entity.data).toEqual({ entity: { name: 'Wenzhou' } });
}, 60_000);
