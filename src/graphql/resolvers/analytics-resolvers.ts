import { rankMetrics } from '../../analytics/index.js';
import { LimitExceededError } from '../../errors.js';
import { FILE_LABELS } from '../../export/index.js';
import { assertWithinLimit, DEFAULTS, LIMITS, selectSubgraph } from '../../selection/index.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

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
      // Analytics take turns with the exports (see WorkTurns), on the heavy-work thread: betweenness over
      // a selection of 5,000 entities is seconds of work. Refused before the selection is read when too
      // many wait.
      context.workTurns.assertRoom();
      const subgraph = await select(selection, context);
      if (subgraph.truncated) {
        const limit = selection?.limit ?? DEFAULTS.selectionNodes;
        // Analytics of part of a selection would silently be wrong (centrality depends on every node).
        throw new LimitExceededError(
          `The selection holds more than ${limit} entities, and analytics needs all of them. ` +
            `Narrow it with \`kinds\`, \`relationshipTypes\` or \`around\` with a smaller \`depth\`, ` +
            `or raise \`limit\` (at most ${LIMITS.selectionNodes}).`,
          { name: 'limit', max: limit },
        );
      }
      return context.workTurns.analyse(subgraph, context.owner);
    },

    graph: async (_root, { selection }, context) => ({
      ...(await select(selection, context)),
      fileLabel: FILE_LABELS.graph(selection?.around),
    }),
  },

  Analytics: {
    metrics: (analytics, args) => {
      const first = assertWithinLimit(
        'first',
        args.first ?? DEFAULTS.metrics,
        // `metrics(first:)` may list every entity of the largest selection.
        LIMITS.selectionNodes,
        'Every entity of a selection fits under that.',
      );
      return rankMetrics(analytics.metrics, args.orderBy ?? DEFAULTS.metricOrder, first);
    },
  },
};
