import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses an operation whose root type the schema does not have (a `subscription` here). graphql-js
 * 16 only finds out while executing, where the error would be an internal one; as a validation error
 * the client learns what it did wrong. (graphql-js 17 ships this rule as KnownOperationTypesRule.)
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(
        new GraphQLError(
          `This API does not support ${node.operation} operations; use a query or a mutation.`,
          {
            nodes: node,
          },
        ),
      );
    }
  },
});
