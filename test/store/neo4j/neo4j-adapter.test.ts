import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createContext } from '../../../src/graphql/context.js';
import { createApolloServer } from '../../../src/graphql/create-apollo-server.js';
import { createLogger } from '../../../src/logger.js';
import { createNeo4jStore, type Neo4jStore } from '../../../src/store/neo4j/index.js';
import { StoreUnavailableError } from '../../../src/errors.js';
import { openTestNeo4jStore } from '../../support/neo4j-test-database.js';

// Behaviour only a real Neo4j can show: round trips, stored types, schema, and an unreachable server.
describe('Neo4j adapter', () => {
  const connection = inject('neo4j');
  const roundTrips: string[] = [];
  let store: Neo4jStore;
  const apollo = createApolloServer({ logger: createLogger({ level: 'silent' }), introspection: true });

  beforeAll(async () => {
    store = openTestNeo4jStore(connection, (name) => roundTrips.push(name));
    await apollo.start();
  });

  afterAll(async () => {
    await apollo.stop();
    await store.close();
  });

  async function execute(query: string, variables: Record<string, unknown> = {}) {
    roundTrips.length = 0;
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createContext({ store, requestId: 'test' }) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { result: response.body.singleResult, roundTrips: [...roundTrips] };
  }

  const NESTED = `query ($first: Int!) {
    entities(first: $first) {
      edges { node { id relationships(first: 5) { edges { other { name } node { from { id } to { id } } } } } }
    }
  }`;

  it('costs one round trip per level of nesting, whatever the page size', async () => {
    const small = await execute(NESTED, { first: 5 });
    const large = await execute(NESTED, { first: 60 });
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    // The page of relationships brings the entities at their other ends: nothing is left to fetch.
    expect(large.roundTrips).toEqual(['listEntities', 'relationshipsOf']);
    expect(small.roundTrips).toEqual(large.roundTrips);
  });

  it('fetches an entity with two levels of its relationships in one round trip', async () => {
    const { result, roundTrips: trips } = await execute(`{
      entity(id: "city:wenzhou") {
        relationships(direction: OUTGOING, first: 8) {
          edges { other { id ... on Task { relationships(first: 3) { edges { other { name } } } } ... on City { relationships(first: 3) { edges { other { name } } } } } }
        }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const edges = (
      result.data as {
        entity: { relationships: { edges: { other: { relationships?: { edges: unknown[] } } }[] } };
      }
    ).entity.relationships.edges;
    expect(edges.some((edge) => (edge.other.relationships?.edges.length ?? 0) > 0)).toBe(true);
    // The entity comes with its page (`withEntity`): no lookup of its own.
    expect(trips).toEqual(['relationshipsOf']);
  });

  it('answers "who does Wenzhou cooperate with" in one round trip', async () => {
    const { result, roundTrips: trips } = await execute(`{
      entity(id: "city:wenzhou") { relationships(types: [COOPERATES_WITH]) { edges { other { id } node { evidence { quote } } } } }
    }`);
    const data = result.data as { entity: { relationships: { edges: { other: { id: string } }[] } } };
    expect(data.entity.relationships.edges.map((edge) => edge.other.id)).toEqual(
      expect.arrayContaining(['city:shanghai', 'city:taizhou', 'district:jiading']),
    );
    // The entity comes with its page (`withEntity`): no lookup of its own.
    expect(trips).toEqual(['relationshipsOf']);
  });

  it('stores years and task numbers as Cypher integers', async () => {
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
    try {
      const { records } = await driver.executeQuery(
        "MATCH (t:Entity:Task {id: 'task:task-one'}), (m:Entity:Milestone {id: 'milestone:2025'}) RETURN valueType(t.number) AS number, valueType(m.year) AS year",
        {},
        { database: 'neo4j', routing: 'READ' },
      );
      expect(records[0]?.toObject()).toEqual({ number: 'INTEGER NOT NULL', year: 'INTEGER NOT NULL' });
    } finally {
      await driver.close();
    }
  });

  it('creates its schema idempotently', async () => {
    await store.ensureSchema();
    await store.ensureSchema();
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
    try {
      const { records } = await driver.executeQuery(
        'SHOW INDEXES YIELD name, state RETURN name, state',
        {},
        { database: 'neo4j' },
      );
      const indexes = Object.fromEntries(records.map((record) => [record.get('name'), record.get('state')]));
      expect(indexes).toMatchObject({
        entity_id: 'ONLINE',
        entity_search: 'ONLINE',
        entity_kind: 'ONLINE',
        rel_cooperates_with_id: 'ONLINE',
      });
    } finally {
      await driver.close();
    }
  });

  it('searches for Lucene syntax instead of running it', async () => {
    for (const query of ['"unbalanced', 'a AND OR NOT', '(((', 'wen~2', 'title:x*', '\\', '[a TO z]']) {
      await expect(store.search({ query, kinds: null, first: 5 })).resolves.toBeInstanceOf(Array);
    }
    expect((await store.search({ query: 'Jiading)', kinds: null, first: 1 }))[0]?.entity.id).toBe(
      'district:jiading',
    );
  });

  it('reports an unreachable server as STORE_UNAVAILABLE, quickly', async () => {
    const down = createNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    const started = performance.now();
    try {
      const error = await down.ping().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as StoreUnavailableError).extensions).toMatchObject({
        code: 'STORE_UNAVAILABLE',
        retriable: true,
      });
      expect(performance.now() - started).toBeLessThan(15_000);
    } finally {
      await down.close();
    }
  });

  it('gives GraphQL clients STORE_UNAVAILABLE, not an internal error, when Neo4j is down', async () => {
    const down = createNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    try {
      const response = await apollo.executeOperation(
        { query: '{ entity(id: "city:wenzhou") { name } }' },
        { contextValue: createContext({ store: down, requestId: 'down' }) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors?.[0]?.extensions).toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect(response.body.singleResult.errors?.[0]?.message).toBe(
        'The graph store is unavailable (Neo4j did not answer). Try again shortly.',
      );
    } finally {
      await down.close();
    }
  });
});
