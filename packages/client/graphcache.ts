import type { IntrospectionQuery } from 'graphql';
import { introspection, unkeyedTypes } from './generated/graphcache.js';

/**
 * The schema for urql's normalised cache: `cacheExchange({ schema: graphcacheSchema, keys: graphcacheKeys })`
 * from `@urql/exchange-graphcache`. Generated from schema/ by `npm run codegen`.
 *
 * Why graphcache needs it: without a schema it matches a fragment `on Entity` (which most example
 * operations use) by guessing from the fields it holds for the object, warns each time it guesses, and
 * can guess wrong: a field another query cached on a `City` makes a fragment `on Person` match it.
 *
 * The minified form leaves out what graphcache does not read (descriptions, arguments' types), so its
 * shape is less than graphql-js's `IntrospectionQuery`, the type graphcache's `schema` option is given as.
 */
export const graphcacheSchema = introspection as IntrospectionQuery;

/**
 * graphcache's `keys` for the object types that have no `id` (evidence, edges, page info, search hits,
 * paths …): each is kept inside the object or root field that holds it, as it has no identity of its
 * own. Without these, graphcache warns once per such object in every result. Every other object type
 * is keyed by `__typename` and `id`, graphcache's default.
 */
export const graphcacheKeys: Readonly<Record<string, () => null>> = Object.fromEntries(
  unkeyedTypes.map((typeName) => [typeName, () => null]),
);
