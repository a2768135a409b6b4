import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import express, { type Express } from 'express';
import type { Logger } from '../logger.js';
import type { KnowledgeGraphStore } from '../store/index.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import { isKgError } from '../errors.js';
import { createExplorerRouter } from './explorer-route.js';
import { renderLandingPage } from './landing-page.js';
import { requestIdFrom } from './request-id.js';
import { requestIdInErrors } from './request-id-in-errors.js';

/** What body-parser's error types mean to a client. */
const BODY_ERROR_MESSAGES: Record<string, string> = {
  'entity.too.large': 'The request body is larger than the {limit} limit.',
  'entity.parse.failed': 'The request body is not valid JSON.',
  'charset.unsupported': 'The request body uses an unsupported charset; send UTF-8 JSON.',
  'encoding.unsupported': 'The request body uses an unsupported content encoding; send it uncompressed or gzip.',
  'request.aborted': 'The request was aborted before its body arrived.',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length.',
};

export interface AppOptions {
  apollo: ApolloServer<GraphQLContext>;
  store: KnowledgeGraphStore;
  logger: Logger;
  /** Largest accepted request body. @default '100kb' */
  bodyLimit?: string;
}

/**
 * The HTTP surface: `/graphql`, `/health` (liveness), `/ready` (the store answers), and the landing
 * page at `/`. The Apollo server must already be started.
 */
export function createApp(options: AppOptions): Express {
  const { apollo, store, logger } = options;
  const app = express();
  app.disable('x-powered-by');

  app.use((request, response, next) => {
    const requestId = requestIdFrom(request.headers);
    response.locals['requestId'] = requestId;
    response.setHeader('x-request-id', requestId);
    next();
  });

  app.get('/', (_request, response) => {
    response.type('html').send(renderLandingPage({ storeKind: store.kind }));
  });

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', store: store.kind });
  });

  app.get('/ready', async (_request, response) => {
    try {
      await store.ping();
      response.json({ status: 'ready', store: store.kind, reachable: true });
    } catch (error) {
      const detail = isKgError(error) ? error.message : 'the store did not answer';
      response.status(503).json({ status: 'unavailable', store: store.kind, reachable: false, detail });
    }
  });

  app.use(
    '/graphql',
    requestIdInErrors,
    express.json({ limit: options.bodyLimit ?? '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext({ store, requestId: String(res.locals['requestId']) }),
    }),
  );

  app.use('/explorer', createExplorerRouter());

  app.use((_request, response) => {
    response.status(404).json({ error: 'Not found. The API is at /graphql.' });
  });

  // Body-parser errors (malformed JSON, too large) arrive here; answer in JSON, never with a stack.
  app.use(
    (
      error: Error & { status?: number; type?: string },
      _request: express.Request,
      response: express.Response,
      _next: express.NextFunction,
    ) => {
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500)
        logger.error({ err: error, requestId: response.locals['requestId'] }, 'unhandled HTTP error');
      const message =
        status === 500
          ? 'Internal server error'
          : (BODY_ERROR_MESSAGES[error.type ?? ''] ?? 'The request body could not be read.').replace(
              '{limit}',
              options.bodyLimit ?? '100kb',
            );
      response.status(status).json({
        errors: [
          {
            message,
            extensions: {
              code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST',
              requestId: response.locals['requestId'],
            },
          },
        ],
      });
    },
  );

  return app;
}
