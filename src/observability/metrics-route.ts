import type { RequestHandler } from 'express';
import type { ServiceMetrics } from './service-metrics.js';

/** `GET /metrics`: the registry in Prometheus' text exposition format. */
export function metricsHandler(metrics: ServiceMetrics): RequestHandler {
  return async (_request, response) => {
    const body = await metrics.registry.metrics();
    response.type(metrics.registry.contentType).setHeader('cache-control', 'no-store').send(body);
  };
}
