import type { TimeFilter } from '../../knowledge-graph-store.js';

/**
 * The port's relationship filter in Cypher: type in `$types` (null: any) and validity passing
 * `$timeAsOf`/`$timeFrom`/`$to` (see TimeFilter; dates are ISO strings, so they compare as text). Pair it with
 * `relationshipFilterParams`.
 */
export function relationshipPredicate(r: string): string {
  return [
    `($types IS NULL OR type(${r}) IN $types)`,
    `($timeAsOf IS NULL OR ((${r}.validFrom IS NULL OR ${r}.validFrom <= $timeAsOf) AND (${r}.validTo IS NULL OR ${r}.validTo >= $timeAsOf)))`,
    `($timeFrom IS NULL OR ${r}.validTo IS NULL OR ${r}.validTo >= $timeFrom)`,
    `($timeTo IS NULL OR ${r}.validFrom IS NULL OR ${r}.validFrom <= $timeTo)`,
  ].join(' AND ');
}

export function relationshipFilterParams(
  types: readonly string[] | null,
  time: TimeFilter | null,
): {
  types: readonly string[] | null;
  timeAsOf: string | null;
  timeFrom: string | null;
  timeTo: string | null;
} {
  return { types, timeAsOf: time?.asOf ?? null, timeFrom: time?.from ?? null, timeTo: time?.to ?? null };
}
