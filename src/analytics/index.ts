export type { AnalyticsResult, EntityMetricsRecord } from './analytics-result.js';
export { computeAnalytics, type AnalyticsInput } from './compute-analytics.js';
export { createSeededRandom } from './create-seeded-random.js';
export { rankMetrics, type MetricOrder } from './rank-metrics.js';
