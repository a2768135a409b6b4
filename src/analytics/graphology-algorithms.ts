import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import modularityModule from 'graphology-metrics/graph/modularity.js';
import louvainModule from 'graphology-communities-louvain';

// These packages are CommonJS (`module.exports = fn`) but declare `export default fn`. Under NodeNext,
// TypeScript types a default import of them as the module object `{ default: fn }`, while Node hands
// over `module.exports`, the function itself. The casts state what Node really gives.

/** graphology-metrics' betweenness centrality (Brandes). */
export const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

/** graphology-metrics' PageRank (power iteration). */
export const pageRank = pagerankModule as unknown as typeof pagerankModule.default;

/** graphology-metrics' modularity of a partition. */
export const modularity = modularityModule as unknown as typeof modularityModule.default;

/** graphology-communities-louvain. */
export const louvain = louvainModule as unknown as typeof louvainModule.default;
