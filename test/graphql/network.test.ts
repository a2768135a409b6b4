import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/selection/index.js';
import { createGraphQLHarness, dataOf, onlyError, type GraphQLHarness } from '../support/graphql-harness.js';

// The analyst's relationship queries through the API (run on both stores: see vitest.config.ts).
describe('paths, networks, comparisons and the dashboard summary', () => {
  let harness: GraphQLHarness;

  beforeAll(async () => {
    harness = await createGraphQLHarness();
  });

  afterAll(async () => {
    await harness.stop();
  });

  it('lists every shortest path from Taizhou to Jiading, each with its evidence', async () => {
    const data = dataOf(
      await harness.execute(`{
        paths(from: "city:taizhou", to: "district:jiading", first: 20) {
          length nodes { id } relationships { type evidence { quote section } }
        }
      }`),
    );
    expect(data['paths'][0].nodes.map((n: { id: string }) => n.id)).toEqual([
      'city:taizhou',
      'city:wenzhou',
      'district:jiading',
    ]);
    for (const path of data['paths']) {
      expect(path.length).toBe(2);
      for (const relationship of path.relationships)
        expect(relationship.evidence[0].quote.length).toBeGreaterThan(10);
    }
  });

  it('lists the k shortest paths through cities and regions only', async () => {
    const data = dataOf(
      await harness.execute(`{
        paths(from: "city:taizhou", to: "district:jiading", mode: K_SHORTEST, first: 4, maxHops: 4, throughKinds: [CITY, REGION]) {
          length nodes { kind }
        }
      }`),
    );
    const lengths = data['paths'].map((path: { length: number }) => path.length);
    expect(lengths).toEqual([...lengths].sort());
    for (const path of data['paths']) {
      expect(
        path.nodes.slice(1, -1).every((n: { kind: string }) => n.kind === 'CITY' || n.kind === 'REGION'),
      ).toBe(true);
    }
  });

  it('grows the cooperation network around Wenzhou, with counts', async () => {
    const data = dataOf(
      await harness.execute(`{
        network(around: ["city:wenzhou"]) {
          seeds { id }
          subgraph { nodes { id } relationships { type } export(format: GEXF) { fileName } }
          relationshipsByType { type count }
          entitiesByKind { kind count }
        }
      }`),
    );
    const network = data['network'];
    expect(network.seeds).toEqual([{ id: 'city:wenzhou' }]);
    // Named after the network, not `yrd-graph-subgraph.gexf` as every export was.
    expect(network.subgraph.export.fileName).toBe('yrd-graph-network-city-wenzhou.gexf');
    expect(network.subgraph.nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining(['city:wenzhou', 'city:shanghai', 'city:taizhou', 'district:jiading']),
    );
    expect(network.relationshipsByType).toEqual([
      { type: 'COOPERATES_WITH', count: network.subgraph.relationships.length },
    ]);
    const kindTotal = network.entitiesByKind.reduce(
      (sum: number, row: { count: number }) => sum + row.count,
      0,
    );
    expect(kindTotal).toBe(network.subgraph.nodes.length);
  });

  it('grows a network around the entities a theme finds', async () => {
    const data = dataOf(
      await harness.execute(
        `{ network(theme: "medical", relationshipTypes: [PART_OF_TASK, MEMBER_OF]) { seeds { name } subgraph { nodes { id } } } }`,
      ),
    );
    expect(data['network'].seeds.length).toBeGreaterThan(0);
    expect(data['network'].subgraph.nodes.length).toBeGreaterThan(data['network'].seeds.length);
  });

  it('compares what Taizhou and Jiading share', async () => {
    const data = dataOf(
      await harness.execute(`{
        compare(a: "city:taizhou", b: "district:jiading") {
          a { id } b { id } commonPartners { id } commonNeighbors { id } commonTasks { id } commonParks { id }
        }
      }`),
    );
    expect(data['compare'].commonPartners.map((e: { id: string }) => e.id)).toContain('city:wenzhou');
    expect(data['compare'].commonNeighbors.map((e: { id: string }) => e.id)).toContain('city:wenzhou');
  });

  it('reports the neighbours a capped neighbourhood left out', async () => {
    const data = dataOf(
      await harness.execute(
        `{ neighborhood(id: "city:wenzhou", perNodeLimit: 4) { nodes { id } omitted { entity { id } count } } }`,
      ),
    );
    expect(data['neighborhood'].nodes).toHaveLength(5);
    expect(data['neighborhood'].omitted).toEqual([
      { entity: { id: 'city:wenzhou' }, count: expect.any(Number) },
    ]);
    expect(data['neighborhood'].omitted[0].count).toBeGreaterThan(10);
  });

  it('filters a neighbourhood by date and refuses a malformed one', async () => {
    const during = dataOf(
      await harness.execute(
        `{ neighborhood(id: "plan:wenzhou-yrd-action-plan", time: { asOf: "2022-01-01" }) { relationships { id } } }`,
      ),
    );
    const after = dataOf(
      await harness.execute(
        `{ neighborhood(id: "plan:wenzhou-yrd-action-plan", time: { asOf: "2030-01-01" }) { relationships { id } } }`,
      ),
    );
    expect(after['neighborhood'].relationships.length).toBeLessThan(
      during['neighborhood'].relationships.length,
    );
    const error = onlyError(
      await harness.execute(
        `{ neighborhood(id: "city:wenzhou", time: { asOf: "next year" }) { truncated } }`,
      ),
    );
    expect(error.message).toBe('`time.asOf` must be an ISO date such as 2025-12-31 (got "next year").');
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  // ISO 8601's calendar has a year 0, a leap year; JavaScript's Date.UTC reads years 0–99 as
  // 1900–1999, and 1900 is not a leap year, so 0000-02-29 was refused as no date.
  it('reads leap days as the ISO calendar does, year 0 included', async () => {
    const asOf = (day: string) =>
      harness.execute(`{ neighborhood(id: "city:wenzhou", time: { asOf: "${day}" }) { truncated } }`);
    for (const day of ['0000-02-29', '0400-02-29', '2000-02-29', '2024-02-29'])
      expect((await asOf(day)).errors, day).toBeUndefined();
    for (const day of ['0100-02-29', '1900-02-29', '2100-02-29']) {
      const error = onlyError(await asOf(day));
      expect(error.message).toBe(`\`time.asOf\` must be an ISO date such as 2025-12-31 (got "${day}").`);
    }
  });
  it('holds a network to the neighbourhood limits, with the same errors', async () => {
    const tooDeep = onlyError(
      await harness.execute(
        `{ network(around: ["city:wenzhou"], depth: ${LIMITS.neighborhoodDepth + 1}) { seeds { id } } }`,
      ),
    );
    expect(tooDeep.extensions?.['code']).toBe('LIMIT_EXCEEDED');
    expect(tooDeep.message).toBe(
      `\`depth\` may be at most ${LIMITS.neighborhoodDepth} (got ${LIMITS.neighborhoodDepth + 1}). Grow the network from more seeds instead.`,
    );
    const noLimit = onlyError(
      await harness.execute('{ network(around: ["city:wenzhou"], limit: 0) { seeds { id } } }'),
    );
    expect(noLimit.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(noLimit.message).toBe(
      `\`limit\` must be a whole number from 1 to ${LIMITS.neighborhoodNodes} (got 0).`,
    );
  });

  it('gives NOT_FOUND for an unknown end of a path or comparison', async () => {
    for (const query of [
      '{ paths(from: "city:nowhere", to: "city:wenzhou") { length } }',
      '{ compare(a: "city:wenzhou", b: "city:nowhere") { a { id } } }',
      '{ network(around: ["city:nowhere"]) { seeds { id } } }',
    ]) {
      const error = onlyError(await harness.execute(query));
      expect(error.extensions?.['code']).toBe('NOT_FOUND');
      expect(error.message).toBe('No entity has the id "city:nowhere". Use `search` to find ids by name.');
    }
  });

  it('ranks the most connected entities and the tasks with the most initiatives', async () => {
    const data = dataOf(
      await harness.execute(
        `{ summary { mostConnected(first: 3) { entity { id } degree } tasksByInitiatives { task { id number } initiatives } } }`,
      ),
    );
    expect(data['summary'].mostConnected[0]).toMatchObject({ entity: { id: 'city:wenzhou' } });
    const degrees = data['summary'].mostConnected.map((row: { degree: number }) => row.degree);
    expect(degrees).toEqual([...degrees].sort((a: number, b: number) => b - a));
    expect(data['summary'].tasksByInitiatives).toHaveLength(8);
    const counts = data['summary'].tasksByInitiatives.map((row: { initiatives: number }) => row.initiatives);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(counts[0]).toBeGreaterThan(0);
  });
});
