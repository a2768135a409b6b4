import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import {
  buildGraph,
  degreeStats,
  parseSize,
  writeDataset,
  type DatasetFormat,
} from '../../tools/generate/index.js';
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from '../../src/model/index.js';

const ENTITIES = 3000;
const directories: string[] = [];

async function generate(seed: number, format?: DatasetFormat): Promise<string> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'yrd-generate-'));
  directories.push(out);
  await writeDataset({ graph: buildGraph({ entities: ENTITIES, seed }), seed, out, format });
  return out;
}

async function filesOf(directory: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of (await readdir(directory)).filter((file) => file !== 'sources').sort()) {
    files.set(name, await readFile(path.join(directory, name), 'utf8'));
  }
  for (const name of (await readdir(path.join(directory, 'sources'))).sort()) {
    files.set(`sources/${name}`, await readFile(path.join(directory, 'sources', name), 'utf8'));
  }
  return files;
}

afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

describe('the dataset generator', () => {
  it('writes byte-identical files for the same seed', async () => {
    const [a, b] = await Promise.all([generate(7), generate(7)]);
    const files = await filesOf(a);
    expect([...files.keys()].filter((name) => !name.startsWith('sources/'))).toEqual([
      'dataset.yaml',
      'entities.jsonl',
      'relationships.jsonl',
    ]);
    expect(await filesOf(b)).toEqual(files);
  });

  it('writes different graphs for different seeds', async () => {
    const [a, b] = await Promise.all([generate(7), generate(8)]);
    expect((await filesOf(a)).get('relationships.jsonl')).not.toEqual(
      (await filesOf(b)).get('relationships.jsonl'),
    );
  });

  it('writes JSON Lines by default, one record per line', async () => {
    const files = await filesOf(await generate(5));
    const entityLines = files.get('entities.jsonl')!.trimEnd().split('\n');
    expect(entityLines).toHaveLength(ENTITIES);
    expect(JSON.parse(entityLines[0]!)).toMatchObject({ id: expect.stringMatching(/^plan:/), kind: 'PLAN' });
  });

  it('writes the same records in YAML with format yaml', async () => {
    const [jsonLines, yaml] = await Promise.all([generate(9), generate(9, 'yaml')]);
    expect((await filesOf(yaml)).has('entities.yaml')).toBe(true);
    const [fromJsonLines, fromYaml] = await Promise.all([loadDataset(jsonLines), loadDataset(yaml)]);
    expect(fromJsonLines.entities.length).toBe(ENTITIES);
    expect(fromYaml).toEqual(fromJsonLines);
  });

  it('writes a dataset that loadDataset accepts, quotes verbatim included', async () => {
    const dataset = await loadDataset(await generate(11));
    expect(dataset.entities).toHaveLength(ENTITIES);
    expect(dataset.relationships.length).toBeGreaterThan(2.5 * ENTITIES);
    expect(dataset.relationships.length).toBeLessThan(3.5 * ENTITIES);
    expect(dataset.entities.every((entity) => entity.evidence.length > 0)).toBe(true);
    expect(new Set(dataset.entities.map((entity) => entity.kind))).toEqual(new Set(ENTITY_KINDS));
    expect(new Set(dataset.relationships.map((relationship) => relationship.type))).toEqual(
      new Set(RELATIONSHIP_TYPES),
    );
  });

  it('has a heavy-tailed degree distribution: hubs far above a small median', () => {
    const stats = degreeStats(buildGraph({ entities: 20_000, seed: 3 }));
    expect(stats.median).toBeLessThanOrEqual(5);
    expect(stats.max).toBeGreaterThan(100 * stats.median);
    expect(stats.p99).toBeGreaterThan(4 * stats.median);
    expect(stats.shareAtMost3).toBeGreaterThan(0.3);
  });

  it('reads sizes as 10k, 100k and 1M', () => {
    expect([parseSize('10k'), parseSize('100k'), parseSize('1M'), parseSize('2500')]).toEqual([
      10_000, 100_000, 1_000_000, 2500,
    ]);
    expect(() => parseSize('ten')).toThrow('Not a size: "ten" (try 10k, 100k, 1M or 5000)');
  });
});
