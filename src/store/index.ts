export type * from './knowledge-graph-store.js';
export { citationId, eventInWindow, eventSortKey, parseCitationId } from './knowledge-graph-store.js';
