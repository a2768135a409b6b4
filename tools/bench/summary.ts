import { sizesOf as sizesOfRows, type BenchResults, type ResultRow } from './bench-results.js';

/**
 * What the README-level reader wants from a bench run, computed from its JSON so no figure is copied by
 * hand: one table of p50s with one client, and each target of the performance issue, met or missed.
 */

const f = (value: number | undefined, digits = 1) =>
  value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

const SUMMARY_QUERIES: [string, string][] = [
  ['entity-nested-2', 'entity with two levels of relationships'],
  ['search', 'search'],
  ['neighborhood-1', 'neighbourhood, depth 1'],
  ['neighborhood-2', 'neighbourhood, depth 2'],
  ['shortest-path', 'shortest path'],
  ['listing-filtered', 'filtered listing page with total'],
  ['export-gexf', 'GEXF export of a neighbourhood'],
  ['trivial', '`{ __typename }` (no store call)'],
];
const SUMMARY_TARGETS: [ResultRow['target'], string][] = [
  ['embedded', 'embedded'],
  ['neo4j', 'Neo4j'],
  ['http-limit', 'HTTP limit'],
  ['driver', 'plain driver'],
  ['peer', '@neo4j/graphql'],
  ['hello', 'Apollo hello-world'],
];

/**
 * The row measured for these keys. A pass with any failed request counts as not measured: its timings
 * are partly those of errors (a limit statement that failed once timed a fast 500). A p50 of 0 is a
 * measurement: autocannon reports whole milliseconds under load, and a trivial operation takes less.
 */
function rowOf(
  results: BenchResults,
  size: string,
  target: ResultRow['target'],
  query: string,
  clients: number,
): ResultRow | undefined {
  return results.rows.find(
    (row) =>
      row.size === size &&
      row.target === target &&
      row.query === query &&
      row.connections === clients &&
      row.requests > 0 &&
      row.non2xx + row.graphqlErrors + row.errors === 0 &&
      typeof row.p50 === 'number' &&
      !Number.isNaN(row.p50),
  );
}

const sizesOf = (results: BenchResults) => sizesOfRows(results.rows);
const loadedClients = (results: BenchResults) => Math.max(...results.rows.map((row) => row.connections));

/** p50 in ms with one client at a time, per query (rows) and target (columns), sizes joined by ` / `. */
export function summaryTableOf(results: BenchResults): string[] {
  const sizes = sizesOf(results);
  const targets = SUMMARY_TARGETS.filter(([target]) => results.rows.some((row) => row.target === target));
  const lines = [
    `| query | ${targets.map(([, label]) => `${label} ${sizes.join(' / ')}`).join(' | ')} |`,
    `|---|${targets.map(() => '---').join('|')}|`,
  ];
  for (const [query, label] of SUMMARY_QUERIES) {
    if (!results.rows.some((row) => row.query === query)) continue;
    const cells = targets.map(([target]) => {
      const values = sizes.map((size) => rowOf(results, size, target, query, 1)?.p50);
      return values.every((value) => value === undefined) ? '–' : values.map((value) => f(value)).join(' / ');
    });
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  return lines;
}

/**
 * One line per target: what was measured, the bound, and met or missed. Targets not measured say so.
 * `brief` (the README's list) gives the HTTP-limit targets as a count and the worst ratio, not every one.
 */
export function targetsOf(results: BenchResults, { brief = false } = {}): string[] {
  const sizes = sizesOf(results);
  const load = loadedClients(results);
  const lines: string[] = [];
  const verdict = (ok: boolean) => (ok ? '**met**' : '**missed**');

  for (const clients of [...new Set([1, load])]) {
    const measured: { label: string; ratio: number }[] = [];
    for (const size of sizes) {
      for (const [query] of SUMMARY_QUERIES) {
        const ours = rowOf(results, size, 'neo4j', query, clients);
        const limit = rowOf(results, size, 'http-limit', query, clients);
        if (ours && limit) measured.push({ label: `${query} ${size}`, ratio: ours.p50 / limit.p50 });
      }
    }
    const ok = measured.every((m) => m.ratio <= 1.5);
    const worst = measured.reduce<(typeof measured)[number] | undefined>(
      (top, m) => (top && top.ratio >= m.ratio ? top : m),
      undefined,
    );
    const ratios =
      brief && worst
        ? [
            `${measured.filter((m) => m.ratio <= 1.5).length} of ${measured.length} query and size pairs within; worst ${worst.label} ${f(worst.ratio, 2)}×`,
          ]
        : measured.map((m) => `${m.label} ${f(m.ratio, 2)}×`);
    lines.push(
      ratios.length === 0
        ? `- p50 ≤ 1.5× the HTTP limit's with ${clients === 1 ? 'one client' : `${clients} clients`}: not measured`
        : `- p50 ≤ 1.5× the HTTP limit's with ${clients === 1 ? 'one client' : `${clients} clients`}: ${verdict(ok)} (${ratios.join(', ')})`,
    );
  }

  const trivial = sizes.flatMap((size) => {
    const ours = rowOf(results, size, 'neo4j', 'trivial', load);
    const hello = rowOf(results, size, 'hello', 'trivial', load);
    return ours && hello ? [{ size, ratio: ours.throughput / hello.throughput }] : [];
  });
  lines.push(
    trivial.length === 0
      ? '- trivial operation ≥ 0.8× Apollo hello-world req/s: not measured'
      : `- trivial operation ≥ 0.8× Apollo hello-world req/s: ${verdict(trivial.every((t) => t.ratio >= 0.8))} (${trivial.map((t) => `${t.size} ${f(t.ratio, 2)}×`).join(', ')})`,
  );

  const nested = sizes.flatMap((size) => {
    const ours = rowOf(results, size, 'neo4j', 'entity-nested-2', load);
    const peer = rowOf(results, size, 'peer', 'entity-nested-2', load);
    return ours && peer
      ? [{ size, throughput: ours.throughput / peer.throughput, p99: ours.p99 / peer.p99 }]
      : [];
  });
  lines.push(
    nested.length === 0
      ? '- nested query ≥ 2× the peer’s req/s and ≤ ½ its p99: not measured'
      : `- nested query ≥ 2× the peer’s req/s and ≤ ½ its p99: ${verdict(nested.every((n) => n.throughput >= 2 && n.p99 <= 0.5))} (${nested.map((n) => `${n.size} ${f(n.throughput, 2)}× req/s, ${f(n.p99, 2)}× p99`).join('; ')})`,
  );

  const [smallest, largest] = [sizes[0], sizes[sizes.length - 1]];
  const growth = ['entity-nested-2', 'neighborhood-1', 'neighborhood-2', 'search'].flatMap((query) => {
    const small = smallest && rowOf(results, smallest, 'neo4j', query, 1);
    const large = largest && rowOf(results, largest, 'neo4j', query, 1);
    return small && large && smallest !== largest ? [{ query, ratio: large.p50 / small.p50 }] : [];
  });
  lines.push(
    growth.length === 0
      ? '- p50 growth from the smallest to the largest size ≤ 2×: not measured (needs two sizes)'
      : `- p50 growth ${smallest} → ${largest} ≤ 2× (Neo4j, one client): ${verdict(growth.every((g) => g.ratio <= 2))} (${growth.map((g) => `${g.query} ${f(g.ratio, 2)}×`).join(', ')})`,
  );

  const path = largest ? rowOf(results, largest, 'neo4j', 'shortest-path', 1) : undefined;
  const pathDriver = largest ? rowOf(results, largest, 'driver', 'shortest-path', 1) : undefined;
  lines.push(
    path && pathDriver
      ? `- shortest path at ${largest}: p50 ≤ the plain driver's and p99 ≤ 250 ms: ${verdict(path.p50 <= pathDriver.p50 && path.p99 <= 250)} (p50 ${f(path.p50)} ms vs driver ${f(pathDriver.p50)} ms; p99 ${f(path.p99)} ms)`
      : '- shortest path at the largest size: not measured',
  );
  return lines;
}
