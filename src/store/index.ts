export type * from './knowledge-graph-store.js';
