import { isKgError } from '../errors.js';
import type { KnowledgeGraphStore } from '../store/index.js';
import type { ServiceMetrics } from './service-metrics.js';

/**
 * Wraps a store so every call of a port method is counted and timed in `store_calls_total` and
 * `store_call_duration_seconds`, labelled with the store's kind, the method and the outcome (`ok`, or
 * the error's code, `INTERNAL` for an unexpected error). Calls behave exactly as before; the adapters'
 * own internal calls (a path fetching its entities) are not counted, only what the API asks.
 */
export function instrumentStore<S extends KnowledgeGraphStore>(store: S, metrics: ServiceMetrics): S {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      if (!wrapped.has(property)) {
        const labels = { store: target.kind, method: property };
        wrapped.set(property, async (...args: unknown[]) => {
          const stopTimer = metrics.storeDuration.startTimer(labels);
          let outcome = 'ok';
          try {
            return await (value as (...inner: unknown[]) => Promise<unknown>).apply(target, args);
          } catch (error) {
            outcome = isKgError(error) ? error.code : 'INTERNAL';
            throw error;
          } finally {
            stopTimer();
            metrics.storeCalls.inc({ ...labels, outcome });
          }
        });
      }
      return wrapped.get(property);
    },
  });
}
