export { DEFAULTS } from './argument-defaults.js';
export { findInStore, requireEntities, type FindEntities } from './find-entities.js';
export { assertListLength, assertPageSize, assertWithinLimit, LIMITS } from './limits.js';
export { parseKinds, parseNames, parseRelationshipTypes } from './parse-names.js';
export { selectNeighborhood, type NeighborhoodSelectionInput } from './select-neighborhood.js';
export { selectPath, selectShortestPath, type PathSelectionInput } from './select-path.js';
export { selectPaths, type PathsSelectionInput } from './select-paths.js';
export { selectSubgraph, type GraphSelectionInput } from './select-subgraph.js';
export { parseTimeFilter, type TimeFilterInput } from './time-filter.js';
