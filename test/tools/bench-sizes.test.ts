import { describe, expect, it } from 'vitest';
import { sizesOf, type BenchResults, type ResultRow } from '../../tools/bench/bench-results.js';
import { targetsOf } from '../../tools/bench/summary.js';

const row = (size: string, p50: number): ResultRow => ({
  size,
  target: 'neo4j',
  query: 'neighborhood-2',
  connections: 1,
  requests: 100,
  throughput: 1000 / p50,
  p50,
  p97_5: p50,
  p99: p50,
  non2xx: 0,
  graphqlErrors: 0,
  errors: 0,
  storeCallsPerRequest: 1,
  rssBeforeMb: null,
  rssAfterMb: null,
});

describe('bench sizes', () => {
  it('orders sizes smallest first, whatever order a run measured them in', () => {
    const rows = ['100k', '1M', '100k', '10k', '5000'].map((size) => ({ size }));
    expect(sizesOf(rows)).toEqual(['5000', '10k', '100k', '1M']);
  });

  it('reads growth from the smallest size to the largest in a run appended to another', () => {
    // `--append`: the 10k rows were measured again after the 100k and 1M ones.
    const results = {
      date: '2026-12-05T00:00:00.000Z',
      command: 'npm run bench',
      machine: {},
      settings: {},
      loading: [],
      rows: [row('100k', 12), row('1M', 30), row('10k', 10)],
      notes: [],
      peerCannot: {},
      roundTripChecks: [],
    } satisfies BenchResults;
    expect(targetsOf(results)).toContain(
      '- p50 growth 10k → 1M ≤ 2× (Neo4j, one client): **missed** (neighborhood-2 3.00×)',
    );
  });
});
