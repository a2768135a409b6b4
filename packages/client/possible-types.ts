import generated from './generated/possible-types.js';

/**
 * The schema's abstract types and the object types that make them up (`Entity` → `City`, `District` …;
 * `Node` → every entity type and `Relationship`; `Place` → `City`, `District`, `Region`), generated
 * from schema/ by `npm run codegen`. Give it to Apollo Client as `new InMemoryCache({ possibleTypes })`:
 * without it the cache cannot tell that a `City` matches a fragment `on Entity`, and silently leaves
 * out every field selected through one (`entity.name` reads `undefined`).
 */
export const possibleTypes: Record<string, string[]> = generated.possibleTypes;
