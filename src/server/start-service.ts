import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Logger } from '../logger.js';
import type { WorkTurns } from '../turns/index.js';
import type { KnowledgeGraphStore } from '../store/index.js';
import { createApolloServer } from '../graphql/create-apollo-server.js';
import {
  createServiceMetrics,
  graphqlMetricsPlugin,
  instrumentStore,
  type ServiceMetrics,
} from '../observability/index.js';
import type { SecurityOptions } from './create-app.js';
import { answerClientError } from './answer-client-errors.js';
import { createRequestListener } from './serve-hot-path.js';

export interface ServiceOptions {
  store: KnowledgeGraphStore;
  logger: Logger;
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  introspection: boolean;
  /** Credentials, CORS and landing page. @default DEFAULT_SECURITY */
  security?: SecurityOptions;
  /** Time limit of a whole GraphQL request. @default 15000 */
  requestTimeoutMs?: number;
  /** Every operation needs a credential (a reader's at least). @default false */
  readsRequireKey?: boolean;
  /** A GET must carry a preflight-forcing header (Apollo's CSRF prevention). @default false */
  csrfPrevention?: boolean;
  /** Where the service counts requests, operations and store calls (`GET /metrics`). @default a new registry */
  metrics?: ServiceMetrics;
  /** How long `/ready` waits for the store before answering 503. @default 1500 */
  readyTimeoutMs?: number;
  /** How long an over-limit query's refusal is held back (see AppOptions). @default 0 */
  refusalDelayMs?: number;
  /** Where exports wait for their turn (see AppOptions). @default the process's */
  workTurns?: WorkTurns;
  /** How long `stop()` lets in-flight requests run before closing their connections. @default 10000 */
  shutdownGraceMs?: number;
  /** How long a client has to send a whole request: line, headers and body. @default 30000 */
  requestReadTimeoutMs?: number;
}

/**
 * Why 30 s and not Node's 300 s: a request is at most 100 kB, and a client that trickles one in holds a
 * connection (and a parser) for as long as it is let; the time a request then runs is
 * REQUEST_TIMEOUT_MS's, which this does not count.
 */
export const DEFAULT_REQUEST_READ_TIMEOUT_MS = 30_000;

export interface RunningService {
  /** Base URL, for example `http://127.0.0.1:4000`. */
  url: string;
  /** Stops taking requests, lets in-flight ones finish, then closes the store. */
  stop(): Promise<void>;
}

/** Starts the HTTP service on an already-open store. */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const readTimeoutMs = options.requestReadTimeoutMs ?? DEFAULT_REQUEST_READ_TIMEOUT_MS;
  const httpServer = http.createServer({
    requestTimeout: readTimeoutMs,
    headersTimeout: readTimeoutMs,
    // Node looks for late requests this often (30 s by default), so a late one waits at most a quarter more.
    connectionsCheckingInterval: Math.max(100, Math.round(readTimeoutMs / 4)),
  });
  const metrics = options.metrics ?? createServiceMetrics();
  // Every call the API makes to the store is counted and timed; stop() still closes the store itself.
  const store = instrumentStore(options.store, metrics);
  const apollo = createApolloServer({
    logger: options.logger,
    introspection: options.introspection,
    readsRequireKey: options.readsRequireKey ?? false,
    csrfPrevention: options.csrfPrevention ?? false,
    ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }),
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: options.shutdownGraceMs ?? 10_000,
      }),
    ],
    requestPlugins: [graphqlMetricsPlugin(metrics)],
  });
  await apollo.start();
  httpServer.on('clientError', answerClientError);
  httpServer.on(
    'request',
    createRequestListener({
      apollo,
      store,
      logger: options.logger,
      metrics,
      readyTimeoutMs: options.readyTimeoutMs,
      refusalDelayMs: options.refusalDelayMs ?? 0,
      workTurns: options.workTurns,
      csrfPrevention: options.csrfPrevention ?? false,
      ...(options.security
        ? { security: { ...options.security, readsRequireKey: options.readsRequireKey ?? false } }
        : {}),
    }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen({ host: options.host, port: options.port }, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    async stop() {
      await apollo.stop();
      await options.store.close();
    },
  };
}
