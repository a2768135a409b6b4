import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import express, { type Express } from 'express';
import {
  createAuthenticator,
  refuseInvalidCredential,
  requireRole,
  type ApiKey,
  type Authenticator,
  type OidcOptions,
} from '../auth/index.js';
import {
  BAD_REQUEST_STATUSES,
  BadRequestError,
  InternalServerError,
  isKgError,
  NothingFoundError,
} from '../errors.js';
import { inRequestContext, type Logger } from '../logger.js';
import type { WorkTurns } from '../turns/index.js';
import type { KnowledgeGraphStore } from '../store/index.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import {
  createHealthRoutes,
  metricsHandler,
  observeRequests,
  type ServiceMetrics,
} from '../observability/index.js';
import { createExplorerRouter } from './explorer-route.js';
import { holdRefusals } from './hold-refusals.js';
import { createExportRouter } from './export-routes.js';
import { bodyRefusal, isBodyRefusal } from './body-refusal.js';
import { renderLandingPage } from './landing-page.js';
import { jsonBody } from './read-json-body.js';
import { refuseBatchedRequests } from './refuse-batched-requests.js';
import { refuseOverLimitQueries } from './refuse-over-limit-queries.js';
import { refuseUnreadableMediaTypes } from './refuse-unreadable-media-types.js';
import { requestIdFrom } from './request-id.js';
import { requestIdInErrors } from './request-id-in-errors.js';
import { createWorkbenchRouter } from './workbench-route.js';
import { writeErrorBody } from './write-error-body.js';

/**
 * Queries may come by GET (urql's default). Their answers must not be kept by a cache: one could serve
 * a keyed answer to another caller (a key in X-API-Key does not hold shared caches back the way
 * Authorization does) or a stale one after a write.
 */
function noStoreOnGet(
  request: express.Request,
  response: express.Response,
  next: express.NextFunction,
): void {
  if (request.method === 'GET') response.setHeader('cache-control', 'no-store');
  next();
}

/** Who may do what, and from where. */
export interface SecurityOptions {
  /** Credentials; mutations need a curator's. */
  apiKeys: ApiKey[];
  /** Also accept JWTs from this OpenID Connect provider. @default null: API keys only */
  oidc?: OidcOptions | null;
  /** Browser origins allowed by CORS; empty allows none (same-origin pages and non-browser clients still work). */
  corsOrigins: string[];
  /** Serve the landing page at `/` and the query workbench at `/graphiql`. */
  landingPage: boolean;
  /** Reads (GraphQL queries and `/export` downloads) need a key too. @default false */
  readsRequireKey?: boolean;
}

export const DEFAULT_SECURITY: SecurityOptions = { apiKeys: [], corsOrigins: [], landingPage: true };

export interface AppOptions {
  apollo: ApolloServer<GraphQLContext>;
  store: KnowledgeGraphStore;
  logger: Logger;
  /** @default DEFAULT_SECURITY: no keys (reads only), no CORS origins, landing page on */
  security?: SecurityOptions;
  /** Largest accepted request body. @default '100kb' */
  bodyLimit?: string;
  /** Counts requests and serves them at `GET /metrics`; without it there is no `/metrics`. */
  metrics?: ServiceMetrics;
  /** How long `/ready` waits for the store. @default 1500 */
  readyTimeoutMs?: number;
  /** The Apollo server was created with CSRF prevention (see `createApolloServer`). @default false */
  csrfPrevention?: boolean;
  /**
   * How long an over-limit query's refusal is held back before it is written. Why: a refusal is cheap,
   * but a client sending nothing else can still ask for a thousand a second on each connection and take
   * the CPU from well-formed clients; a held refusal costs a timer, and each connection of an abusive
   * client gets at most 1000 / delay refusals a second. Well-formed requests never wait. @default 0
   */
  refusalDelayMs?: number;
  /** Reads credentials; share one between the app and the lean path. @default one from `security` */
  authenticate?: Authenticator;
  /**
   * Where downloads and GraphQL's `export` fields wait for their turn (see WorkTurns).
   * @default the process's, which every app in the process shares, as they share its event loop
   */
  workTurns?: WorkTurns;
}

export const DEFAULT_BODY_LIMIT = '100kb';

/**
 * Only listed origins may call from a browser; header-authenticated, so no cookies are involved.
 * The allowed headers are ours and those the clients in docs/front-end.md send when configured as
 * their docs say; a browser drops a request whose preflight leaves out any header it carries.
 */
export function graphqlCorsOptions(security: SecurityOptions): cors.CorsOptions {
  return {
    origin: security.corsOrigins,
    // The methods /graphql serves (the cors package's default also lists PUT, PATCH and DELETE, which
    // are always refused, and HEAD, which Apollo answers 405 with \`Allow: GET, POST\`): a preflight
    // should not promise what the request then gets a 405 for.
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'x-api-key',
      'x-request-id',
      // Apollo's CSRF prevention takes either.
      'apollo-require-preflight',
      'x-apollo-operation-name',
      // Apollo Client's `clientAwareness` (and `enhancedClientAwareness` with `transport: 'headers'`).
      'apollographql-client-name',
      'apollographql-client-version',
      'apollographql-library-name',
      'apollographql-library-version',
    ],
    exposedHeaders: ['x-request-id'],
  };
}

/** The same for the downloads, whose file name a page reads from Content-Disposition. */
function exportCorsOptions(security: SecurityOptions): cors.CorsOptions {
  return {
    ...graphqlCorsOptions(security),
    methods: ['GET', 'HEAD'],
    exposedHeaders: ['x-request-id', 'content-disposition'],
  };
}

/**
 * The HTTP surface: `/graphql`, `/health` and `/live` (liveness), `/ready` (the store answers),
 * `/metrics` (Prometheus), the landing page at `/`, the graph explorer at `/explorer/` and the query
 * workbench at `/graphiql/`. Every request gets an access-log line. The
 * Apollo server must already be started.
 */
export function createApp(options: AppOptions): Express {
  const { apollo, store, logger } = options;
  const security = options.security ?? DEFAULT_SECURITY;
  // One per app, so the identity provider's keys are fetched once and cached across requests.
  const authenticate =
    options.authenticate ?? createAuthenticator({ apiKeys: security.apiKeys, oidc: security.oidc ?? null });
  const app = express();
  app.disable('x-powered-by');

  app.use((request, response, next) => {
    // The lean path (serve-hot-path.ts) may have begun this request, and given it its id already.
    const given = response.locals['requestId'] as string | undefined;
    const requestId = given ?? requestIdFrom(request.headers);
    if (!given) {
      response.locals['requestId'] = requestId;
      response.setHeader('x-request-id', requestId);
    }
    inRequestContext(logger, requestId, next);
  });
  app.use(observeRequests({ logger, metrics: options.metrics }));

  if (security.landingPage) {
    app.get('/', (_request, response) => {
      response.type('html').send(renderLandingPage({ storeKind: store.kind }));
    });
  }

  app.use(createHealthRoutes({ store, readyTimeoutMs: options.readyTimeoutMs }));

  const metrics = options.metrics;
  if (metrics) app.get('/metrics', metricsHandler(metrics));
  // A status URL asked for by another method exists, just not for that method: HTTP's 405 with the
  // methods it takes, as /graphql and /export answer (it was a 404 "Not found").
  const readOnlyPaths = ['/health', '/live', '/ready', ...(metrics ? ['/metrics'] : [])];
  app.all(security.landingPage ? ['/', ...readOnlyPaths] : readOnlyPaths, (request, response, next) => {
    if (request.method === 'OPTIONS') return next();
    writeErrorBody(
      response,
      new BadRequestError(
        `${request.path} is read by GET, not ${request.method}.`,
        BAD_REQUEST_STATUSES.methodNotAllowed,
      ),
      { headers: { allow: 'GET, HEAD' } },
    );
  });

  app.use(
    '/graphql',
    cors(graphqlCorsOptions(security)),
    requestIdInErrors,
    noStoreOnGet,
    // A POST that is not JSON is a 415 naming the header, before any body is read.
    refuseUnreadableMediaTypes({ delayMs: options.refusalDelayMs ?? 0 }),
    // express.json(), or the body the lean path already read.
    jsonBody({ limit: options.bodyLimit ?? DEFAULT_BODY_LIMIT }),
    refuseBatchedRequests({ delayMs: options.refusalDelayMs ?? 0 }),
    // Over-limit documents are refused from their text, before Apollo parses them.
    refuseOverLimitQueries({
      metrics: options.metrics,
      csrfPrevention: options.csrfPrevention ?? false,
      delayMs: options.refusalDelayMs ?? 0,
    }),
    // What Apollo refuses after parsing (a cost over the limit, a validation failure) is held back too.
    holdRefusals(options.refusalDelayMs ?? 0),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext({
          store,
          requestId: String(res.locals['requestId']),
          authentication: await authenticate(req.headers),
          workTurns: options.workTurns,
          connection: req.socket,
        }),
    }),
  );

  app.use('/explorer', createExplorerRouter());
  // The query workbench is a tool for people writing queries, like the landing page: off together.
  if (security.landingPage) app.use('/graphiql', createWorkbenchRouter());

  app.use(
    '/export',
    cors(exportCorsOptions(security)),
    async (request, response, next) => {
      // The same rule as the GraphQL reads: a reader's key at least, or with open reads no bad one.
      try {
        const authentication = await authenticate(request.headers);
        if (security.readsRequireKey) requireRole(authentication, 'reader', 'Exporting from this graph');
        else refuseInvalidCredential(authentication, 'Exporting from this graph');
        next();
      } catch (error) {
        if (!isKgError(error)) return next(error);
        writeErrorBody(response, error);
      }
    },
    createExportRouter({
      store,
      logger,
      refusalDelayMs: options.refusalDelayMs ?? 0,
      workTurns: options.workTurns,
    }),
  );

  app.use((_request, response) => {
    writeErrorBody(response, new NothingFoundError('Not found. The API is at /graphql.'));
  });

  // Body-parser errors (malformed JSON, too large) arrive here; answer in JSON, never with a stack.
  app.use(
    (
      error: Error & { status?: number; type?: string },
      _request: express.Request,
      response: express.Response,
      _next: express.NextFunction,
    ) => {
      if (isBodyRefusal(error))
        return writeErrorBody(response, bodyRefusal(error, options.bodyLimit ?? DEFAULT_BODY_LIMIT));
      logger.error({ err: error, requestId: response.locals['requestId'] }, 'unhandled HTTP error');
      writeErrorBody(response, new InternalServerError());
    },
  );

  return app;
}
