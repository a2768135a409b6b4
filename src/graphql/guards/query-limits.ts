/**
 * The limits every operation is held to before it runs. Raising one is a deliberate API decision:
 * each refusal is a LIMIT_EXCEEDED error naming the limit (`extensions.limit.name`).
 */
export const QUERY_LIMITS = {
  /**
   * UTF-8 bytes of the document (the `query` text). The longest query the explorer or the examples
   * send is a few kB; every byte of an accepted document stays in memory while it is cached.
   */
  documentBytes: 20_000,
  /** Tokens of the document: graphql-js's parser stops counting there (a GRAPHQL_PARSE_FAILED error). */
  tokens: 5000,
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
   * Selections of one response name in one selection set, with the fragments spread into it counted
   * there. Asking twice for a field gives nothing more, but graphql-js's validation compares every
   * such pair (OverlappingFieldsCanBeMerged), so a few hundred copies cost tens of milliseconds.
   */
  repeatedSelections: 10,
  /**
   * The estimated cost (see `estimateFieldCost`): about one per object the operation can return,
   * with list sizes taken from `first`/`limit`, and one per 100 characters of long text. 50,000 objects is a few MB of JSON and a few thousand
   * store rows per nesting level: more than any screen of the explorer needs (a 500-entity
   * neighbourhood with each entity's 20 first relationships costs about 23,000), and small enough
   * that one request cannot tie up the store for longer than its time limit.
   */
  cost: 50_000,
} as const;

/** The limit names a client sees in `extensions.limit.name`. */
export const QUERY_LIMIT_NAMES = {
  documentBytes: 'queryDocumentBytes',
  depth: 'queryDepth',
  aliases: 'queryAliases',
  directives: 'queryDirectives',
  fields: 'queryFields',
  repeatedSelections: 'queryRepeatedSelections',
  cost: 'queryCost',
} as const;

/** A request's time limit when none is configured (REQUEST_TIMEOUT_MS). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
