import type { BaseContext } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { LimitExceededError } from '../../errors.js';
import type { RequestPlugin } from '../request-plugins.js';
import { computeQueryCost, costVariablesOf } from './compute-query-cost.js';
import { QUERY_LIMIT_NAMES, QUERY_LIMITS } from './query-limits.js';
import { checkVariables } from './variable-errors.js';

export interface QueryGuardsOptions {
  /** The most an operation may cost. @default QUERY_LIMITS.cost */
  maxCost?: number;
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
  // An operation whose cost no variable can change (none is used in a sized argument or an `if`,
  // see costVariablesOf) costs the same for every request whose variables fit, and Apollo hands the
  // same cached document to every request with the same text: cost it once. (Per document object,
  // so it goes when the document cache drops the document; a handful of operations per document.)
  const fixedCosts = new WeakMap<
    DocumentNode,
    { variables: ReadonlySet<string>; costs: Map<string, number> }
  >();
  const fixedCostsOf = (document: DocumentNode) => {
    let entry = fixedCosts.get(document);
    if (!entry) {
      entry = { variables: costVariablesOf(document), costs: new Map() };
      fixedCosts.set(document, entry);
    }
    return entry;
  };
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
          if (requested > maxCost) {
            refuse(
              new LimitExceededError(
                `This query would cost ${requested} (limit ${maxCost}): lower \`first\` or \`limit\` values, or split the query.`,
                { name: QUERY_LIMIT_NAMES.cost, max: maxCost, requested },
              ),
            );
          }
        },
        willSendResponse({ response }) {
          if (!cost || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
