import type { BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { createBoundedLabel } from './bounded-label.js';
import type { ServiceMetrics } from './service-metrics.js';

export interface GraphQLMetricsPluginOptions {
  /** Distinct operation names kept as labels; later new names count as `__other__`. @default 200 */
  maxOperationNames?: number;
}

/**
 * The plugin: `requestDidStart` gives the request's hooks at once (no promise). The GraphQL layer
 * merges it with its own request plugins into one Apollo listener (`mergeRequestPlugins`).
 */
export interface GraphQLMetricsPlugin<TContext extends BaseContext> {
  requestDidStart(): {
    didResolveOperation(): void;
    willSendResponse(requestContext: GraphQLRequestContextWillSendResponse<TContext>): void;
  };
}

/**
 * Counts every GraphQL response in `graphql_operations_total{operation, outcome}` and every error a
 * client receives in `graphql_errors_total{code}`. It reads the response after `formatError`, so
 * codes are the ones clients see (a masked error counts as INTERNAL_SERVER_ERROR). Anonymous
 * operations count as `(anonymous)`, documents that never parsed or named no known operation as
 * `(unresolved)`. Outcome: `success` (no errors), `partial` (data and errors), `error` (no data).
 * It reads only the response, never the context, so it serves any server's context type (and
 * observability need not know the GraphQL layer above it).
 */
export function graphqlMetricsPlugin<TContext extends BaseContext>(
  metrics: ServiceMetrics,
  options: GraphQLMetricsPluginOptions = {},
): GraphQLMetricsPlugin<TContext> {
  const operationLabel = createBoundedLabel(options.maxOperationNames ?? 200);
  return {
    requestDidStart() {
      let resolved = false;
      return {
        didResolveOperation() {
          resolved = true;
        },
        willSendResponse({ response, operationName }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const operation = !resolved
            ? '(unresolved)'
            : operationName
              ? operationLabel(operationName)
              : '(anonymous)';
          const outcome = !errors?.length ? 'success' : data ? 'partial' : 'error';
          metrics.graphqlOperations.inc({ operation, outcome });
          for (const error of errors ?? []) {
            const code = error.extensions?.['code'];
            metrics.graphqlErrors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
          }
        },
      };
    },
  };
}
