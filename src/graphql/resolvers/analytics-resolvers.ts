import { computeAnalytics, rankMetrics, selectSubgraph, SELECTION_LIMITS } from '../../analytics/index.js';
import { LimitExceededError } from '../../errors.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { assertWithinLimit } from '../limits.js';

/** `metrics(first:)` may list every entity of the largest selection. */
const MAX_METRICS = SELECTION_LIMITS.maxNodes;

/** The selection, fetched with the request's entity loader, which it then primes with the nodes. */
async function select(selection: Parameters<typeof selectSubgraph>[1], { store, loaders }: GraphQLContext) {
  const subgraph = await selectSubgraph(store, selection, (ids) => loaders.entity.loadMany(ids));
  for (const node of subgraph.nodes) loaders.entity.prime(node.id, node);
  return subgraph;
}

/** `Query.analytics`, `Query.graph` and the `Analytics` type. */
export const analyticsResolvers: Resolvers = {
  Query: {
    analytics: async (_root, { selection }, context) => {
      const subgraph = await select(selection, context);
      if (subgraph.truncated) {
        const limit = selection?.limit ?? SELECTION_LIMITS.defaultNodes;
        // Analytics of part of a selection would silently be wrong (centrality depends on every node).
        throw new LimitExceededError(
          `The selection holds more than ${limit} entities, and analytics needs all of them. ` +
            `Narrow it with \`kinds\`, \`relationshipTypes\` or \`around\` with a smaller \`depth\`, ` +
            `or raise \`limit\` (at most ${SELECTION_LIMITS.maxNodes}).`,
          { name: 'limit', max: limit },
        );
      }
      return computeAnalytics(subgraph);
    },

    graph: (_root, { selection }, context) => select(selection, context),
  },

  Analytics: {
    metrics: (analytics, args) => {
      const first = assertWithinLimit(
        'first',
        args.first ?? 50,
        MAX_METRICS,
        'Every entity of a selection fits under that.',
      );
      return rankMetrics(analytics.metrics, args.orderBy ?? 'PAGERANK', first);
    },
  },
};
