import type { ApolloServerPlugin } from '@apollo/server';
import { LimitExceededError } from '../../errors.js';
import { checkOperationLimits, type OperationLimits } from './check-operation-limits.js';
import { computeQueryCost } from './compute-query-cost.js';
import { QUERY_LIMIT_NAMES, QUERY_LIMITS } from './query-limits.js';

export interface QueryGuardsOptions extends OperationLimits {
  /** The most an operation may cost. @default QUERY_LIMITS.cost */
  maxCost?: number;
}

/** What every response to a resolved operation carries in `extensions.cost`, as Shopify's API does. */
export interface QueryCostExtension {
  requestedQueryCost: number;
  maximumAvailable: number;
}

/**
 * Holds every operation to the structural limits and the cost limit before anything runs, and
 * reports the cost in `extensions.cost`. Refusals are LIMIT_EXCEEDED with HTTP status 400.
 *
 * It runs in `didResolveOperation`, after Apollo's parse (≤ 5,000 tokens) and validation, because
 * only there are the variables known, and because an error from a validation rule would reach the
 * client as GRAPHQL_VALIDATION_FAILED without its `extensions.limit`. Validation of a document that
 * small is cheap; what the limits guard is execution.
 */
export function queryGuardsPlugin<TContext extends object>(
  options: QueryGuardsOptions = {},
): ApolloServerPlugin<TContext> {
  const maxCost = options.maxCost ?? QUERY_LIMITS.cost;
  return {
    async requestDidStart() {
      let cost: QueryCostExtension | null = null;
      return {
        async didResolveOperation(requestContext) {
          const { document, operation, schema, request } = requestContext;
          if (!operation) return;
          const refuse = (error: LimitExceededError): never => {
            // Apollo answers errors thrown here with 500 unless a status is set; a limit is the
            // client's to fix. (A status in the error's extensions would be shown to the client.)
            requestContext.response.http.status = 400;
            throw error;
          };
          const structural = checkOperationLimits(document, operation, options);
          if (structural) refuse(structural);

          let requested: number | null;
          try {
            requested = computeQueryCost({ schema, document, operation, variables: request.variables });
          } catch {
            // graphql-query-complexity gives up after 10,000 selections (fragments spread in
            // fragments can multiply them far beyond the field count checked above).
            return refuse(
              new LimitExceededError(
                'This query has too many selections to cost, counting fragments where they are spread: split the query.',
                { name: QUERY_LIMIT_NAMES.cost, max: maxCost },
              ),
            );
          }
          if (requested === null) return;
          cost = { requestedQueryCost: requested, maximumAvailable: maxCost };
          if (requested > maxCost) {
            refuse(
              new LimitExceededError(
                `This query would cost ${requested} (limit ${maxCost}): lower \`first\` or \`limit\` values, or split the query.`,
                { name: QUERY_LIMIT_NAMES.cost, max: maxCost, requested },
              ),
            );
          }
        },
        async willSendResponse({ response }) {
          if (!cost || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
