import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrng } from '../../tools/generate/index.js';
import type { KnowledgeGraphStore, PathsRequest } from '../../src/store/index.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { InMemoryGraph } from '../../src/store/embedded/in-memory-graph.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { openTestNeo4jStore } from '../support/neo4j-test-database.js';
import { bruteForcePaths, pathIds } from './brute-force-paths.js';
import { generatedDataset, tieHeavyPairs, unfiltered } from './path-test-graphs.js';

/**
 * The stores find paths with searches that never list every candidate (layers met from both ends, a
 * greedy walk, a pruned walk). These tests hold them to the port's order by listing every candidate and
 * sorting, on graphs where the tie rule decides a lot: many equally short paths through hubs, and
 * entities joined by more than one relationship (a path's entity ids outrank its relationship ids, so
 * a walk that takes one relationship at a time lists such paths out of order).
 */
describe('path order where the tie rule decides', () => {
  describe('on the bundled dataset, both stores', () => {
    let graph: InMemoryGraph;
    let embedded: KnowledgeGraphStore;
    let neo4j: KnowledgeGraphStore;

    beforeAll(async () => {
      const dataset = await bundledDataset();
      graph = new InMemoryGraph(dataset);
      embedded = createEmbeddedStore({ dataset });
      neo4j = openTestNeo4jStore(inject('neo4j'));
    });

    afterAll(async () => {
      await neo4j.close();
      await embedded.close();
    });

    // Each has equally short paths that differ only in which of two relationships joins a pair.
    const pairs = [
      ['region:yangtze-river-delta', 'goal:yrd-back-garden'],
      ['city:shanghai', 'initiative:yrd-cultural-resource-sharing'],
      ['region:yangtze-river-delta', 'infrastructure:521-high-speed-rail-circle'],
    ] as const;
    it.each(pairs)('lists paths from %s to %s in the port order on both stores', async (from, to) => {
      const sequences: string[] = [];
      for (const request of [
        { ...unfiltered(from, to), mode: 'ALL_SHORTEST', first: 50, maxHops: 5 },
        { ...unfiltered(from, to), mode: 'K_SHORTEST', first: 8, maxHops: 4 },
      ] satisfies PathsRequest[]) {
        const expected = pathIds(bruteForcePaths(graph, request)!);
        const paths = pathIds(await embedded.paths(request));
        expect(paths, JSON.stringify(request)).toEqual(expected);
        expect(pathIds(await neo4j.paths(request)), JSON.stringify(request)).toEqual(expected);
        sequences.push(...paths.map(([nodes]) => nodes.join(' ')));
      }
      // The point of these pairs: two listed paths share their entities.
      expect(new Set(sequences).size).toBeLessThan(sequences.length);
    });

    it('agrees with listing every path for 300 pairs of the embedded store', async () => {
      const ids = graph.sortedEntities.map((entity) => entity.id);
      const random = createPrng(17, 1);
      for (let k = 0; k < 300; k++) {
        const from = ids[random.int(ids.length)]!;
        const to = ids[random.int(ids.length)]!;
        for (const request of [
          { ...unfiltered(from, to), mode: 'ALL_SHORTEST', first: 50, maxHops: 6 },
          { ...unfiltered(from, to), mode: 'K_SHORTEST', first: 6, maxHops: 4 },
          {
            ...unfiltered(from, to),
            mode: 'K_SHORTEST',
            first: 5,
            maxHops: 4,
            throughKinds: ['CITY', 'REGION', 'TASK', 'PLAN'],
          },
        ] satisfies PathsRequest[]) {
          expect(pathIds(await embedded.paths(request)), JSON.stringify(request)).toEqual(
            pathIds(bruteForcePaths(graph, request)!),
          );
        }
      }
    });
  });

  describe('on a generated graph of 3,000 entities with hubs, the embedded store', () => {
    let graph: InMemoryGraph;
    let store: KnowledgeGraphStore;

    beforeAll(async () => {
      const dataset = await generatedDataset(3000, 5);
      graph = new InMemoryGraph(dataset);
      store = createEmbeddedStore({ dataset });
    });

    afterAll(async () => {
      await store.close();
    });

    it('finds the first shortest path and the first 25, as listing all of them would', async () => {
      let manyTies = 0;
      let sharedSequences = 0;
      for (const [from, to] of tieHeavyPairs(graph, 3)) {
        const request: PathsRequest = {
          ...unfiltered(from, to),
          mode: 'ALL_SHORTEST',
          first: 25,
          maxHops: 6,
        };
        const everyShortest = bruteForcePaths(graph, { ...request, first: Number.MAX_SAFE_INTEGER });
        if (!everyShortest) continue;
        const expected = pathIds(everyShortest.slice(0, 25));
        const paths = pathIds(await store.paths(request));
        expect(paths, JSON.stringify(request)).toEqual(expected);
        const shortest = await store.shortestPath({ ...unfiltered(from, to), maxHops: 6 });
        expect(shortest ? pathIds([shortest]) : [], `shortestPath ${from} ${to}`).toEqual(
          expected.slice(0, 1),
        );
        if (everyShortest.length >= 100) manyTies++;
        const sequences = paths.map(([nodes]) => nodes.join(' '));
        if (new Set(sequences).size < sequences.length) sharedSequences++;
      }
      // The graph must exercise the tie rule, or this test could not fail for a wrong one.
      expect(manyTies).toBeGreaterThanOrEqual(5);
      expect(sharedSequences).toBeGreaterThanOrEqual(1);
    });

    it('finds k shortest paths, and shortest paths under filters, as listing all of them would', async () => {
      for (const [from, to] of tieHeavyPairs(graph, 4).slice(0, 40)) {
        for (const request of [
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
          },
          {
            ...unfiltered(from, to),
            mode: 'ALL_SHORTEST',
            first: 10,
            maxHops: 6,
            time: { asOf: null, from: '2025-01-01', to: '2027-12-31' },
          },
        ] satisfies PathsRequest[]) {
          const expected = bruteForcePaths(graph, request);
          if (!expected) continue;
          expect(pathIds(await store.paths(request)), JSON.stringify(request)).toEqual(pathIds(expected));
        }
      }
    });
  });
});
