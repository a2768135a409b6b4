import { exportSubgraph } from '../../export/index.js';
import { withEvidenceOf } from '../evidence-of-kinds.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** `Subgraph.export` and `Path.export`: the subgraph or path written in a visualisation format. */
export const exportResolvers: Resolvers = {
  Subgraph: {
    export: ({ evidenceKinds, ...subgraph }, { format }) => {
      const written = evidenceKinds
        ? {
            ...subgraph,
            relationships: subgraph.relationships.map((item) => withEvidenceOf(item, evidenceKinds)),
          }
        : subgraph;
      return exportSubgraph(written, format, { label: 'subgraph' });
    },
  },

  Path: {
    export: (path, { format }) => {
      const ends = [path.nodes[0]?.id, path.nodes.at(-1)?.id].filter((id) => id !== undefined);
      return exportSubgraph(path, format, { label: ['path', ...ends].join('-') });
    },
  },
};
