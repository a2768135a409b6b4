import type { TimeFilter } from '../../../knowledge-graph-store.js';

/**
 * The port's relationship filter in Cypher: type in `$types` (null: any), some evidence of a kind in
 * `$evidenceKinds` (null: any), and validity passing
 * `$timeAsOf`/`$timeFrom`/`$to` (see TimeFilter and common/passes-time-filter.ts: a stored date at reduced precision is compared with
 * the filter's date cut to its length, so `2025` as validTo holds through 2025-12-31). Pair it with
 * `relationshipFilterParams`.
 */
export function relationshipPredicate(r: string): string {
  return [
    `($types IS NULL OR type(${r}) IN $types)`,
    `($evidenceKinds IS NULL OR any(kind IN ${r}.evidenceKinds WHERE kind IN $evidenceKinds))`,
    `($timeAsOf IS NULL OR ((${r}.validFrom IS NULL OR ${r}.validFrom <= substring($timeAsOf, 0, size(${r}.validFrom))) AND (${r}.validTo IS NULL OR ${r}.validTo >= substring($timeAsOf, 0, size(${r}.validTo)))))`,
    `($timeFrom IS NULL OR ${r}.validTo IS NULL OR ${r}.validTo >= substring($timeFrom, 0, size(${r}.validTo)))`,
    `($timeTo IS NULL OR ${r}.validFrom IS NULL OR ${r}.validFrom <= substring($timeTo, 0, size(${r}.validFrom)))`,
  ].join(' AND ');
}

export function relationshipFilterParams(
  types: readonly string[] | null,
  time: TimeFilter | null,
  evidenceKinds: readonly string[] | null = null,
): {
  types: readonly string[] | null;
  timeAsOf: string | null;
  timeFrom: string | null;
  timeTo: string | null;
  evidenceKinds: readonly string[] | null;
} {
  return {
    types,
    timeAsOf: time?.asOf ?? null,
    timeFrom: time?.from ?? null,
    timeTo: time?.to ?? null,
    evidenceKinds,
  };
}

/** What a request filters relationships by: their types, a time window, evidence kinds (absent: any). */
export interface RelationshipFilterRequest {
  relationshipTypes: readonly string[] | null;
  time: TimeFilter | null;
  evidenceKinds?: readonly string[] | null;
}

/**
 * A request's relationship filter: its statement parameters, and the predicate on `r` to write, null
 * when the request filters nothing. Why null: unfiltered, every conjunct is a `$x IS NULL` check that
 * passes, evaluated for every relationship read, and its text travels with every request (five copies
 * in a depth-2 neighbourhood, about 2.7 kB). The text depends on whether a filter is set, never on its
 * values, so each statement has two shapes, each planned once.
 */
export function relationshipFilterOf(request: RelationshipFilterRequest): {
  parameters: ReturnType<typeof relationshipFilterParams>;
  passes: string | null;
} {
  const parameters = relationshipFilterParams(
    request.relationshipTypes,
    request.time,
    request.evidenceKinds ?? null,
  );
  const filters = Object.values(parameters).some((value) => value !== null);
  return { parameters, passes: filters ? relationshipPredicate('r') : null };
}
