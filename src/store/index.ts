export type * from './knowledge-graph-store.js';
export { citationId, parseCitationId } from './knowledge-graph-store.js';
