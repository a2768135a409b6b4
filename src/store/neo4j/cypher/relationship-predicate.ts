// The old path of parts/relationship-predicate.ts, for the path statements until they move (issue #11).
export { relationshipPredicate, relationshipFilterParams } from './parts/relationship-predicate.js';
