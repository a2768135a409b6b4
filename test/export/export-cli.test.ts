import { parse as parseCsv } from 'csv-parse/sync';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jiadingNeighborhood } from './export-fixtures.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { readBack } from './read-back.js';

const run = promisify(execFile);
const repositoryRoot = path.resolve(import.meta.dirname, '../..');

/** Runs `tsx src/cli/export.ts` on the embedded store; resolves with the exit code and output. */
async function exportCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // The embedded store, whatever the environment running the tests points at.
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  delete env['NEO4J_URI'];
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/export.ts', ...args], {
      cwd: repositoryRoot,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The depth-1, 200-entity neighbourhood GraphQL and /export give by default, from the store itself. */
async function oneNeighborhood(id: string) {
  const store = createEmbeddedStore({ dataset: await bundledDataset() });
  const request = { depth: 1, limit: 200, relationshipTypes: null, kinds: null, time: null };
  const subgraph = await store.neighborhood({ ids: [id], ...request, direction: 'BOTH', perNodeLimit: null });
  if (!subgraph) throw new Error(`${id} is missing from the bundled dataset`);
  return subgraph;
}

/** The whole graph (at the default 2000 entities) of relationships valid at some time from `from`. */
async function graphFrom(from: string) {
  const store = createEmbeddedStore({ dataset: await bundledDataset() });
  return store.graph({
    kinds: null,
    relationshipTypes: null,
    limit: 2000,
    time: { asOf: null, from, to: null },
  });
}

describe('npm run export', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'yrd-graph-export-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('writes a neighbourhood as GEXF that reads back, with a one-line summary', async () => {
    const file = path.join(directory, 'jiading.gexf');
    const result = await exportCli([
      '--format',
      'gexf',
      '--out',
      file,
      '--neighborhood',
      'district:jiading',
      '--depth',
      '2',
      '--limit',
      '500',
    ]);
    expect(result.code).toBe(0);
    const expected = await jiadingNeighborhood();
    expect(result.stderr.trim()).toBe(
      `Wrote ${expected.nodes.length} entities and ${expected.relationships.length} relationships as gexf to ${file}.`,
    );
    const { nodes, edges } = readBack('GEXF', await readFile(file, 'utf8'));
    expect([...nodes.keys()].sort()).toEqual(expected.nodes.map((n) => n.id).sort());
    expect(edges.size).toBe(expected.relationships.length);
  });

  it('writes a path to standard output with --out -', async () => {
    const result = await exportCli([
      '--format',
      'csv-edges',
      '--out',
      '-',
      '--path',
      'city:taizhou',
      'district:jiading',
    ]);
    expect(result.code).toBe(0);
    const { edges } = readBack('CSV_EDGES', result.stdout);
    expect(edges.size).toBeGreaterThan(0);
  });

  it('writes the evidence CSV with a byte-order mark on --bom', async () => {
    const file = path.join(directory, 'jiading.evidence.csv');
    const result = await exportCli([
      '--format',
      'csv-evidence',
      '--bom',
      '--out',
      file,
      '--neighborhood',
      'district:jiading',
      '--depth',
      '2',
      '--limit',
      '500',
    ]);
    expect(result.code).toBe(0);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const expected = await jiadingNeighborhood();
    const { evidence } = readBack('CSV_EVIDENCE', bytes.toString('utf8'));
    const quotes = [...evidence.values()].reduce((sum, records) => sum + records.length, 0);
    expect(quotes).toBe(
      [...expected.nodes, ...expected.relationships].reduce((sum, item) => sum + item.evidence.length, 0),
    );
  });

  it('takes the same neighbourhood defaults as /export and GraphQL (depth 1, 200 entities)', async () => {
    const [cli, http] = await Promise.all([
      exportCli(['--format', 'd3', '--out', '-', '--neighborhood', 'district:jiading']),
      oneNeighborhood('district:jiading'),
    ]);
    expect(cli.code).toBe(0);
    const { nodes } = readBack('D3', cli.stdout);
    expect([...nodes.keys()].sort()).toEqual(http.nodes.map((n) => n.id).sort());
  });

  it('filters by time with --time-from, as /export does with time.from', async () => {
    const result = await exportCli(['--format', 'csv-edges', '--out', '-', '--graph', '--time-from', '2031']);
    expect(result.code).toBe(0);
    const { edges } = readBack('CSV_EDGES', result.stdout);
    const expected = await graphFrom('2031-01-01');
    expect([...edges.keys()].sort()).toEqual(expected.relationships.map((r) => r.id).sort());
  });

  it('exits 2 on a kind in lower case, naming its spelling, as every door does', async () => {
    const result = await exportCli(['--format', 'd3', '--out', '-', '--graph', '--kinds', 'CITY,park']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--kinds may list only PLAN, TASK');
    expect(result.stderr).toContain('(got "park"). Names are upper case: PARK.');
    expect(result.stderr).toContain('Usage: npm run export');
  });

  it('exits 2 on --bom with a format that is not CSV', async () => {
    const result = await exportCli(['--format', 'gexf', '--bom', '--out', '-', '--graph']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--bom is only for the CSV formats (got --format gexf).');
  });

  it('exits 2 with the usage text on bad arguments', async () => {
    const result = await exportCli(['--format', 'png', '--out', '-', '--graph']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--format must be one of cytoscape, graphology, d3, gexf, graphml, csv-nodes, csv-edges, csv-evidence',
    );
    expect(result.stderr).toContain('Usage: npm run export');
  });

  // As /export/neighborhood and GraphQL's `neighborhood` take them.
  it('takes --direction, --per-node-limit and --evidence-kinds, writing only that evidence', async () => {
    const options = ['--neighborhood', 'city:wenzhou', '--depth', '2', '--limit', '60'];
    const filters = ['--direction', 'OUTGOING', '--per-node-limit', '4', '--evidence-kinds', 'QUOTED'];
    const store = createEmbeddedStore({ dataset: await bundledDataset() });
    const expected = (await store.neighborhood({
      ids: ['city:wenzhou'],
      depth: 2,
      limit: 60,
      relationshipTypes: null,
      kinds: null,
      time: null,
      direction: 'OUTGOING',
      perNodeLimit: 4,
      evidenceKinds: ['QUOTED'],
    }))!;
    const drawn = await exportCli(['--format', 'd3', '--out', '-', ...options, ...filters]);
    expect(drawn.code).toBe(0);
    const { nodes, edges } = readBack('D3', drawn.stdout);
    expect([...nodes.keys()].sort()).toEqual(expected.nodes.map((node) => node.id).sort());
    expect([...edges.keys()].sort()).toEqual(expected.relationships.map((item) => item.id).sort());
    // Some of these relationships have CITED or INFERRED evidence too; none of it is written.
    expect(expected.relationships.some((item) => item.evidence.some((e) => e.kind !== 'QUOTED'))).toBe(true);
    const evidence = await exportCli(['--format', 'csv-evidence', '--out', '-', ...options, ...filters]);
    const rows = parseCsv(evidence.stdout, { columns: true }) as { itemType: string; kind: string }[];
    expect(new Set(rows.filter((row) => row.itemType === 'relationship').map((row) => row.kind))).toEqual(
      new Set(['QUOTED']),
    );
    const misplaced = await exportCli(['--format', 'd3', '--out', '-', '--graph', '--direction', 'OUTGOING']);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain('--direction goes with --neighborhood.');
  });

  it('exits 2 naming an unknown id', async () => {
    const result = await exportCli(['--format', 'd3', '--out', '-', '--neighborhood', 'city:atlantis']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No entity has the id "city:atlantis"');
  });
});
