/**
 * The typed client for front ends: `createClient` and, generated from `examples/*.graphql` by
 * `npm run codegen`, one `TypedDocumentNode` per operation (`WenzhouPartnersDocument` …) with its
 * result and variables types (`WenzhouPartnersQuery`, `WenzhouPartnersQueryVariables`) and the
 * schema's enums and input types; `possibleTypes`, which Apollo Client's `InMemoryCache` needs to
 * read fragments on interfaces, with `typePolicies` for the objects that have no id; and
 * `graphcacheSchema` with `graphcacheKeys`, the same for urql's graphcache (docs/front-end.md shows the
 * set-ups).
 */
export { createClient, type Client, type ClientOptions, type VariablesArgument } from './create-client.js';
export { GraphQLRequestError } from './graphql-request-error.js';
export { graphcacheKeys, graphcacheSchema } from './graphcache.js';
export { possibleTypes } from './possible-types.js';
export { mergeEvidenceLists, typePolicies } from './type-policies.js';
export * from './generated/graphql.js';
