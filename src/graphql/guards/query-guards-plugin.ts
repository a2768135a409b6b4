import type { BaseContext } from '@apollo/server';
import type { DocumentNode, GraphQLError } from 'graphql';
import { LimitExceededError } from '../../errors.js';
import type { RequestPlugin } from '../request-plugins.js';
import { computeQueryCost } from './compute-query-cost.js';
import { createFixedCosts, type FixedCosts } from './fixed-costs.js';
import { overCostRefusal } from './query-cost-refusal.js';
import { QUERY_LIMIT_NAMES, QUERY_LIMITS } from './query-limits.js';
import { checkVariables } from './variable-errors.js';

export interface QueryGuardsOptions {
  /** The most an operation may cost. @default QUERY_LIMITS.cost */
  maxCost?: number;
  /** The costs already known per document, shared with the early cost rule. @default its own */
  fixedCostsOf?: (document: DocumentNode) => FixedCosts;
}

/** What every response to a resolved operation carries in `extensions.cost`, as Shopify's API does. */
export interface QueryCostExtension {
  requestedQueryCost: number;
  maximumAvailable: number;
}

/**
 * Holds every operation to the cost limit before anything runs, and reports the cost in
 * `extensions.cost`. Refusals are LIMIT_EXCEEDED with HTTP status 400.
 *
 * It runs in `didResolveOperation`, after validation, because only there are the variables known.
 * The structural limits (size, depth, fields, repetition) come earlier, before validation, in
 * `createDocumentLimitsRule`: by the time a document gets here, validating it was cheap.
 */
export function queryGuardsPlugin<TContext extends BaseContext>(
  options: QueryGuardsOptions = {},
): RequestPlugin<TContext> {
  const maxCost = options.maxCost ?? QUERY_LIMITS.cost;
  // An operation whose cost no variable can change costs the same for every request whose variables
  // fit: it is costed once per document (see createFixedCosts), here or by the early cost rule.
  const fixedCostsOf = options.fixedCostsOf ?? createFixedCosts();
  return {
    requestDidStart() {
      let cost: QueryCostExtension | null = null;
      return {
        didResolveOperation(requestContext) {
          const { document, operation, schema, request } = requestContext;
          if (!operation) return;
          // The status of a refusal (400) is set from its code by requestErrorStatusPlugin.
          const refuse = (error: LimitExceededError): never => {
            throw error;
          };
          const input = { schema, document, operation, variables: request.variables };
          // Variables that do not fit are refused before anything is costed or run: by execution, as
          // graphql-js words it, when their problems are few and short; here, in one error, when not.
          const variables = checkVariables(input);
          if (!variables.fit) {
            if (variables.refusal) throw variables.refusal;
            return;
          }
          let requested: number;
          try {
            const fixed = fixedCostsOf(document);
            const operationKey = operation.name?.value ?? '';
            if (fixed.variables.size > 0) {
              requested = computeQueryCost(input);
            } else {
              requested = fixed.costs.get(operationKey) ?? computeQueryCost(input);
              fixed.costs.set(operationKey, requested);
            }
          } catch {
            // graphql-query-complexity gives up after 10,000 selections (fragments spread in
            // fragments can multiply them far beyond the field count checked before validation).
            return refuse(
              new LimitExceededError(
                'This query has too many selections to cost, counting fragments where they are spread: split the query.',
                { name: QUERY_LIMIT_NAMES.cost, max: maxCost },
              ),
            );
          }
          cost = { requestedQueryCost: requested, maximumAvailable: maxCost };
          if (requested > maxCost) refuse(overCostRefusal(requested, maxCost));
        },
        willSendResponse({ response, errors }) {
          if (response.body.kind !== 'single') return;
          // Refused by the early cost rule during validation: the same extension as a refusal here.
          const known = cost ?? costOfEarlyRefusal(errors, maxCost);
          if (!known) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: known };
        },
      };
    },
  };
}

/** The cost an early cost refusal (createEarlyCostRule) names, as `extensions.cost`; null for any other. */
function costOfEarlyRefusal(
  errors: readonly GraphQLError[] | undefined,
  maxCost: number,
): QueryCostExtension | null {
  const limit = errors?.[0]?.extensions['limit'] as { name?: unknown; requested?: unknown } | undefined;
  if (errors?.length !== 1 || limit?.name !== QUERY_LIMIT_NAMES.cost || typeof limit.requested !== 'number')
    return null;
  return { requestedQueryCost: limit.requested, maximumAvailable: maxCost };
}
