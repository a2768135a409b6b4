export { createBoundedLabel, OTHER_LABEL } from './bounded-label.js';
export {
  graphqlMetricsPlugin,
  type GraphQLMetricsPlugin,
  type GraphQLMetricsPluginOptions,
} from './graphql-metrics-plugin.js';
export { createHealthRoutes, type HealthRoutesOptions } from './health-routes.js';
export { instrumentStore } from './instrument-store.js';
export { metricsHandler } from './metrics-route.js';
export {
  createResponseObserver,
  observeRequests,
  PROBE_PATHS,
  type ObserveRequestsOptions,
  type ResponseObserver,
} from './observe-requests.js';
export { createServiceMetrics, type ServiceMetrics, type ServiceMetricsOptions } from './service-metrics.js';
