import { describe, expect, it } from 'vitest';
import { computeAnalytics, type AnalyticsResult } from '../../src/analytics/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { entity, link, subgraphOf } from './graph-fixtures.js';

function metricsById(result: AnalyticsResult) {
  return Object.fromEntries(result.metrics.map((metrics) => [metrics.entity.id, metrics]));
}

function pageRankSum(result: AnalyticsResult): number {
  return result.metrics.reduce((sum, metrics) => sum + metrics.pageRank, 0);
}

describe('computeAnalytics', () => {
  it('gives zero counts and no metrics for an empty subgraph', () => {
    expect(computeAnalytics({ nodes: [], relationships: [] })).toEqual({
      nodeCount: 0,
      relationshipCount: 0,
      communityCount: 0,
      modularity: 0,
      metrics: [],
    });
  });

  it('scores a single entity without dividing by zero', () => {
    const result = computeAnalytics(subgraphOf(['city:a'], []));
    expect(result).toMatchObject({ nodeCount: 1, relationshipCount: 0, communityCount: 1, modularity: 0 });
    expect(result.metrics).toEqual([
      { entity: entity('city:a'), degree: 0, degreeCentrality: 0, betweenness: 0, pageRank: 1, community: 0 },
    ]);
  });

  it('gives the centre of a star betweenness 1 and degree centrality 1', () => {
    const leaves = ['city:b', 'city:c', 'city:d', 'city:e'];
    const result = computeAnalytics(
      subgraphOf(
        ['city:a', ...leaves],
        leaves.map((leaf) => ['city:a', leaf]),
      ),
    );
    const byId = metricsById(result);
    expect(byId['city:a']).toMatchObject({ degree: 4, degreeCentrality: 1, betweenness: 1 });
    for (const leaf of leaves) {
      expect(byId[leaf]).toMatchObject({ degree: 1, degreeCentrality: 0.25, betweenness: 0 });
      expect(byId[leaf]!.pageRank).toBeLessThan(byId['city:a']!.pageRank);
    }
    expect(pageRankSum(result)).toBeCloseTo(1, 10);
  });

  it('gives the middle of a path of three betweenness 1 and its ends 0, whatever the directions', () => {
    const result = computeAnalytics(
      subgraphOf(
        ['city:a', 'city:b', 'city:c'],
        [
          ['city:a', 'city:b'],
          ['city:c', 'city:b'],
        ],
      ),
    );
    const byId = metricsById(result);
    expect(byId['city:b']!.betweenness).toBe(1);
    expect(byId['city:a']!.betweenness).toBe(0);
    expect(byId['city:c']!.betweenness).toBe(0);
    expect(byId['city:a']!.pageRank).toBeCloseTo(byId['city:c']!.pageRank, 12);
    expect(pageRankSum(result)).toBeCloseTo(1, 10);
  });

  it('finds two communities in two triangles joined by one relationship, numbered by smallest id', () => {
    const result = computeAnalytics(
      subgraphOf(
        ['city:f', 'city:e', 'city:d', 'city:c', 'city:b', 'city:a'],
        [
          ['city:a', 'city:b'],
          ['city:b', 'city:c'],
          ['city:c', 'city:a'],
          ['city:d', 'city:e'],
          ['city:e', 'city:f'],
          ['city:f', 'city:d'],
          ['city:c', 'city:d'],
        ],
      ),
    );
    expect(result.communityCount).toBe(2);
    expect(result.metrics.map((metrics) => [metrics.entity.id, metrics.community])).toEqual([
      ['city:a', 0],
      ['city:b', 0],
      ['city:c', 0],
      ['city:d', 1],
      ['city:e', 1],
      ['city:f', 1],
    ]);
    // Q = Σ (internal / m − (degree sum / 2m)²) = 2 · (3/7 − (7/14)²) = 5/14.
    expect(result.modularity).toBeCloseTo(5 / 14, 12);
    // c lies on the only shortest path of 6 pairs ({a, b} × {d, e, f}): 6 / C(5, 2) = 0.6.
    expect(metricsById(result)['city:c']!.betweenness).toBeCloseTo(0.6, 12);
  });

  it('counts parallel relationships in degree but not in betweenness, and ignores self-loops for centrality', () => {
    const result = computeAnalytics({
      nodes: [entity('city:a'), entity('city:b')],
      relationships: [
        link('city:a', 'city:b'),
        link('city:a', 'city:b', 2),
        link('city:b', 'city:a'),
        link('city:a', 'city:a'),
      ],
    });
    expect(result.relationshipCount).toBe(4);
    const byId = metricsById(result);
    expect(byId['city:a']).toMatchObject({ degree: 4, degreeCentrality: 4, betweenness: 0 });
    expect(byId['city:b']).toMatchObject({ degree: 3, degreeCentrality: 3, betweenness: 0 });
    expect(byId['city:a']!.pageRank).toBeCloseTo(0.5, 10);
    expect(result.communityCount).toBe(1);
  });

  it('ignores relationships whose ends are not in the subgraph', () => {
    const result = computeAnalytics({
      nodes: [entity('city:a'), entity('city:b')],
      relationships: [link('city:a', 'city:b'), link('city:a', 'city:zz')],
    });
    expect(result.relationshipCount).toBe(1);
    expect(metricsById(result)['city:a']!.degree).toBe(1);
  });

  it('gives identical results for the same subgraph, in any order', async () => {
    const dataset = await bundledDataset();
    const subgraph = { nodes: dataset.entities, relationships: dataset.relationships };
    const first = computeAnalytics(subgraph);
    const again = computeAnalytics(subgraph);
    const reversed = computeAnalytics({
      nodes: [...dataset.entities].reverse(),
      relationships: [...dataset.relationships].reverse(),
    });
    expect(again).toEqual(first);
    expect(reversed).toEqual(first);
  });

  it('analyses the bundled dataset: Wenzhou has the most relationships and PageRank sums to 1', async () => {
    const dataset = await bundledDataset();
    const result = computeAnalytics({ nodes: dataset.entities, relationships: dataset.relationships });
    expect(result.nodeCount).toBe(dataset.entities.length);
    expect(result.relationshipCount).toBe(dataset.relationships.length);
    const top = [...result.metrics].sort((a, b) => b.degree - a.degree)[0]!;
    expect(top.entity.id).toBe('city:wenzhou');
    expect(result.metrics.filter((metrics) => metrics.degree === top.degree)).toHaveLength(1);
    expect(pageRankSum(result)).toBeCloseTo(1, 10);
    expect(result.communityCount).toBeGreaterThan(1);
    expect(result.modularity).toBeGreaterThan(0);
    for (const metrics of result.metrics) {
      expect(metrics.betweenness).toBeGreaterThanOrEqual(0);
      expect(metrics.betweenness).toBeLessThanOrEqual(1);
      expect(metrics.community).toBeLessThan(result.communityCount);
    }
    // Communities are numbered by decreasing size.
    const sizes = Array.from(
      { length: result.communityCount },
      (_, community) => result.metrics.filter((metrics) => metrics.community === community).length,
    );
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});
