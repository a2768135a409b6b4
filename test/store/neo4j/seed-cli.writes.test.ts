import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stringify } from 'yaml';
import type { Neo4jStore } from '../../../src/store/neo4j/index.js';
import { bundledDataset } from '../../support/bundled-dataset.js';
import { openTestNeo4jStore, resetToBundledDataset } from '../../support/neo4j-test-database.js';

// `npm run seed` (src/cli/seed.ts) against the shared test Neo4j: here, with the other writers, because
// a seed that wrongly wrote part of a bad dataset would change what the readers see. The bundled
// dataset is restored afterwards.

const run = promisify(execFile);
const repositoryRoot = path.resolve(import.meta.dirname, '../../..');
const TEXT = 'Wenzhou will build the First Test Park. Wenzhou will build the Second Test Park.\n';
const FIRST = 'Wenzhou will build the First Test Park.';
const SECOND = 'Wenzhou will build the Second Test Park.';

interface RecordSpec {
  evidence: Record<string, unknown>[];
  [field: string]: unknown;
}

interface Files {
  entities: RecordSpec[];
  relationships: RecordSpec[];
}

/** A small dataset of new ids; `change` breaks it. Returns its directory. */
async function writeDataset(root: string, change: (files: Files) => void): Promise<string> {
  const directory = await mkdtemp(path.join(root, 'dataset-'));
  const quoted = (quote: string) => ({
    kind: 'QUOTED',
    source: 'seed-test-plan',
    quote,
    start: TEXT.indexOf(quote),
    end: TEXT.indexOf(quote) + quote.length,
  });
  const files: Files = {
    entities: [
      { id: 'park:seed-test-first', kind: 'PARK', name: 'First Test Park', evidence: [quoted(FIRST)] },
      { id: 'park:seed-test-second', kind: 'PARK', name: 'Second Test Park', evidence: [quoted(SECOND)] },
    ],
    relationships: [
      {
        type: 'COOPERATES_WITH',
        from: 'park:seed-test-first',
        to: 'park:seed-test-second',
        evidence: [
          { kind: 'INFERRED', rationale: 'Both are built by Wenzhou.', basis: ['park:seed-test-first'] },
        ],
      },
    ],
  };
  change(files);
  const header = {
    id: 'seed-test',
    title: 'A dataset for the seed test',
    sources: [{ id: 'seed-test-plan', kind: 'PRIMARY', title: 'Seed test plan', file: 'sources/plan.txt' }],
  };
  await mkdir(path.join(directory, 'sources'));
  await writeFile(path.join(directory, 'sources', 'plan.txt'), TEXT);
  await writeFile(path.join(directory, 'dataset.yaml'), stringify(header));
  await writeFile(path.join(directory, 'entities.yaml'), stringify({ entities: files.entities }));
  await writeFile(
    path.join(directory, 'relationships.yaml'),
    stringify({ relationships: files.relationships }),
  );
  return directory;
}

async function seed(directory: string): Promise<{ code: number; stderr: string }> {
  const { uri, user, password } = inject('neo4j');
  const env = {
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    LOG_LEVEL: 'warn',
  };
  try {
    const { stderr } = await run('npx', ['tsx', 'src/cli/seed.ts', '--dataset', directory], {
      cwd: repositoryRoot,
      env,
    });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe('npm run seed with a bad dataset', () => {
  let root: string;
  let store: Neo4jStore;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'yrd-graph-seed-'));
    store = openTestNeo4jStore(inject('neo4j'));
  });

  afterAll(async () => {
    await resetToBundledDataset(store);
    await store.close();
    await rm(root, { recursive: true, force: true });
  });

  /** Nothing of the bad dataset is in Neo4j: not its source, entities or relationship. */
  async function expectNothingLoaded(): Promise<void> {
    expect(await store.getEntities(['park:seed-test-first', 'park:seed-test-second'])).toEqual([null, null]);
    expect(await store.listSources()).toEqual((await bundledDataset()).sources);
  }

  it.each([
    [
      'a relationship, after the entities, whose quote is not verbatim',
      (files: Files) => {
        files.relationships[0]!.evidence = [
          {
            kind: 'QUOTED',
            source: 'seed-test-plan',
            quote: 'Wenzhou will build a moon base.',
            start: 0,
            end: 31,
          },
        ];
      },
      'Seeding failed: relationships.yaml:2: relationship "park:seed-test-first-[COOPERATES_WITH]->park:seed-test-second": evidence[0].quote: not a verbatim part of source "seed-test-plan": "Wenzhou will build a moon base."; copy it exactly as the source has it',
    ],
    [
      'an inference resting on an id no record has (known only at the end)',
      (files: Files) => {
        files.entities[1]!.evidence.push({
          kind: 'INFERRED',
          rationale: 'Named beside the first.',
          basis: ['park:seed-test-third'],
        });
      },
      'Seeding failed: entities.yaml:11: entity "park:seed-test-second": evidence[1].basis: names "park:seed-test-third", which is neither an entity nor a relationship of the dataset',
    ],
  ])('refuses %s, naming file, line and record, and loads nothing', async (_name, change, message) => {
    const result = await seed(await writeDataset(root, change));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toBe(message);
    await expectNothingLoaded();
  });
});
