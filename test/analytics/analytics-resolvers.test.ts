import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countingStore,
  createGraphQLHarness,
  dataOf,
  onlyError,
  type CountingStore,
  type GraphQLHarness,
} from '../support/graphql-harness.js';
import { bundledDataset } from '../support/bundled-dataset.js';

const ANALYTICS = /* GraphQL */ `
  query ($selection: GraphSelection, $orderBy: MetricOrder, $first: Int) {
    analytics(selection: $selection) {
      nodeCount
      relationshipCount
      communityCount
      modularity
      metrics(orderBy: $orderBy, first: $first) {
        entity {
          id
          name
        }
        degree
        degreeCentrality
        betweenness
        pageRank
        community
      }
    }
  }
`;

describe('Query.analytics and Query.graph', () => {
  let harness: GraphQLHarness;
  let counting: CountingStore;

  beforeAll(async () => {
    harness = await createGraphQLHarness({
      wrapStore: (store) => (counting = countingStore(store)).store,
    });
  });
  afterAll(() => harness.stop());

  it('analyses the whole graph: Wenzhou has the most relationships', async () => {
    const data = dataOf(await harness.execute(ANALYTICS, { orderBy: 'DEGREE', first: 3 }));
    const dataset = await bundledDataset();
    expect(data['analytics'].nodeCount).toBe(dataset.entities.length);
    expect(data['analytics'].relationshipCount).toBe(dataset.relationships.length);
    expect(data['analytics'].metrics).toHaveLength(3);
    expect(data['analytics'].metrics[0].entity.id).toBe('city:wenzhou');
    expect(data['analytics'].communityCount).toBeGreaterThan(1);
  });

  it('orders metrics best first with ties by id', async () => {
    const data = dataOf(await harness.execute(ANALYTICS, { orderBy: 'BETWEENNESS', first: 200 }));
    const metrics = data['analytics'].metrics as { entity: { id: string }; betweenness: number }[];
    expect(metrics).toHaveLength((await bundledDataset()).entities.length);
    for (let i = 1; i < metrics.length; i++) {
      const [a, b] = [metrics[i - 1]!, metrics[i]!];
      expect(
        a.betweenness > b.betweenness || (a.betweenness === b.betweenness && a.entity.id < b.entity.id),
      ).toBe(true);
    }
  });

  it('analyses around seeds, primes the entity loader and costs one store call per level', async () => {
    counting.reset();
    const data = dataOf(
      await harness.execute(ANALYTICS, {
        selection: { around: ['district:jiading'], depth: 1 },
        first: 100,
      }),
    );
    const ids = (data['analytics'].metrics as { entity: { id: string } }[]).map((m) => m.entity.id);
    expect(ids).toContain('district:jiading');
    expect(ids).toContain('city:wenzhou');
    // One lookup of the seed, one neighbourhood; the metrics' entities come from the primed loader.
    expect(counting.calls).toEqual({ getEntities: 1, neighborhood: 1 });
  });

  it('refuses to analyse a selection the limit cut, saying how to narrow it', async () => {
    const error = onlyError(await harness.execute(ANALYTICS, { selection: { limit: 10 } }));
    expect(error.extensions?.['code']).toBe('LIMIT_EXCEEDED');
    expect(error.message).toBe(
      'The selection holds more than 10 entities, and analytics needs all of them. Narrow it with `kinds`, ' +
        '`relationshipTypes` or `around` with a smaller `depth`, or raise `limit` (at most 5000).',
    );
  });

  it('returns a cut graph marked truncated', async () => {
    const data = dataOf(
      await harness.execute(
        '{ graph(selection: { limit: 10 }) { truncated nodes { id } relationships { id } } }',
      ),
    );
    expect(data['graph'].truncated).toBe(true);
    expect(data['graph'].nodes).toHaveLength(10);
  });

  it('filters the graph by kinds', async () => {
    const data = dataOf(
      await harness.execute('{ graph(selection: { kinds: [CITY] }) { truncated nodes { kind } } }'),
    );
    expect(data['graph'].truncated).toBe(false);
    expect(new Set(data['graph'].nodes.map((node: { kind: string }) => node.kind))).toEqual(
      new Set(['CITY']),
    );
  });

  it('returns NOT_FOUND for an unknown seed', async () => {
    const error = onlyError(await harness.execute(ANALYTICS, { selection: { around: ['city:atlantis'] } }));
    expect(error.extensions?.['code']).toBe('NOT_FOUND');
    expect(error.message).toBe('No entity has the id "city:atlantis". Use `search` to find ids by name.');
  });

  it.each([
    [{ limit: 5001 }, 'LIMIT_EXCEEDED', '`limit` may be at most 5000 (got 5001).'],
    [{ around: ['city:wenzhou'], depth: 4 }, 'LIMIT_EXCEEDED', '`depth` may be at most 3 (got 4).'],
    [{ limit: 0 }, 'BAD_USER_INPUT', '`limit` must be a whole number from 1 to 5000 (got 0).'],
    [{ around: [] }, 'BAD_USER_INPUT', '`around` needs at least one entity id'],
    [{ time: { asOf: 'yesterday' } }, 'BAD_USER_INPUT', '`time.asOf` must be an ISO date'],
  ])('rejects the selection %j with %s', async (selection, code, message) => {
    const error = onlyError(await harness.execute(ANALYTICS, { selection }));
    expect(error.extensions?.['code']).toBe(code);
    expect(error.message.startsWith(message)).toBe(true);
  });

  it('limits metrics(first:) to 5000', async () => {
    const error = onlyError(await harness.execute(ANALYTICS, { first: 5001 }));
    expect(error.extensions?.['code']).toBe('LIMIT_EXCEEDED');
  });

  it('exports a subgraph and a path through GraphQL', async () => {
    const data = dataOf(
      await harness.execute(`{
        graph(selection: { around: ["district:jiading"], depth: 1 }) {
          nodes { id }
          export(format: D3) { format contentType fileName content }
        }
        shortestPath(from: "city:taizhou", to: "district:jiading") {
          nodes { id }
          export(format: GRAPHML) { contentType fileName content }
        }
      }`),
    );
    const file = data['graph'].export;
    expect(file).toMatchObject({
      format: 'D3',
      contentType: 'application/json',
      fileName: 'yrd-graph-graph-around-district-jiading.d3.json',
    });
    const d3 = JSON.parse(file.content) as { nodes: { id: string }[] };
    expect(d3.nodes.map((node) => node.id).sort()).toEqual(
      data['graph'].nodes.map((n: { id: string }) => n.id).sort(),
    );
    const path = data['shortestPath'];
    expect(path.export).toMatchObject({
      contentType: 'application/graphml+xml',
      fileName: 'yrd-graph-path-city-taizhou-district-jiading.graphml',
    });
    for (const node of path.nodes) expect(path.export.content).toContain(`<node id="${node.id}">`);
  });
});
