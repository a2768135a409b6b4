export type * from './knowledge-graph-store.js';
export type * from './record-fields.js';
export { citationId, eventInWindow, eventSortKey, parseCitationId } from './knowledge-graph-store.js';
