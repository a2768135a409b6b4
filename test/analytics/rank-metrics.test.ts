import { describe, expect, it } from 'vitest';
import { computeAnalytics, rankMetrics } from '../../src/analytics/index.js';
import { subgraphOf } from './graph-fixtures.js';

describe('rankMetrics', () => {
  const { metrics } = computeAnalytics(
    subgraphOf(
      ['city:d', 'city:c', 'city:b', 'city:a'],
      [
        ['city:a', 'city:b'],
        ['city:b', 'city:c'],
        ['city:c', 'city:d'],
      ],
    ),
  );

  it('orders by the chosen score, highest first, ties by entity id', () => {
    expect(rankMetrics(metrics, 'DEGREE', 10).map((m) => m.entity.id)).toEqual([
      'city:b',
      'city:c',
      'city:a',
      'city:d',
    ]);
    expect(rankMetrics(metrics, 'BETWEENNESS', 10).map((m) => m.entity.id)).toEqual([
      'city:b',
      'city:c',
      'city:a',
      'city:d',
    ]);
  });

  it('keeps only the first entries and leaves its input alone', () => {
    const before = metrics.map((m) => m.entity.id);
    expect(rankMetrics(metrics, 'PAGERANK', 1)).toHaveLength(1);
    expect(metrics.map((m) => m.entity.id)).toEqual(before);
  });
});
