import {
  getVariableValues,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { estimateFieldCost } from './estimate-field-cost.js';

export interface QueryCostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Record<string, unknown> | undefined;
}

/**
 * The estimated cost of one operation with its variables (see `estimateFieldCost`), or null when the
 * variables do not fit their definitions: execution then refuses the request with Apollo's own
 * BAD_USER_INPUT before anything runs, so there is nothing to cost. `@skip`/`@include` are honoured,
 * abstract selections cost their dearest possible type, and fragments count where they are spread.
 */
export function computeQueryCost(input: QueryCostInput): number | null {
  const { errors } = getVariableValues(
    input.schema,
    input.operation.variableDefinitions ?? [],
    input.variables ?? {},
  );
  if (errors) return null;
  return getComplexity({
    schema: input.schema,
    query: input.document,
    operationName: input.operation.name?.value,
    variables: input.variables ?? {},
    estimators: [estimateFieldCost],
  });
}
