import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { DEFAULT_DATASET_DIR } from '../../src/config.js';
import { DatasetError, loadDataset, openDataset } from '../../src/dataset/index.js';

/**
 * The JSON Lines form of the record files (entities.jsonl, relationships.jsonl): the same records as
 * the YAML form, one per line, streamed; errors name the file and the line.
 */

const DATASET_YAML = stringify({
  id: 'tiny',
  title: 'A tiny dataset',
  sources: [
    { id: 'plan', kind: 'PRIMARY', title: 'The plan', file: 'sources/plan.txt' },
    { id: 'curated', kind: 'REFERENCE', title: 'Curated facts' },
  ],
});
const PLAN_TEXT = 'Wenzhou will cooperate with Taizhou.\nTaizhou lies north of Wenzhou.\n';

const WENZHOU = {
  id: 'city:wenzhou',
  kind: 'CITY',
  name: 'Wenzhou',
  evidence: [
    {
      kind: 'QUOTED',
      quote: 'Wenzhou will cooperate with Taizhou.',
      start: 0,
      end: 36,
      section: 'Task One',
      source: 'plan',
    },
  ],
};
const TAIZHOU = {
  id: 'city:taizhou',
  kind: 'CITY',
  name: 'Taizhou',
  evidence: [{ kind: 'QUOTED', quote: 'Taizhou lies north of Wenzhou.', start: 37, end: 67, source: 'plan' }],
};
const COOPERATES = {
  type: 'COOPERATES_WITH',
  from: 'city:wenzhou',
  to: 'city:taizhou',
  evidence: [
    { kind: 'QUOTED', quote: 'Wenzhou will cooperate with Taizhou.', start: 0, end: 36, source: 'plan' },
  ],
};

const lines = (...records: unknown[]): string =>
  records.map((record) => (typeof record === 'string' ? record : JSON.stringify(record))).join('\n') + '\n';

const directories: string[] = [];

afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

/** A dataset directory with these record files (strings as they are). */
async function datasetWith(files: Record<string, string>): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'yrd-graph-jsonl-'));
  directories.push(directory);
  await writeFile(path.join(directory, 'dataset.yaml'), DATASET_YAML);
  await mkdir(path.join(directory, 'sources'));
  await writeFile(path.join(directory, 'sources', 'plan.txt'), PLAN_TEXT);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(directory, name), content);
  return directory;
}

async function loadError(files: Record<string, string>): Promise<DatasetError> {
  const directory = await datasetWith(files);
  const error = await loadDataset(directory).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatasetError);
  const datasetError = error as DatasetError;
  datasetError.message = datasetError.message.replaceAll(directory, '<dir>');
  return datasetError;
}

describe('a JSON Lines dataset', () => {
  it('loads the bundled dataset into the same records as its YAML form', async () => {
    const read = async (file: string) =>
      parseYaml(await readFile(path.join(DEFAULT_DATASET_DIR, file), 'utf8')) as Record<string, unknown[]>;
    const directory = await mkdtemp(path.join(os.tmpdir(), 'yrd-graph-jsonl-'));
    directories.push(directory);
    await cp(DEFAULT_DATASET_DIR, directory, { recursive: true });
    await rm(path.join(directory, 'entities.yaml'));
    await rm(path.join(directory, 'relationships.yaml'));
    await writeFile(
      path.join(directory, 'entities.jsonl'),
      lines(...(await read('entities.yaml'))['entities']!),
    );
    await writeFile(
      path.join(directory, 'relationships.jsonl'),
      lines(...(await read('relationships.yaml'))['relationships']!),
    );

    const fromJsonLines = await loadDataset(directory);
    expect(fromJsonLines).toEqual(await loadDataset(DEFAULT_DATASET_DIR));
    // The YAML relationships, then the reported events' (events.yaml stays YAML in the copy).
    expect(fromJsonLines.relationships).toHaveLength(
      (await read('relationships.yaml'))['relationships']!.length +
        (await read('events.yaml'))['relationships']!.length,
    );
  });

  it('is read instead of the YAML file when both are there', async () => {
    const directory = await datasetWith({
      'entities.jsonl': lines(WENZHOU, TAIZHOU),
      'entities.yaml': stringify({ entities: [WENZHOU] }),
      'relationships.jsonl': lines(COOPERATES),
    });
    const dataset = await loadDataset(directory);
    expect(dataset.entities.map((entity) => entity.id)).toEqual(['city:wenzhou', 'city:taizhou']);
    expect(dataset.relationships.map((r) => r.id)).toEqual(['city:wenzhou-[COOPERATES_WITH]->city:taizhou']);
  });

  it('skips blank lines', async () => {
    const directory = await datasetWith({
      'entities.jsonl': lines(WENZHOU, '', '   ', TAIZHOU),
      'relationships.jsonl': lines(COOPERATES),
    });
    expect((await loadDataset(directory)).entities).toHaveLength(2);
  });

  it('streams records one by one, up to the first invalid one', async () => {
    const directory = await datasetWith({
      'entities.jsonl': lines(WENZHOU, { ...TAIZHOU, kind: 'TOWN' }),
      'relationships.jsonl': lines(COOPERATES),
    });
    const reader = await openDataset(directory);
    const seen: string[] = [];
    const error = await (async () => {
      for await (const entity of reader.entities()) seen.push(entity.id);
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual(['city:wenzhou']);
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toMatchObject({ file: 'entities.jsonl', line: 2, field: 'kind' });
  });
});

describe('an invalid JSON Lines dataset', () => {
  it('names the file and line of a line that is not JSON', async () => {
    const error = await loadError({
      'entities.jsonl': lines(WENZHOU, '{"id": "city:taizhou", "kind": "CITY",'),
      'relationships.jsonl': lines(COOPERATES),
    });
    expect(error.message).toMatch(/^entities\.jsonl:2: is not valid JSON: /);
    expect(error).toMatchObject({ file: 'entities.jsonl', line: 2, record: null, field: null });
  });

  it('names the line, the record and the field of an invalid record', async () => {
    const { name: _name, ...nameless } = TAIZHOU;
    const error = await loadError({
      'entities.jsonl': lines(WENZHOU, nameless),
      'relationships.jsonl': lines(COOPERATES),
    });
    expect(error.message).toBe(
      'entities.jsonl:2: entity "city:taizhou": name: Invalid input: expected string, received undefined',
    );
  });

  it('counts blank lines in the line it names', async () => {
    const error = await loadError({
      'entities.jsonl': lines(WENZHOU, '', { ...TAIZHOU, id: 'city:wenzhou' }),
      'relationships.jsonl': lines(COOPERATES),
    });
    expect(error.message).toBe('entities.jsonl:3: entity "city:wenzhou": id: duplicate id');
  });

  it('refuses a line that is not an object', async () => {
    const error = await loadError({
      'entities.jsonl': lines(WENZHOU, '["city:taizhou"]'),
      'relationships.jsonl': lines(COOPERATES),
    });
    expect(error.message).toBe('entities.jsonl:2: entity #2: Invalid input: expected object, received array');
  });

  // JSON.parse does not recurse, and the record schema refuses a nested value at its first level, so
  // a line nested 100,000 deep is refused like any other wrong value, with no stack overflow. YAML
  // needs its own depth check (yaml-depth.ts); this pins that JSON Lines does not.
  it.each([
    [
      'a line',
      '['.repeat(100_000) + ']'.repeat(100_000),
      'entity #2: Invalid input: expected object, received array',
    ],
    [
      'a field',
      `{"id":"city:taizhou","kind":"CITY","name":"Taizhou","description":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      'entity "city:taizhou": description: Invalid input: expected string, received array',
    ],
    [
      'an attribute',
      `{"id":"city:taizhou","kind":"CITY","name":"Taizhou","attributes":{"province":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}`,
      'entity "city:taizhou": attributes.province: Invalid input: expected string, received object',
    ],
  ])('refuses %s nested 100,000 deep at its first level', async (_name, line, message) => {
    const error = await loadError({
      'entities.jsonl': lines(WENZHOU, line),
      'relationships.jsonl': lines(COOPERATES),
    });
    expect(error.message).toBe(`entities.jsonl:2: ${message}`);
  });

  it('names the line of a relationship to an unknown entity', async () => {
    const error = await loadError({
      'entities.jsonl': lines(WENZHOU, TAIZHOU),
      'relationships.jsonl': lines(COOPERATES, { ...COOPERATES, to: 'city:ningbo' }),
    });
    expect(error.message).toBe(
      'relationships.jsonl:2: relationship "city:wenzhou-[COOPERATES_WITH]->city:ningbo": to: no entity has the id "city:ningbo"',
    );
  });

  it('names the line of a quote that is not verbatim in its PRIMARY source', async () => {
    const error = await loadError({
      'entities.jsonl': lines(WENZHOU, TAIZHOU),
      'relationships.jsonl': lines({
        ...COOPERATES,
        evidence: [
          { kind: 'QUOTED', quote: 'Wenzhou will cooperate with Ningbo.', start: 0, end: 35, source: 'plan' },
        ],
      }),
    });
    expect(error.message).toBe(
      'relationships.jsonl:1: relationship "city:wenzhou-[COOPERATES_WITH]->city:taizhou": evidence[0].quote: not a verbatim part of source "plan": "Wenzhou will cooperate with Ningbo."; copy it exactly as the source has it',
    );
  });

  it('says which files it looked for when a record file is missing', async () => {
    const error = await loadError({ 'entities.jsonl': lines(WENZHOU, TAIZHOU) });
    expect(error.message).toBe(
      'relationships.jsonl: file not found (<dir>/relationships.jsonl, nor relationships.yaml)',
    );
  });
});
