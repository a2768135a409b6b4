/**
 * The limits every operation is held to before it runs. Raising one is a deliberate API decision:
 * each refusal is a LIMIT_EXCEEDED error naming the limit (`extensions.limit.name`).
 */
export const QUERY_LIMITS = {
  /**
   * Levels of nested fields (`{ a { b } }` is 2; introspection fields do not count, graphql-js's own
   * MaxIntrospectionDepthRule bounds them). A Relay hop costs 3 levels (`relationships { edges
   * { other` …), so 12 allows three hops from an entity with room for evidence and sources.
   */
  depth: 12,
  /** Aliased fields: alias batching (`a: entity(id: "1") b: entity(id: "2")` …) is capped here. */
  aliases: 15,
  /** Directives (`@include`, `@skip`) anywhere in the operation. */
  directives: 50,
  /** Field selections, counting a fragment's fields every time it is spread. */
  fields: 500,
  /**
   * The estimated cost (see `estimateFieldCost`): about one per object the operation can return,
   * with list sizes taken from `first`/`limit`. 50,000 objects is a few MB of JSON and a few thousand
   * store rows per nesting level: more than any screen of the explorer needs (a 500-entity
   * neighbourhood with each entity's 20 first relationships costs about 23,000), and small enough
   * that one request cannot tie up the store for longer than its time limit.
   */
  cost: 50_000,
} as const;

/** The limit names a client sees in `extensions.limit.name`. */
export const QUERY_LIMIT_NAMES = {
  depth: 'queryDepth',
  aliases: 'queryAliases',
  directives: 'queryDirectives',
  fields: 'queryFields',
  cost: 'queryCost',
} as const;

/** A request's time limit when none is configured (REQUEST_TIMEOUT_MS). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
