import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeGexf } from '../../src/export/index.js';
import { subgraphFrom } from '../../src/store/neo4j/neo4j-records.js';
import { QUERIES, type Samples } from '../../tools/bench/queries.js';

/**
 * The bench's limits (the in-process driver and the HTTP limit) run these hand-written statements; one
 * that fails or answers a shape its post-processing cannot read measures an error loop, not a limit (a
 * missing `truncated` column did that to the export rows once). Run here on the bundled dataset.
 */
describe('the bench limit statements', () => {
  let driver: Driver;
  const samples: Samples = {
    ids: ['city:wenzhou', 'district:jiading'],
    pairs: [['city:taizhou', 'district:jiading']],
    terms: ['wenzhou'],
  };

  beforeAll(() => {
    const { uri, user, password } = inject('neo4j');
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  });

  afterAll(async () => {
    await driver.close();
  });

  it.each(QUERIES.map((query) => [query.name, query] as const))('%s answers rows', async (_name, query) => {
    const { cypher, params } = query.driver(samples, 0);
    const { records } = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
    expect(records.length).toBeGreaterThan(0);
  });

  it('answers the export limit a subgraph it can write as GEXF', async () => {
    const query = QUERIES.find((candidate) => candidate.name === 'export-gexf')!;
    const { cypher, params } = query.driver(samples, 0);
    const { records } = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
    const subgraph = subgraphFrom(records[0]!.toObject());
    expect(subgraph.nodes.map((node) => node.id)).toContain('city:wenzhou');
    expect(subgraph.relationships.length).toBeGreaterThan(0);
    expect(writeGexf(subgraph)).toContain('<node id="city:wenzhou"');
  });

  it.each(['neighborhood-1', 'neighborhood-2'])(
    'answers %s with the fields the GraphQL query shows, as our store now reads them',
    async (name) => {
      const query = QUERIES.find((candidate) => candidate.name === name)!;
      const { cypher, params } = query.driver(samples, 0);
      const { records } = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
      const row = records[0]!.toObject() as { nodes: object[]; relationships: object[] };
      expect(row.nodes.length).toBeGreaterThan(1);
      for (const node of row.nodes) expect(Object.keys(node).sort()).toEqual(['id', 'kind', 'name']);
      for (const relationship of row.relationships)
        expect(Object.keys(relationship).sort()).toEqual(['from', 'id', 'to', 'type']);
    },
  );
});
