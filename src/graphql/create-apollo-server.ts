import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Logger } from '../logger.js';
import type { GraphQLContext } from './context.js';
import { credentialsPlugin } from './credentials-plugin.js';
import { errorReportingPlugin } from './error-reporting-plugin.js';
import { formatError, formatErrorWithoutSuggestions } from './format-error.js';
import { hideSuggestionsPlugin } from './hide-suggestions-plugin.js';
import { knownOperationTypesRule } from './known-operation-types-rule.js';
import { markAnsweredPlugin } from './mark-answered-plugin.js';
import { requestErrorStatusPlugin } from './request-error-status-plugin.js';
import { oneWritePerMutationRule } from './one-write-per-mutation-rule.js';
import { mergeRequestPlugins, type RequestPlugin } from './request-plugins.js';
import {
  createDocumentCache,
  createDocumentLimitsRule,
  createEarlyCostRule,
  createFixedCosts,
  createRequestDeadline,
  DEFAULT_DOCUMENT_CACHE_BYTES,
  DEFAULT_REQUEST_TIMEOUT_MS,
  QUERY_LIMITS,
  queryGuardsPlugin,
} from './guards/index.js';
import { createSchema } from './schema.js';

export interface ApolloServerOptions {
  logger: Logger;
  /**
   * Whether clients may introspect the schema. When they may not, error messages do not suggest
   * field, argument or enum names either ("Did you mean …?"), which would reveal the schema bit by bit.
   * @default true outside production
   */
  introspection: boolean;
  /** Every operation needs a credential (a reader's at least); otherwise reads are open. @default false */
  readsRequireKey?: boolean;
  /**
   * Apollo's CSRF prevention: refuse a GET (or a form-encoded POST) without a header that forces a
   * browser to preflight it. Off by default: credentials travel only in `Authorization` or `X-API-Key`,
   * which a cross-site request cannot carry without a preflight that CORS refuses, so a forged request
   * is anonymous and can do no more than anyone who can reach the port; mutations never run over GET
   * (Apollo answers 405), and a GET passes every guard a POST does. Turn it on where reaching the port
   * is itself the credential (open reads on a private network). docs/front-end.md has the reasoning.
   * @default false
   */
  csrfPrevention?: boolean;
  /** How long one request may run before it is answered with TIMEOUT (REQUEST_TIMEOUT_MS). @default 15000 */
  requestTimeoutMs?: number;
  /** Bytes of parsed documents kept for reuse (estimated heap, see `estimateDocumentBytes`). @default 16 MiB */
  documentCacheBytes?: number;
  /** Extra plugins (the HTTP drain plugin, for example). */
  plugins?: ApolloServerPlugin<GraphQLContext>[];
  /** Extra request plugins (the metrics), run after the service's own in the same listener. */
  requestPlugins?: RequestPlugin<GraphQLContext>[];
}

/** The GraphQL server: the schema from schema/, masked errors, no stack traces, no CDN landing page. */
export function createApolloServer(options: ApolloServerOptions): ApolloServer<GraphQLContext> {
  const deadline = createRequestDeadline<GraphQLContext>({
    timeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
  });
  const fixedCostsOf = createFixedCosts();
  return new ApolloServer<GraphQLContext>({
    schema: deadline.limitResolvers(createSchema()),
    formatError: options.introspection ? formatError : formatErrorWithoutSuggestions,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    // Without introspection, suggestions are taken off validation errors by hideSuggestionsPlugin
    // below: what this option installs, but inside the service's one request listener.
    hideSchemaDetailsFromClientErrors: false,
    // Batches are refused before they get here, with a message saying so (src/server/refuse-batched-requests.ts).
    allowBatchedHttpRequests: false,
    csrfPrevention: options.csrfPrevention ?? false,
    // The service handles SIGTERM itself (src/cli/serve.ts). Apollo's own handler would call stop()
    // a second time, and Apollo 5.5 never releases a second caller, so shutdown would hang.
    stopOnTerminationSignals: false,
    // graphql-js's own parser limit: a document of more tokens is refused before any work is done.
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    // Apollo's default cache is bounded by the JSON size of each tree, which leaves out the source
    // text every node keeps alive: unique documents of comments grew the heap without bound.
    documentStore: createDocumentCache(options.documentCacheBytes ?? DEFAULT_DOCUMENT_CACHE_BYTES),
    logger: options.logger,
    // Size, depth, fields and repetition are checked first, before the other rules do any work; then
    // the cost of an operation that declares no variables.
    validationRules: [
      createDocumentLimitsRule(),
      createEarlyCostRule({ maxCost: QUERY_LIMITS.cost, fixedCostsOf }),
      knownOperationTypesRule,
      oneWritePerMutationRule,
    ],
    plugins: [
      // The service serves its own offline landing page at `/`; Apollo's loads Sandbox from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // The schema declares no @cacheControl hints; Apollo's default plugin would still hook every
      // field's resolution to compute a cache policy nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      // One Apollo listener for all of these (see mergeRequestPlugins), in this order.
      mergeRequestPlugins([
        errorReportingPlugin(options.logger),
        // Request errors answer with their code's status (src/errors.ts); field errors with 200.
        requestErrorStatusPlugin(),
        credentialsPlugin({ readsRequireKey: options.readsRequireKey ?? false }),
        // The cost, checked with the variables before anything runs; size, depth and repetition are
        // refused earlier, by the document-limits validation rule (src/graphql/guards).
        queryGuardsPlugin({ fixedCostsOf }),
        deadline.plugin,
        markAnsweredPlugin(),
        ...(options.requestPlugins ?? []),
        ...(options.introspection ? [] : [hideSuggestionsPlugin<GraphQLContext>()]),
      ]),
      ...(options.plugins ?? []),
    ],
  });
}
