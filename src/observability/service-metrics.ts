import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** The service's Prometheus metrics, all in one registry of their own. */
export interface ServiceMetrics {
  /** What `GET /metrics` serves. Never the global registry, so services in one process never collide. */
  readonly registry: Registry;
  /** `http_requests_total{method, route, status}`. */
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  /** `http_request_duration_seconds{method, route, status}`, from the request's arrival to its last byte. */
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  /** `graphql_operations_total{operation, outcome}`; outcome is `success`, `partial` or `error`. */
  readonly graphqlOperations: Counter<'operation' | 'outcome'>;
  /** `graphql_errors_total{code}`: every error sent to a client, by its `extensions.code`. */
  readonly graphqlErrors: Counter<'code'>;
  /** `store_calls_total{store, method, outcome}`: calls of the store port; outcome is `ok` or an error code. */
  readonly storeCalls: Counter<'store' | 'method' | 'outcome'>;
  /** `store_call_duration_seconds{store, method}`. */
  readonly storeDuration: Histogram<'store' | 'method'>;
  /** `neo4j_round_trips_total{query}`: Cypher round trips (wire it to `createNeo4jStore({ onRoundTrip })`). */
  readonly neo4jRoundTrips: Counter<'query'>;
}

export interface ServiceMetricsOptions {
  /** Also collect prom-client's process and Node.js metrics (memory, CPU, event loop lag, GC). @default true */
  defaultMetrics?: boolean;
  /** Labels added to every series, such as `{ instance: 'a' }`. @default {} */
  labels?: Record<string, string>;
}

const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STORE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A fresh registry with the service's metrics registered in it. */
export function createServiceMetrics(options: ServiceMetricsOptions = {}): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels(options.labels ?? {});
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from the arrival of an HTTP request to the end of its response.',
      labelNames: ['method', 'route', 'status'],
      buckets: HTTP_BUCKETS,
      registers,
    }),
    graphqlOperations: new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations answered, by operation name and outcome (success, partial, error).',
      labelNames: ['operation', 'outcome'],
      registers,
    }),
    graphqlErrors: new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors sent to clients, by extensions.code.',
      labelNames: ['code'],
      registers,
    }),
    storeCalls: new Counter({
      name: 'store_calls_total',
      help: 'Calls of the store port, by store kind, method and outcome (ok or the error code).',
      labelNames: ['store', 'method', 'outcome'],
      registers,
    }),
    storeDuration: new Histogram({
      name: 'store_call_duration_seconds',
      help: 'Duration of store port calls, by store kind and method.',
      labelNames: ['store', 'method'],
      buckets: STORE_BUCKETS,
      registers,
    }),
    neo4jRoundTrips: new Counter({
      name: 'neo4j_round_trips_total',
      help: 'Cypher round trips to Neo4j, by query purpose.',
      labelNames: ['query'],
      registers,
    }),
  };
}
