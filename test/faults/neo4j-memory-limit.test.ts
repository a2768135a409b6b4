import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  startServiceOnOwnNeo4j,
  stopServiceOnOwnNeo4j,
  type ServiceOnOwnNeo4j,
} from '../support/neo4j-of-its-own.js';

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

let own: ServiceOnOwnNeo4j | undefined;

beforeAll(async () => {
  own = await startServiceOnOwnNeo4j('memory', { transactionMemoryMaxMb: TRANSACTION_MEMORY_MIB });
}, 240_000);

afterAll(() => stopServiceOnOwnNeo4j(own), 60_000);

async function post(
  query: string,
): Promise<{ data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] }> {
  const response = await fetch(`${own!.service.url}/graphql`, {
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
