import {
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { COST_ARGUMENTS, estimateFieldCost, type FieldCostContext } from './estimate-field-cost.js';

export interface QueryCostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Record<string, unknown> | undefined;
}

/**
 * The estimated cost of one operation with its variables (see `estimateFieldCost`), for variables
 * that fit their definitions (`checkVariables` says so first: a request whose variables do not fit
 * is refused before anything runs, so there is nothing to cost). `@skip`/`@include` are honoured,
 * abstract selections cost their dearest possible type, and fragments count where they are spread.
 */
export function computeQueryCost(input: QueryCostInput): number {
  return getComplexity({
    schema: input.schema,
    query: input.document,
    operationName: input.operation.name?.value,
    variables: input.variables ?? {},
    estimators: [estimateFieldCost],
    context: costContextOf(input),
  });
}

/** What the estimator reads besides each field: the schema and the document's fragments (introspection). */
function costContextOf(input: QueryCostInput): FieldCostContext {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of input.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return { schema: input.schema, fragments, variables: input.variables ?? {} };
}

/**
 * The variables a document's cost can depend on: those used, anywhere in the document, inside an
 * argument the estimator reads (COST_ARGUMENTS) or a directive's `if`. When there are none, every
 * request with variables that fit costs the same, whatever their values: `query ($id: ID!) {
 * entity(id: $id) { … } }` can be costed once, not per request (costing took about 0.2 ms of a
 * nested read's 3 ms of service CPU in a profile at 1M).
 * Fragments count wherever they are defined, which can only add variables.
 */
export function costVariablesOf(document: DocumentNode): ReadonlySet<string> {
  const names = new Set<string>();
  const collect = (value: ValueNode) =>
    visit(value, {
      Variable(node) {
        names.add(node.name.value);
      },
    });
  visit(document, {
    Directive(node) {
      for (const argument of node.arguments ?? []) if (argument.name.value === 'if') collect(argument.value);
    },
    Field(node) {
      for (const argument of node.arguments ?? []) {
        if (COST_ARGUMENTS.has(argument.name.value)) collect(argument.value);
      }
    },
  });
  return names;
}
