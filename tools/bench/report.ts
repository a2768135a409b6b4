import { writeFile } from 'node:fs/promises';
import { sizesOf, type BenchResults, type ResultRow } from './bench-results.js';
import { targetsOf } from './summary.js';

export type { BenchResults, ResultRow } from './bench-results.js';

const f = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

/** The markdown report: machine, command, loading, and per size a table with ratios to the limit and the peer. */
export function markdownOf(results: BenchResults): string {
  const lines: string[] = [
    `# Benchmark results (${results.date})`,
    '',
    `Command: \`${results.command}\``,
    '',
    `Commit: ${results.commit ?? 'not recorded'}`,
    '',
    `Machine: ${Object.entries(results.machine)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join('; ')}`,
    '',
    `Settings: ${Object.entries(results.settings)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join('; ')}`,
    '',
    ...results.notes.map((note) => `> ${note}`),
    '',
    '## Loading',
    '',
    '| size | what | seconds | entities/s | relationships/s | detail |',
    '|---|---|---|---|---|---|',
    ...results.loading.map(
      (l) =>
        `| ${String(l['size'])} | ${String(l['what'])} | ${f(l['seconds'] as number, 1)} | ${f(l['entitiesPerSecond'] as number, 0)} | ${f(l['relationshipsPerSecond'] as number, 0)} | ${String(l['detail'] ?? '')} |`,
    ),
    '',
  ];
  const sizes = sizesOf(results.rows);
  for (const size of sizes) {
    lines.push(`## ${size}`, '');
    const levels = [...new Set(results.rows.map((row) => row.connections))].sort((a, b) => b - a);
    for (const clients of levels) {
      const rows = results.rows.filter((row) => row.size === size && row.connections === clients);
      if (rows.length === 0) continue;
      lines.push(
        clients === 1
          ? '### One client at a time (latency without queueing)'
          : `### Under load: ${clients} concurrent clients`,
        '',
        'Latencies in ms, from each response\'s own timing (p97.5 rather than p95, as earlier runs reported). "vs driver" = our Neo4j p50 / plain-driver p50 (in process); "vs HTTP limit" = our Neo4j p50 / the bare node:http server\'s p50 running the same Cypher; "vs peer" = our Neo4j throughput / peer throughput and our p99 / peer p99; for `trivial`, "vs hello" = our req/s / Apollo hello-world\'s. A row with turns pools the samples of turns its target took in rotation with the others on the same query (runs before 3 December 2026 took one run per target, and the trivial operation\'s rows were the median round).',
        '',
        '| query | target | req/s | p50 | p97.5 | p99 | errors (non-2xx / GraphQL / transport) | store calls/req | RSS before→after MB | vs driver p50 | vs HTTP limit p50 | vs peer req/s | vs peer p99 | vs hello req/s |',
        '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
      );
      for (const row of rows) {
        const find = (target: ResultRow['target']) =>
          rows.find((r) => r.query === row.query && r.target === target);
        const driver = find('driver');
        const httpLimit = find('http-limit');
        const peer = find('peer');
        const hello = find('hello');
        const mine = row.target === 'neo4j';
        const ratio = (value: number, other: number | undefined) =>
          mine && other !== undefined ? `${f(value / other, 2)}×` : '';
        lines.push(
          `| ${row.query} | ${row.target} | ${f(row.throughput, 0)} | ${f(row.p50)} | ${f(row.p97_5)} | ${f(row.p99)} | ${row.non2xx} / ${row.graphqlErrors} / ${row.errors} | ${f(row.storeCallsPerRequest, 2)} | ${row.rssBeforeMb ?? '–'}→${row.rssAfterMb ?? '–'} | ${ratio(row.p50, driver?.p50)} | ${ratio(row.p50, httpLimit?.p50)} | ${ratio(row.throughput, peer?.throughput)} | ${ratio(row.p99, peer?.p99)} | ${ratio(row.throughput, hello?.throughput)} |`,
        );
      }
      lines.push('');
    }
  }
  lines.push('## Targets', '', ...targetsOf(results), '');
  lines.push(
    '## What the peer cannot express',
    '',
    ...Object.entries(results.peerCannot).map(([q, why]) => `- ${q}: ${why}`),
    '',
  );
  lines.push(
    '## Round trips by page size (single requests)',
    '',
    '```json',
    JSON.stringify(results.roundTripChecks, null, 1),
    '```',
    '',
  );
  return lines.join('\n');
}

/** A line chart per store of p50 (solid) and p99 (dashed) per query against graph size (log x, log y). */
export function svgOf(results: BenchResults): string {
  // Latency against size is clearest without queueing: the one-client pass when there is one.
  const clients = Math.min(...results.rows.map((row) => row.connections));
  const chartRows = results.rows.filter((row) => row.connections === clients);
  const sizes = sizesOf(chartRows);
  const queries = [...new Set(chartRows.map((row) => row.query))];
  const targets = ['embedded', 'neo4j'] as const;
  const colors = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];
  const width = 460;
  const height = 320;
  const pad = { left: 50, right: 10, top: 30, bottom: 40 };
  const values = chartRows
    .filter((r) => targets.includes(r.target as never))
    .flatMap((r) => [r.p50, r.p99])
    .filter((v) => v > 0);
  const lo = Math.log10(Math.max(0.1, Math.min(...values)));
  const hi = Math.log10(Math.max(...values) * 1.2);
  const x = (i: number) =>
    pad.left + (sizes.length === 1 ? 0.5 : i / (sizes.length - 1)) * (width - pad.left - pad.right);
  const y = (v: number) =>
    height - pad.bottom - ((Math.log10(Math.max(v, 0.1)) - lo) / (hi - lo)) * (height - pad.top - pad.bottom);
  const panels = targets.map((target, p) => {
    const ox = p * (width + 20);
    const parts: string[] = [
      `<g transform="translate(${ox},0)">`,
      `<text x="${width / 2}" y="18" text-anchor="middle" font-weight="bold">${target} store</text>`,
    ];
    parts.push(
      `<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="#000"/>`,
    );
    parts.push(
      `<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${height - pad.bottom}" stroke="#000"/>`,
    );
    for (let e = Math.ceil(lo); e <= Math.floor(hi); e++) {
      parts.push(
        `<text x="${pad.left - 4}" y="${y(10 ** e) + 4}" text-anchor="end" font-size="10">${10 ** e} ms</text>`,
      );
      parts.push(
        `<line x1="${pad.left}" y1="${y(10 ** e)}" x2="${width - pad.right}" y2="${y(10 ** e)}" stroke="#ddd"/>`,
      );
    }
    sizes.forEach((size, i) =>
      parts.push(
        `<text x="${x(i)}" y="${height - pad.bottom + 16}" text-anchor="middle" font-size="11">${size}</text>`,
      ),
    );
    queries.forEach((query, q) => {
      const rows = sizes.map((size) =>
        chartRows.find((r) => r.size === size && r.query === query && r.target === target),
      );
      for (const [metric, dash] of [
        ['p50', ''],
        ['p99', ' stroke-dasharray="4 3"'],
      ] as const) {
        const points = rows.flatMap((row, i) =>
          row ? [`${x(i).toFixed(1)},${y(row[metric]).toFixed(1)}`] : [],
        );
        if (points.length > 1)
          parts.push(
            `<polyline fill="none" stroke="${colors[q % colors.length]}" stroke-width="1.5"${dash} points="${points.join(' ')}"/>`,
          );
        for (const point of points) {
          const [px, py] = point.split(',');
          parts.push(`<circle cx="${px}" cy="${py}" r="2" fill="${colors[q % colors.length]}"/>`);
        }
      }
    });
    parts.push('</g>');
    return parts.join('\n');
  });
  const legend = queries.map(
    (query, q) =>
      `<g transform="translate(${10 + (q % 4) * 230},${height + 10 + Math.floor(q / 4) * 16})"><line x1="0" y1="-4" x2="18" y2="-4" stroke="${colors[q % colors.length]}" stroke-width="2"/><text x="22" y="0" font-size="11">${query}</text></g>`,
  );
  const total = 2 * width + 20;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${height + 50}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
${panels.join('\n')}
${legend.join('\n')}
<text x="${total - 10}" y="${height + 44}" text-anchor="end" font-size="10">latency vs graph size, ${clients === 1 ? 'one client at a time' : `${clients} clients`}: p50 solid, p99 dashed (log scale); ${results.date}</text>
</svg>
`;
}

/** Writes the JSON, the markdown and the chart; a named report (`--report`) keeps latest.md as it is. */
export async function writeReports(
  results: BenchResults,
  directory: string,
  name?: string,
): Promise<string[]> {
  const sizes = sizesOf(results.rows).join('-');
  const json = `${directory}/${results.date.slice(0, 10)}-${sizes}${name ? `-${name}` : ''}.json`;
  const markdown = `${directory}/${name ?? 'latest'}.md`;
  const chart = `${directory}/${name ? `${name}-` : ''}latency-vs-size.svg`;
  await writeFile(json, `${JSON.stringify(results, null, 1)}\n`);
  await writeFile(markdown, markdownOf(results));
  await writeFile(chart, svgOf(results));
  return [json, markdown, chart];
}
