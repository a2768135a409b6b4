// The old home of `hops`, for the path statements until they move (issue #11).
export { hops } from './parts/hops.js';
