export type { AnalyticsResult, EntityMetricsRecord } from './analytics-result.js';
export { computeAnalytics, type AnalyticsInput } from './compute-analytics.js';
export { createSeededRandom } from './create-seeded-random.js';
export { rankMetrics, type MetricOrder } from './rank-metrics.js';
export {
  selectSubgraph,
  SELECTION_LIMITS,
  type FindEntities,
  type GraphSelectionInput,
} from './select-subgraph.js';
export { selectPath, type PathSelection } from './select-path.js';
