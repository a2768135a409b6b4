import { withEvidenceOf } from '../evidence-of-kinds.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/**
 * `Subgraph.export` and `Path.export`: the subgraph or path written in a visualisation format, in its
 * turn with the downloads (see WorkTurns; BUSY when too many wait) and on the heavy-work thread.
 */
export const exportResolvers: Resolvers = {
  Subgraph: {
    export: ({ evidenceKinds, ...subgraph }, { format }, context) => {
      const written = evidenceKinds
        ? {
            ...subgraph,
            relationships: subgraph.relationships.map((item) => withEvidenceOf(item, evidenceKinds)),
          }
        : subgraph;
      return context.workTurns.exportSubgraph(written, format, { label: 'subgraph' }, context.owner);
    },
  },

  Path: {
    export: (path, { format }, context) => {
      const ends = [path.nodes[0]?.id, path.nodes.at(-1)?.id].filter((id) => id !== undefined);
      const label = ['path', ...ends].join('-');
      return context.workTurns.exportSubgraph(path, format, { label }, context.owner);
    },
  },
};
