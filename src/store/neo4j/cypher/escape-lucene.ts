// The old path of parts/escape-lucene.ts, for the search statement until it moves (issue #11).
export { escapeLucene } from './parts/escape-lucene.js';
