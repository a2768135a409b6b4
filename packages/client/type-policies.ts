/**
 * Apollo Client's `typePolicies` for the objects of this schema that have no id: give them to
 * `new InMemoryCache({ possibleTypes, typePolicies })` (docs/front-end.md).
 *
 * Why: Apollo stores an object without an id inside the object that holds it, and replaces the whole
 * field on every write. Two components reading one entity with different evidence or location fields
 * (a page and a hover card) then took each other's fields away, and each went back to the network for
 * what the other had removed, again and again (the audit of 4 December 2026). These policies merge
 * what both read instead. Structural types only: the package does not depend on Apollo Client.
 */

/**
 * The part of Apollo's field-merge options used here. Its parameters are `never` so that Apollo's own
 * function, generic over what its cache stores, can be passed for it.
 */
interface MergeOptions {
  mergeObjects(existing: never, incoming: never): unknown;
}

/**
 * One evidence list read twice with different fields: merged item by item when both reads hold the
 * same records in the same order (every plain field both read is equal), else the newer read wins.
 */
export function mergeEvidenceLists<T>(
  existing: readonly T[] | undefined,
  incoming: readonly T[],
  { mergeObjects }: MergeOptions,
): readonly T[] {
  if (!existing || existing.length !== incoming.length) return incoming;
  if (!incoming.every((item, index) => sameRecord(existing[index], item))) return incoming;
  const merge = mergeObjects as (existing: T, incoming: T) => T;
  return incoming.map((item, index) => merge(existing[index]!, item));
}

/** Whether two reads of a list item agree on every plain (string, number, boolean, null) field both hold. */
function sameRecord(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return Object.keys(right).every((key) => {
    if (!(key in left)) return true;
    const x = left[key];
    const y = right[key];
    const plain = (value: unknown) => value === null || typeof value !== 'object';
    return !plain(x) || !plain(y) || x === y;
  });
}

const evidence = { merge: mergeEvidenceLists };

export const typePolicies = {
  // A place's point and an event's figures are one object per entity: keep the fields of every read.
  GeoPoint: { merge: true },
  EventFigures: { merge: true },
  // Through possibleTypes, the policy on the interface reaches every entity type.
  Entity: { fields: { evidence } },
  Relationship: { fields: { evidence } },
};
