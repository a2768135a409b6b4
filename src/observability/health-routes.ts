import { Router } from 'express';
import { isKgError } from '../errors.js';
import type { KnowledgeGraphStore } from '../store/index.js';

export interface HealthRoutesOptions {
  store: KnowledgeGraphStore;
  /**
   * How long `/ready` waits for the store's ping before it answers "not ready". A Neo4j that is down
   * fails the ping at once, but one that accepts connections and never answers holds it for the
   * driver's acquisition timeout (5 s); a probe must not wait that long. @default 1500
   */
  readyTimeoutMs?: number;
}

/**
 * `GET /health` and its alias `GET /live` (liveness: the process answers HTTP; never looks at the
 * store, so an outage of the database does not get the service restarted), and `GET /ready`
 * (readiness: the store answers a ping within `readyTimeoutMs`; 503 with `reachable: false` when it
 * does not). Concurrent `/ready` calls share one ping, so a burst of probes against a dead database
 * opens one connection attempt, not one each.
 */
export function createHealthRoutes(options: HealthRoutesOptions): Router {
  const { store } = options;
  const readyTimeoutMs = options.readyTimeoutMs ?? 1500;
  const router = Router();
  let pingInFlight: Promise<void> | null = null;

  router.get(['/health', '/live'], (_request, response) => {
    response.json({ status: 'ok', store: store.kind });
  });

  router.get('/ready', async (_request, response) => {
    pingInFlight ??= store.ping().finally(() => {
      pingInFlight = null;
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), readyTimeoutMs);
    });
    try {
      if ((await Promise.race([pingInFlight, timedOut])) === 'timeout') {
        response.status(503).json({
          status: 'unavailable',
          store: store.kind,
          reachable: false,
          detail: `the store did not answer within ${readyTimeoutMs} ms`,
        });
        return;
      }
      response.json({ status: 'ready', store: store.kind, reachable: true });
    } catch (error) {
      const detail = isKgError(error) ? error.message : 'the store did not answer';
      response.status(503).json({ status: 'unavailable', store: store.kind, reachable: false, detail });
    } finally {
      clearTimeout(timer);
    }
  });

  return router;
}
