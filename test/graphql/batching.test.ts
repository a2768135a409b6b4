import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  countingStore,
  createGraphQLHarness,
  dataOf,
  type CountingStore,
  type GraphQLHarness,
} from '../support/graphql-harness.js';

/**
 * DataLoader batching: a query costs one store call per level of nesting, not one per item, and the
 * loaders' caches live for one request only. Calls are counted on the store port (one call is one
 * round trip to Neo4j).
 */

let harness: GraphQLHarness;
let counter: CountingStore;

beforeAll(async () => {
  harness = await createGraphQLHarness({
    wrapStore: (store) => {
      counter = countingStore(store);
      return counter.store;
    },
  });
});

afterAll(async () => {
  await harness.stop();
});

beforeEach(() => {
  counter.reset();
});

const entitiesWithRelationships = (first: number) => `{
  entities(first: ${first}) {
    edges {
      node {
        id
        relationships(first: 5) {
          edges { other { name } node { from { id } to { id } } }
        }
      }
    }
  }
}`;

describe('batching', () => {
  it("loads 50 entities' relationships and both ends in one store call per level", async () => {
    const data = dataOf(await harness.execute(entitiesWithRelationships(50)));
    const edges = data['entities'].edges.flatMap(
      (edge: { node: { relationships: { edges: unknown[] } } }) => edge.node.relationships.edges,
    );
    expect(data['entities'].edges).toHaveLength(50);
    // Enough work that per-item fetching would show: well over a hundred ends to resolve.
    expect(edges.length).toBeGreaterThan(50);
    expect(counter.calls.listEntities).toBe(1);
    expect(counter.calls.relationshipsOf).toBe(1);
    // `other` and `node { from to }` are the listed entity and the other ends the relationship page
    // brought with it: nothing is left to fetch by id.
    expect(counter.calls.getEntities).toBeUndefined();
    expect(Object.keys(counter.calls).sort()).toEqual(['listEntities', 'relationshipsOf']);
  });

  it('costs the same number of store calls for a page of 5 as for a page of 50', async () => {
    await harness.execute(entitiesWithRelationships(5));
    const small = { ...counter.calls };
    counter.reset();
    await harness.execute(entitiesWithRelationships(50));
    expect(counter.calls).toEqual(small);
    expect(counter.total()).toBeLessThanOrEqual(4);
  });

  it('asks the store for each entity once, however often the query names it', async () => {
    let asked: string[] = [];
    const recording = await createGraphQLHarness({
      wrapStore: (store) => ({
        ...store,
        kind: store.kind,
        getEntities: (ids) => {
          asked = [...asked, ...ids];
          return store.getEntities(ids);
        },
      }),
    });
    try {
      dataOf(
        await recording.execute(`{
          a: entity(id: "city:wenzhou") { id }
          b: entity(id: "city:wenzhou") { name }
          c: node(id: "city:wenzhou") { id }
          d: nodes(ids: ["city:wenzhou", "district:jiading", "district:jiading"]) { id }
        }`),
      );
      expect(asked.sort()).toEqual(['city:wenzhou', 'district:jiading']);
    } finally {
      await recording.stop();
    }
  });

  it('counts a listing in the call that fetches its page, through fragments too', async () => {
    const data = dataOf(
      await harness.execute(`{
        entities(kinds: [CITY], first: 2) { ...Total edges { node { id } } }
      }
      fragment Total on EntityConnection { ... on EntityConnection { totalCount } }`),
    );
    expect(data['entities'].totalCount).toBeGreaterThan(2);
    expect(counter.calls).toEqual({ listEntities: 1 });
    counter.reset();
    const plain = dataOf(
      await harness.execute('{ entities(kinds: [CITY], first: 2) { edges { node { id } } } }'),
    );
    expect(plain['entities'].edges).toHaveLength(2);
    expect(counter.calls).toEqual({ listEntities: 1 });
  });

  it('fetches the level below a page of relationships with it, and answers as if it had not', async () => {
    const twoLevels = (inner: string) => `{
      entity(id: "city:wenzhou") {
        relationships(first: 12) {
          edges { other { id relationships(types: [COOPERATES_WITH, HOSTS, LOCATED_IN], first: 2) { ${inner} } } }
        }
      }
    }`;
    const fetched = dataOf(
      await harness.execute(
        twoLevels('totalCount: __typename edges { node { id } other { name } } pageInfo { hasNextPage }'),
      ),
    );
    // The entity, its page and the pages one level down: one store call.
    expect(counter.calls).toEqual({ relationshipsOf: 1 });
    // Paging the level below with `after` cannot be fetched ahead: it is loaded as usual, and answers agree.
    counter.reset();
    const edges = fetched['entity'].relationships.edges as {
      other: { id: string; relationships: unknown };
    }[];
    expect(edges.length).toBe(12);
    for (const edge of edges.slice(0, 4)) {
      const alone = dataOf(
        await harness.execute(
          `{ entity(id: "${edge.other.id}") { relationships(types: [COOPERATES_WITH, HOSTS, LOCATED_IN], first: 2) { totalCount: __typename edges { node { id } other { name } } pageInfo { hasNextPage } } } }`,
        ),
      );
      expect(edge.other.relationships).toEqual(alone['entity'].relationships);
    }
  });

  it('answers an entity with two levels of relationships in one store call, as it would in three', async () => {
    const nested = (id: string) => `{
      entity(id: "${id}") {
        id name evidence { quote }
        relationships(direction: OUTGOING, first: 10) {
          edges { node { id type } other { id relationships(direction: OUTGOING, first: 10) { edges { node { id } other { id } } } } }
        }
      }
    }`;
    const together = dataOf(await harness.execute(nested('city:wenzhou')));
    expect(counter.calls).toEqual({ relationshipsOf: 1 });
    expect(together['entity'].relationships.edges.length).toBeGreaterThan(0);
    // The same answers, level by level: the entity alone, then each level through its own field.
    counter.reset();
    const alone = dataOf(
      await harness.execute('{ entity(id: "city:wenzhou") { id name evidence { quote } } }'),
    );
    expect(counter.calls).toEqual({ getEntities: 1 });
    expect({ ...together['entity'], relationships: undefined }).toEqual({
      ...alone['entity'],
      relationships: undefined,
    });
    // An unknown id is null, still in one call.
    counter.reset();
    expect(dataOf(await harness.execute(nested('city:nowhere')))['entity']).toBeNull();
    expect(counter.calls).toEqual({ relationshipsOf: 1 });
  });

  it("reads ahead with each request's own variables when one document is sent again", async () => {
    // Under a listing, so each page's `relationships` field reads ahead itself (not the root field).
    const document = `query Two($inner: Int!, $types: [RelationshipType!]) {
      entities(kinds: [CITY], first: 3) {
        edges {
          node {
            relationships(first: 6) {
              edges { other { id relationships(types: $types, first: $inner) { edges { node { id } } } } }
            }
          }
        }
      }
    }`;
    type Page = { edges: { other: { relationships: { edges: unknown[] } } }[] };
    const pagesOf = (data: ReturnType<typeof dataOf>) =>
      (data['entities'].edges as { node: { relationships: Page } }[]).flatMap(({ node }) =>
        node.relationships.edges.map((edge) => edge.other.relationships.edges.length),
      );
    const runs = [
      { inner: 1, types: null },
      { inner: 3, types: null },
      { inner: 3, types: ['LOCATED_IN'] },
    ];
    const answers = [];
    for (const variables of runs) {
      counter.reset();
      answers.push(pagesOf(dataOf(await harness.execute(document, variables))));
      // Both levels still come in one call: the read-ahead used this request's variables.
      expect(counter.calls).toEqual({ listEntities: 1, relationshipsOf: 1 });
    }
    expect(Math.max(...answers[0]!)).toBe(1);
    expect(Math.max(...answers[1]!)).toBe(3);
    expect(answers[2]!.reduce((a, b) => a + b, 0)).toBeLessThan(answers[1]!.reduce((a, b) => a + b, 0));
  });

  it('reads ahead only what it can answer: a page after a cursor is fetched by its own field', async () => {
    const data = dataOf(
      await harness.execute(
        '{ entity(id: "city:wenzhou") { relationships(first: 2, after: "eyJ2IjoxLCJrIjoiY2l0eTp3ZW56aG91LVtDT09QRVJBVEVTX1dJVEhdLT5kaXN0cmljdDpqaWFkaW5nIn0") { edges { node { id } } } } }',
      ),
    );
    expect(data['entity']).not.toBeNull();
    expect(counter.calls).toEqual({ getEntities: 1, relationshipsOf: 1 });
  });

  it('batches degree over a page into one call', async () => {
    const data = dataOf(await harness.execute('{ entities(first: 40) { edges { node { degree } } } }'));
    expect(data['entities'].edges).toHaveLength(40);
    expect(counter.calls).toEqual({ listEntities: 1, degrees: 1 });
  });

  it('fetches the sources once for all evidence of a page', async () => {
    dataOf(
      await harness.execute(
        '{ entities(first: 60) { edges { node { evidence { source { id } } relationships { edges { node { evidence { source { kind } } } } } } } } }',
      ),
    );
    expect(counter.calls.listSources).toBe(1);
  });

  it('does not fetch again an entity that search or neighborhood already returned', async () => {
    dataOf(await harness.execute('{ search(query: "jiading") { entity { id name } } }'));
    dataOf(await harness.execute('{ neighborhood(id: "district:jiading") { nodes { id name } } }'));
    expect(counter.calls.getEntities).toBeUndefined();
  });
});

describe('loader caches', () => {
  it('are per request: a second request calls the store again', async () => {
    const query =
      '{ entity(id: "city:wenzhou") { name relationships(first: 3) { edges { other { id } } } } }';
    await harness.execute(query);
    const first = { ...counter.calls };
    expect(first).toEqual({ relationshipsOf: 1 });
    counter.reset();
    await harness.execute(query);
    expect(counter.calls).toEqual(first);
  });
});
