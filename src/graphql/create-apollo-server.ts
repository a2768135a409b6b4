import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Logger } from '../logger.js';
import type { GraphQLContext } from './context.js';
import { credentialsPlugin } from './credentials-plugin.js';
import { errorReportingPlugin } from './error-reporting-plugin.js';
import { formatError } from './format-error.js';
import { knownOperationTypesRule } from './known-operation-types-rule.js';
import { createRequestDeadline, DEFAULT_REQUEST_TIMEOUT_MS, queryGuardsPlugin } from './guards/index.js';
import { createSchema } from './schema.js';

export interface ApolloServerOptions {
  logger: Logger;
  /** Whether clients may introspect the schema. @default true outside production */
  introspection: boolean;
  /** Every operation needs a credential (a reader's at least); otherwise reads are open. @default false */
  readsRequireKey?: boolean;
  /** How long one request may run before it is answered with TIMEOUT (REQUEST_TIMEOUT_MS). @default 15000 */
  requestTimeoutMs?: number;
  /** Extra plugins (the HTTP drain plugin, for example). */
  plugins?: ApolloServerPlugin<GraphQLContext>[];
}

/** The GraphQL server: the schema from schema/, masked errors, no stack traces, no CDN landing page. */
export function createApolloServer(options: ApolloServerOptions): ApolloServer<GraphQLContext> {
  const deadline = createRequestDeadline<GraphQLContext>({
    timeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
  });
  return new ApolloServer<GraphQLContext>({
    schema: deadline.limitResolvers(createSchema()),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    allowBatchedHttpRequests: false,
    // The service handles SIGTERM itself (src/cli/serve.ts). Apollo's own handler would call stop()
    // a second time, and Apollo 5.5 never releases a second caller, so shutdown would hang.
    stopOnTerminationSignals: false,
    // graphql-js's own parser limit: a document of more tokens is refused before any work is done.
    parseOptions: { maxTokens: 5000 },
    logger: options.logger,
    validationRules: [knownOperationTypesRule],
    plugins: [
      // The service serves its own offline landing page at `/`; Apollo's loads Sandbox from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // The schema declares no @cacheControl hints; Apollo's default plugin would still hook every
      // field's resolution to compute a cache policy nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      errorReportingPlugin(options.logger),
      credentialsPlugin({ readsRequireKey: options.readsRequireKey ?? false }),
      // Depth, aliases, directives, fields and cost, checked before anything runs (src/graphql/guards).
      queryGuardsPlugin(),
      deadline.plugin,
      ...(options.plugins ?? []),
    ],
  });
}
