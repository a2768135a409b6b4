import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { KnowledgeGraphStore, PathsRequest } from '../../src/store/index.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { InMemoryGraph } from '../../src/store/embedded/in-memory-graph.js';
import type { Neo4jStore } from '../../src/store/neo4j/index.js';
import { openTestNeo4jStoreWith, restoreAndClose } from '../support/neo4j-test-database.js';
import { pathIds } from './brute-force-paths.js';
import { generatedDataset, tieHeavyPairs, unfiltered } from './path-test-graphs.js';

// Replaces the shared test Neo4j's data: runs after every reading test, and restores the bundled dataset.
describe('paths on a generated graph with hubs: Neo4j answers as the embedded store does', () => {
  let embedded: KnowledgeGraphStore;
  let neo4j: Neo4jStore;
  let pairs: [string, string][];

  beforeAll(async () => {
    const dataset = await generatedDataset(3000, 5);
    embedded = createEmbeddedStore({ dataset });
    pairs = tieHeavyPairs(new InMemoryGraph(dataset), 3);
    neo4j = await openTestNeo4jStoreWith(inject('neo4j'), dataset);
  });

  afterAll(async () => {
    await restoreAndClose(neo4j);
    await embedded.close();
  });

  it('gives the same shortest path for every pair, unfiltered and filtered', async () => {
    let found = 0;
    for (const [from, to] of pairs) {
      for (const request of [
        { ...unfiltered(from, to), maxHops: 6 },
        {
          ...unfiltered(from, to),
          maxHops: 6,
          relationshipTypes: ['PART_OF_TASK', 'LOCATED_IN', 'PART_OF', 'TARGETS', 'COOPERATES_WITH'] as const,
          time: { asOf: null, from: '2025-01-01', to: '2027-12-31' },
        },
      ]) {
        const [fromNeo4j, fromEmbedded] = await Promise.all([
          neo4j.shortestPath(request),
          embedded.shortestPath(request),
        ]);
        expect(fromNeo4j, `${from} ${to} ${JSON.stringify(request)}`).toEqual(fromEmbedded);
        if (fromEmbedded) found++;
      }
    }
    // Most pairs are joined, filtered or not: the comparison is not of nulls.
    expect(found).toBeGreaterThan(pairs.length);
  });

  it('gives the same paths, in the same order, for every mode and filter', async () => {
    for (const [from, to] of pairs) {
      for (const request of [
        { ...unfiltered(from, to), mode: 'ALL_SHORTEST', first: 25, maxHops: 6 },
        { ...unfiltered(from, to), mode: 'K_SHORTEST', first: 6, maxHops: 4 },
        {
          ...unfiltered(from, to),
          mode: 'K_SHORTEST',
          first: 4,
          maxHops: 4,
          throughKinds: ['CITY', 'TASK', 'PLAN', 'DISTRICT', 'REGION'],
        },
        {
          ...unfiltered(from, to),
          mode: 'ALL_SHORTEST',
          first: 10,
          maxHops: 6,
          relationshipTypes: ['PART_OF_TASK', 'LOCATED_IN', 'PART_OF', 'TARGETS'],
          time: { asOf: null, from: '2025-01-01', to: '2027-12-31' },
        },
      ] satisfies PathsRequest[]) {
        const [fromNeo4j, fromEmbedded] = await Promise.all([neo4j.paths(request), embedded.paths(request)]);
        // Ids first: a difference in order then reads at a glance.
        expect(pathIds(fromNeo4j), JSON.stringify(request)).toEqual(pathIds(fromEmbedded));
        expect(fromNeo4j).toEqual(fromEmbedded);
      }
    }
  });
});
