import type { EntityKind } from '../../src/model/index.js';

/**
 * The kind a named thing gets from its head noun (the last noun before any "of/in/for" phrase).
 * The table follows the kind table of docs/dataset-format.md ("PARK: industrial parks, zones,
 * enclaves, corridors, belts", "INITIATIVE: platforms, mechanisms, systems, projects, brands"…);
 * a noun that is not here does not make a named thing on its own.
 */
/**
 * Nouns of action that name a measure only with a modifier ("mutual recognition of …",
 * "cross-regional exchange of …"); bare ("exchanges between A and B") they are the action itself.
 */
export const MEASURE_NOUNS: readonly string[] = [
  'recognition',
  'exchange',
  'sharing',
  'settlement',
  'window',
];

export const HEAD_KINDS: ReadonlyMap<string, EntityKind> = new Map([
  ...words('park zone ftz enclave corridor belt base', 'PARK'),
  ...words('fund voucher', 'FUND'),
  ...words('university college', 'UNIVERSITY'),
  ...words(
    'platform mechanism system programme program project brand initiative strategy planning highland',
    'INITIATIVE',
  ),
  // Policy documents name their measures by these nouns too (see MEASURE_NOUNS).
  ...words(MEASURE_NOUNS.join(' '), 'INITIATIVE'),
  ...words('industry cluster', 'INDUSTRY'),
  ...words('airport port railway railroad highway hub station terminal network', 'INFRASTRUCTURE'),
  ...words(
    'commission alliance institution consortium institute center centre bureau department committee association hospital enterprise company airline team bank government office agency',
    'ORGANIZATION',
  ),
  ...words('province region area delta agglomeration', 'REGION'),
  ...words('district county', 'DISTRICT'),
  ...words('plan', 'PLAN'),
]);

/**
 * Modifiers that move a head to another kind: a rail or traffic "corridor", "circle" or "cluster"
 * is infrastructure; an "economic zone" is a region (the kind table lists economic zones there).
 */
const MODIFIED_KINDS: ReadonlyArray<readonly [RegExp, ReadonlySet<string>, EntityKind]> = [
  [
    /\b(rail|railway|traffic|transit|transport|transportation|air|airport|road|highway|shipping)\b/,
    new Set(['corridor', 'circle', 'cluster', 'system', 'network']),
    'INFRASTRUCTURE',
  ],
  [/\beconomic\b/, new Set(['zone']), 'REGION'],
  [/\bmetropolitan\b/, new Set(['area', 'circle']), 'REGION'],
];

function words(list: string, kind: EntityKind): Array<[string, EntityKind]> {
  return list.split(' ').map((word) => [word, kind]);
}

/** The singular of a head noun: "universities" → "university", "zones" → "zone". */
export function singular(noun: string): string {
  const lower = noun.toLowerCase();
  if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(lower)) return lower;
  if (/(ch|sh|x)es$/.test(lower)) return lower.slice(0, -2);
  if (/s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** The kind a phrase with this head and these modifiers names, or undefined when the head names none. */
export function kindOfHead(head: string, modifiers: string): EntityKind | undefined {
  const noun = singular(head);
  for (const [modifier, heads, kind] of MODIFIED_KINDS) {
    if (heads.has(noun) && modifier.test(modifiers.toLowerCase())) return kind;
  }
  return HEAD_KINDS.get(noun);
}
