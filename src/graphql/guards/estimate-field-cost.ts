import { getNamedType, isLeafType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULTS, LIMITS } from '../../selection/index.js';
import { WRITE_LIMITS } from '../../validation/index.js';
import { estimateIntrospectionCost, type IntrospectionCostContext } from './estimate-introspection-cost.js';

/**
 * The largest value each size argument can take: a value above it is refused by the resolver with
 * its own, more precise message, so the cost counts at most this much and lets that message through.
 */
const ARGUMENT_MAXIMA: Record<string, number> = {
  'search.first': LIMITS.searchResults,
  'paths.first': LIMITS.paths,
  'metrics.first': LIMITS.selectionNodes,
  first: LIMITS.pageSize,
  limit: LIMITS.neighborhoodNodes,
  depth: LIMITS.neighborhoodDepth,
  maxHops: LIMITS.pathHops,
  'selection.limit': LIMITS.selectionNodes,
  'selection.depth': LIMITS.neighborhoodDepth,
  'context.chars': LIMITS.contextChars,
};

/**
 * The value each size argument takes when it is given as null: the resolvers answer `first: null` as
 * if it were left out (`first ?? DEFAULTS.pageSize`), so it is priced at that default, never as 0.
 */
const ARGUMENT_DEFAULTS: Record<string, number> = {
  'search.first': DEFAULTS.searchResults,
  'paths.first': DEFAULTS.paths,
  'metrics.first': DEFAULTS.metrics,
  'mostConnected.first': DEFAULTS.mostConnected,
  first: DEFAULTS.pageSize,
  limit: DEFAULTS.neighborhoodNodes,
  depth: DEFAULTS.neighborhoodDepth,
  maxHops: DEFAULTS.pathHops,
  'context.chars': DEFAULTS.contextChars,
};

/**
 * Every argument the estimator reads, by name, on any field (plus `if` on any directive, which
 * graphql-query-complexity reads for `@skip` and `@include`). A variable used anywhere else cannot
 * change an operation's cost: see costVariablesOf.
 */
export const COST_ARGUMENTS: ReadonlySet<string> = new Set([
  'first',
  'limit',
  'depth',
  'maxHops',
  'selection',
  'ids',
  'chars',
  'mode',
]);

/**
 * What a `paths(mode: K_SHORTEST)` search costs on top of the paths it returns: a quarter of the
 * limit, so a request holds at most three. Looking past the shortest length is the dearest search
 * there is on Neo4j: its search lists trails (which may pass an entity twice) and drops the ones
 * that are not simple paths only once it holds them all, up to 50,000 of them. Between two hubs of
 * the bundled graph at `maxHops: 8` that was 40,634 trails; fifteen such aliases in one request, each
 * priced at about 400, ran Neo4j out of memory (the embedded store walks simple paths only and
 * answers them in milliseconds, but the cost is the same whichever store serves it).
 */
export const K_SHORTEST_SEARCH_COST = 12_500;

/** Fields that grow a subgraph of `limit` entities out to `depth` hops. */
const SUBGRAPH_FIELDS = new Set(['neighborhood', 'network', 'graph']);

/**
 * Characters of text that cost as much as one object: about the JSON of a small object, so that the
 * cost limit bounds the text an operation can return as it bounds its objects (50,000 × 100
 * characters, a few MB).
 */
export const TEXT_CHARACTERS_PER_COST = 100;

/**
 * What `export` costs per entity of the subgraph or path it writes, on top of selecting it: the file
 * holds each entity and relationship with all their fields and evidence, serialised in the request.
 * The subgraph's `limit` (a path's `maxHops`) multiplies it, as it does every field of a subgraph, so
 * it is priced as about 1,000 characters of file per entity the limit allows (a depth-3 neighbourhood
 * of Wenzhou with `limit: 500` writes about 650 kB of GEXF on the bundled dataset).
 */
export const EXPORT_COST_PER_ENTITY = 10;

/** The cost of text of at most `characters` characters. */
const textCost = (characters: number) => Math.ceil(characters / TEXT_CHARACTERS_PER_COST);

/** What the cost estimator reads besides a field: the schema and the document (see computeQueryCost). */
export type FieldCostContext = IntrospectionCostContext;

/**
 * The cost of one field, for graphql-query-complexity: roughly the number of objects it can return
 * plus the work of producing them, given the cost of one of its items (`childComplexity`).
 *
 * - Scalars and enums cost 0; an object 1 plus its selection.
 * - Long text costs 1 per TEXT_CHARACTERS_PER_COST characters it can hold: `Source.text` its longest
 *   (WRITE_LIMITS.sourceText), `Evidence.context(chars)` 2 × chars plus the longest quote.
 * - `export` (of a subgraph or a path): EXPORT_COST_PER_ENTITY, which the subgraph's `limit` or the
 *   path's `maxHops` multiplies.
 * - `__schema` and `__type`: see estimateIntrospectionCost (lists sized by the schema itself);
 *   `__typename` costs 0.
 * - A list with `first` (connections, `search`, `history`, `metrics`, `mostConnected`):
 *   1 + first × selection. The lists inside (`edges`) are sized by it already.
 * - `nodes(ids)`: 1 + ids × selection.
 * - `neighborhood`, `network`, `graph`: 1 + limit × (1 + depth) for the expansion, plus limit × selection
 *   (the subgraph's `nodes` and `relationships` are sized by `limit`).
 * - `analytics`: 1 + limit × (1 + depth); its `metrics` list carries its own `first`.
 * - `paths`: 1 + first × maxHops × (1 + selection), and K_SHORTEST_SEARCH_COST more for
 *   `mode: K_SHORTEST`; `shortestPath`: 1 + maxHops × (1 + selection).
 * - `progress`: 1 + its item limit × selection (the plan's items; each item's few events count once).
 *
 * Absent arguments take the schema's defaults (graphql-query-complexity coerces them), and null ones
 * the defaults the resolvers give them; values are clamped to [0, the argument's maximum].
 */
export const estimateFieldCost: ComplexityEstimator = ({
  field,
  type,
  args,
  node,
  childComplexity,
  context,
}) => {
  const name = field.name;
  const size = (argument: string, value: unknown = args[argument]) =>
    clamp(value, `${name}.${argument}`, argument);
  if (name === '__schema' || name === '__type') {
    // Without the schema and the document, the generic rules below price its selection.
    return isCostContext(context) ? estimateIntrospectionCost(node, context) : 1 + childComplexity;
  }
  if (name === '__typename') return 0;
  if (type.name === 'Source' && name === 'text') return textCost(WRITE_LIMITS.sourceText);
  if (type.name === 'Evidence' && name === 'context') return textCost(2 * size('chars') + WRITE_LIMITS.quote);
  if (isLeafType(getNamedType(field.type))) return 0;
  if (name === 'export') return EXPORT_COST_PER_ENTITY + childComplexity;

  if (SUBGRAPH_FIELDS.has(name) || name === 'analytics') {
    const selection = (args['selection'] ?? {}) as Record<string, unknown>;
    const inSelection = name === 'graph' || name === 'analytics';
    const limit = inSelection
      ? clamp(selection['limit'] ?? DEFAULTS.selectionNodes, 'selection.limit', 'selection.limit')
      : size('limit');
    const depth = inSelection
      ? clamp(selection['depth'] ?? DEFAULTS.selectionDepth, 'selection.depth', 'selection.depth')
      : size('depth');
    const expansion = 1 + limit * (1 + depth);
    return name === 'analytics' ? expansion + childComplexity : expansion + limit * childComplexity;
  }
  if (name === 'paths') {
    const search = args['mode'] === 'K_SHORTEST' ? K_SHORTEST_SEARCH_COST : 0;
    return 1 + search + size('first') * size('maxHops') * (1 + childComplexity);
  }
  if (name === 'shortestPath') return 1 + size('maxHops') * (1 + childComplexity);
  if (name === 'progress') return 1 + LIMITS.progressItems * childComplexity;
  if (name === 'nodes' && Array.isArray(args['ids'])) {
    return 1 + clamp(args['ids'].length, 'nodes.ids', 'ids') * childComplexity;
  }
  if (field.args.some((argument) => argument.name === 'first')) return 1 + size('first') * childComplexity;
  return 1 + childComplexity;
};

function clamp(given: unknown, specific: string, general: string): number {
  const value = given ?? ARGUMENT_DEFAULTS[specific] ?? ARGUMENT_DEFAULTS[general];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return 0;
  const max = ARGUMENT_MAXIMA[specific] ?? ARGUMENT_MAXIMA[general] ?? LIMITS.nodesPerCall;
  return Math.min(Math.floor(value), max);
}

function isCostContext(context: unknown): context is FieldCostContext {
  return typeof context === 'object' && context !== null && 'schema' in context && 'fragments' in context;
}
