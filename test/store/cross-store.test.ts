import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { KnowledgeGraphStore, NeighborhoodRequest, PathsRequest } from '../../src/store/index.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { openTestNeo4jStore } from '../support/neo4j-test-database.js';

/**
 * The two stores give identical answers to a battery of requests, down to order, tie-breaks, cuts,
 * caps and search scores. The contract suite checks each store against the dataset; this checks the
 * corners the contract's expectations cannot spell out one by one.
 */
describe('the embedded store and Neo4j answer alike', () => {
  let embedded: KnowledgeGraphStore;
  let neo4j: KnowledgeGraphStore;

  beforeAll(async () => {
    embedded = createEmbeddedStore({ dataset: await bundledDataset() });
    neo4j = openTestNeo4jStore(inject('neo4j'));
  });

  afterAll(async () => {
    await neo4j.close();
    await embedded.close();
  });

  const seeds = ['city:wenzhou', 'district:jiading', 'task:task-three', 'person:huang-yangxu'];
  const neighborhoodRequests: NeighborhoodRequest[] = [];
  for (const id of seeds) {
    for (const [depth, direction, perNodeLimit, limit] of [
      [1, 'BOTH', null, 500],
      [2, 'BOTH', null, 25],
      [2, 'OUTGOING', null, 500],
      [3, 'INCOMING', null, 500],
      [2, 'BOTH', 3, 500],
      [3, 'BOTH', 2, 12],
    ] as const) {
      neighborhoodRequests.push({
        ids: [id],
        depth,
        direction,
        perNodeLimit,
        limit,
        relationshipTypes: null,
        kinds: null,
        time: null,
      });
    }
  }
  neighborhoodRequests.push(
    {
      ids: seeds,
      depth: 1,
      direction: 'BOTH',
      perNodeLimit: null,
      limit: 60,
      relationshipTypes: ['PART_OF_TASK', 'COOPERATES_WITH'],
      kinds: null,
      time: null,
    },
    {
      ids: ['city:wenzhou'],
      depth: 2,
      direction: 'BOTH',
      perNodeLimit: 4,
      limit: 500,
      relationshipTypes: null,
      kinds: ['CITY', 'REGION', 'DISTRICT'],
      time: null,
    },
    {
      ids: ['plan:wenzhou-yrd-action-plan'],
      depth: 2,
      direction: 'BOTH',
      perNodeLimit: null,
      limit: 500,
      relationshipTypes: null,
      kinds: null,
      time: { asOf: '2026-03-01', from: null, to: null },
    },
  );

  it.each(neighborhoodRequests.map((request) => [JSON.stringify(request), request] as const))(
    'neighborhood %s',
    async (_name, request) => {
      expect(await neo4j.neighborhood(request)).toEqual(await embedded.neighborhood(request));
    },
  );

  const pairs = [
    ['city:taizhou', 'district:jiading'],
    ['person:huang-yangxu', 'city:ningde'],
    ['task:task-one', 'task:task-seven'],
    ['city:shanghai', 'city:beijing'],
  ] as const;
  const pathRequests: PathsRequest[] = pairs.flatMap(([from, to]) => [
    {
      from,
      to,
      mode: 'ALL_SHORTEST' as const,
      first: 50,
      maxHops: 6,
      relationshipTypes: null,
      throughKinds: null,
      time: null,
    },
    {
      from,
      to,
      mode: 'K_SHORTEST' as const,
      first: 6,
      maxHops: 4,
      relationshipTypes: null,
      throughKinds: null,
      time: null,
    },
    {
      from,
      to,
      mode: 'K_SHORTEST' as const,
      first: 4,
      maxHops: 5,
      relationshipTypes: null,
      throughKinds: ['CITY', 'REGION', 'TASK', 'PLAN'],
      time: null,
    },
  ]);

  it.each(pathRequests.map((request) => [JSON.stringify(request), request] as const))(
    'paths %s',
    async (_name, request) => {
      const [fromNeo4j, fromEmbedded] = await Promise.all([neo4j.paths(request), embedded.paths(request)]);
      expect(fromNeo4j.map((path) => path.relationships.map((r) => r.id))).toEqual(
        fromEmbedded.map((path) => path.relationships.map((r) => r.id)),
      );
      expect(fromNeo4j).toEqual(fromEmbedded);
    },
  );

  it.each([
    'wenzhou',
    'Yangtze River Delta',
    'jiad',
    '温州',
    'science technology',
    'fund',
    'univ',
    'AND',
    'zhejiang pilot',
  ])('search %s', async (query) => {
    const request = { query, kinds: null, first: 50 };
    const [fromNeo4j, fromEmbedded] = await Promise.all([neo4j.search(request), embedded.search(request)]);
    expect(fromNeo4j.map((hit) => [hit.entity.id, hit.score])).toEqual(
      fromEmbedded.map((hit) => [hit.entity.id, hit.score]),
    );
  });

  it('graph selections', async () => {
    for (const request of [
      { kinds: null, relationshipTypes: null, time: null, limit: 5000 },
      {
        kinds: ['INITIATIVE', 'TASK'] as const,
        relationshipTypes: ['PART_OF_TASK'] as const,
        time: null,
        limit: 30,
      },
      {
        kinds: null,
        relationshipTypes: null,
        time: { asOf: null, from: '2030-01-01', to: null },
        limit: 200,
      },
    ]) {
      const selection = {
        ...request,
        kinds: request.kinds && [...request.kinds],
        relationshipTypes: request.relationshipTypes && [...request.relationshipTypes],
      };
      expect(await neo4j.graph(selection)).toEqual(await embedded.graph(selection));
    }
  });
});
