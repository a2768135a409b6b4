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
  // Neo4j reads K_SHORTEST's longer paths as trails of the k shortest lengths and keeps the simple
  // ones. Between these two every trail of length 4 revisits city:wenzhou, so that length holds no
  // simple path and Neo4j must ask for more lengths; with maxHops 5 there are none to ask for.
  for (const [first, maxHops] of [
    [2, 8],
    [3, 8],
    [5, 8],
    [3, 6],
    [3, 5],
  ] as const) {
    pathRequests.push({
      from: 'region:pearl-river-delta',
      to: 'event:wenzhou-bay-new-area-approved',
      mode: 'K_SHORTEST',
      first,
      maxHops,
      relationshipTypes: null,
      throughKinds: null,
      time: null,
    });
  }

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

  it.each(['task', 'city', 'plan', 'shanghai', 'jia'])(
    'search %s cut through a tie: the same hits at every cut whose last score the next hit shares',
    async (query) => {
      // Neo4j orders candidates by score alone and then orders only those that tie with or beat the
      // `first`-th score by name and id; a cut inside a run of equal scores is where that could go wrong.
      const all = await embedded.search({ query, kinds: null, first: 50 });
      const cuts = all.flatMap((hit, index) =>
        index > 0 && all[index - 1]!.score === hit.score ? [index] : [],
      );
      expect(cuts.length).toBeGreaterThan(0);
      for (const first of cuts) {
        const request = { query, kinds: null, first };
        const [fromNeo4j, fromEmbedded] = await Promise.all([
          neo4j.search(request),
          embedded.search(request),
        ]);
        expect({ first, hits: fromNeo4j.map((hit) => [hit.entity.id, hit.score]) }).toEqual({
          first,
          hits: fromEmbedded.map((hit) => [hit.entity.id, hit.score]),
        });
      }
    },
  );

  it.each([
    ['wenzhou', ['CITY', 'DISTRICT']],
    ['shanghai', ['PARK', 'EVENT']],
    ['plan', ['PLAN']],
    ['jia', ['DISTRICT', 'TASK']],
  ] as const)('search %s in kinds %j', async (query, kinds) => {
    const request = { query, kinds: [...kinds], first: 5 };
    const [fromNeo4j, fromEmbedded] = await Promise.all([neo4j.search(request), embedded.search(request)]);
    expect(fromEmbedded.length).toBeGreaterThan(0);
    expect(fromEmbedded.every((hit) => kinds.some((kind) => kind === hit.entity.kind))).toBe(true);
    expect(fromNeo4j.map((hit) => [hit.entity.id, hit.score])).toEqual(
      fromEmbedded.map((hit) => [hit.entity.id, hit.score]),
    );
  });

  it('search scores alike for queries that reach each rule of the scorer', async () => {
    // Drawn from the data, so each rule has hits whatever the dataset holds: whole names and aliases,
    // their beginnings, single name words, and words from name, aliases and description together.
    const dataset = await bundledDataset();
    const queries = new Set<string>();
    for (const entity of dataset.entities.filter((_, index) => index % 9 === 0)) {
      const nameWords = entity.name.split(/\s+/);
      const descriptionWords = (entity.description ?? '').split(/\s+/).filter((word) => word.length > 3);
      queries.add(entity.name);
      queries.add(entity.name.slice(0, Math.max(2, Math.floor(entity.name.length / 2))));
      queries.add(nameWords.at(-1)!);
      for (const alias of entity.aliases) queries.add(alias).add(alias.slice(0, 3));
      queries.add(
        [nameWords[0], entity.aliases[0]?.split(/\s+/)[0], descriptionWords[0]].filter(Boolean).join(' '),
      );
    }
    const rulesReached = new Set<string>();
    for (const query of queries) {
      const request = { query, kinds: null, first: 20 };
      const [fromNeo4j, fromEmbedded] = await Promise.all([neo4j.search(request), embedded.search(request)]);
      expect({ query, hits: fromNeo4j.map((hit) => [hit.entity.id, hit.score]) }).toEqual({
        query,
        hits: fromEmbedded.map((hit) => [hit.entity.id, hit.score]),
      });
      for (const hit of fromEmbedded) rulesReached.add(scoreRule(hit.score));
    }
    expect([...rulesReached].sort()).toEqual(
      [
        'alias',
        'alias prefix',
        'anywhere',
        'name',
        'name prefix',
        'name words',
        'name and alias words',
      ].sort(),
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

/** Which rule of scoreEntity gives a score (each rule has its own range). */
function scoreRule(score: number): string {
  if (score === 1) return 'name';
  if (score === 0.95) return 'alias';
  if (score > 0.8) return 'name prefix';
  if (score === 0.78) return 'alias prefix';
  if (score >= 0.5) return 'name words';
  if (score >= 0.45) return 'name and alias words';
  return 'anywhere';
}
