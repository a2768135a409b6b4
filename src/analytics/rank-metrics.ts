import type { EntityMetricsRecord } from './analytics-result.js';

/** The scores metrics can be ranked by. */
export type MetricOrder = 'DEGREE' | 'BETWEENNESS' | 'PAGERANK';

const SCORE: Record<MetricOrder, (metrics: EntityMetricsRecord) => number> = {
  DEGREE: (metrics) => metrics.degree,
  BETWEENNESS: (metrics) => metrics.betweenness,
  PAGERANK: (metrics) => metrics.pageRank,
};

/** The `first` best metrics by `orderBy`, highest first, ties by entity id. Does not change its input. */
export function rankMetrics(
  metrics: readonly EntityMetricsRecord[],
  orderBy: MetricOrder,
  first: number,
): EntityMetricsRecord[] {
  const score = SCORE[orderBy];
  return [...metrics]
    .sort(
      (a, b) => score(b) - score(a) || (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0),
    )
    .slice(0, first);
}
