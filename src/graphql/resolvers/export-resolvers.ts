import { FILE_LABELS, withEvidenceOfKinds } from '../../export/index.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/**
 * `Subgraph.export` and `Path.export`: the subgraph or path written in a visualisation format, in its
 * turn with the downloads (see WorkTurns; BUSY when too many wait) and on the heavy-work thread.
 */
export const exportResolvers: Resolvers = {
  Subgraph: {
    export: ({ evidenceKinds, fileLabel, ...subgraph }, { format }, context) => {
      const written = withEvidenceOfKinds(subgraph, evidenceKinds);
      const label = fileLabel ?? 'subgraph';
      return context.workTurns.exportSubgraph(written, format, { label }, context.owner);
    },
  },

  Path: {
    export: (path, { format }, context) => {
      const label = FILE_LABELS.path(path.nodes[0]?.id ?? '', path.nodes.at(-1)?.id ?? '');
      return context.workTurns.exportSubgraph(path, format, { label }, context.owner);
    },
  },
};
