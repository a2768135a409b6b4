import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from '../../src/dataset/index.js';
import { WRITE_LIMITS } from '../../src/validation/index.js';

/**
 * A PRIMARY source's text is held to WRITE_LIMITS.sourceText characters (code points), because
 * `Source.text` answers it whole and the query cost prices it at that length (docs/limits.md).
 */

const directories: string[] = [];

afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

/** A dataset with one PRIMARY source whose text is `text`, and no records. */
async function datasetWithText(text: string): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'yrd-graph-source-text-'));
  directories.push(directory);
  await mkdir(path.join(directory, 'sources'));
  await writeFile(
    path.join(directory, 'dataset.yaml'),
    'id: tiny\ntitle: A tiny dataset\nsources:\n  - id: plan\n    kind: PRIMARY\n    title: The plan\n    file: sources/plan.txt\n',
  );
  await writeFile(path.join(directory, 'entities.yaml'), 'entities: []\n');
  await writeFile(path.join(directory, 'relationships.yaml'), 'relationships: []\n');
  await writeFile(path.join(directory, 'sources', 'plan.txt'), text, 'utf8');
  return directory;
}

describe('a source text', () => {
  it('loads at the limit, counted in characters (an astral character is one)', async () => {
    const text = '𠀀'.repeat(WRITE_LIMITS.sourceText);
    const dataset = await loadDataset(await datasetWithText(text));
    expect(dataset.sourceTexts['plan']).toBe(text);
  });

  it('is refused over the limit, naming the source and its file', async () => {
    const error = await loadDataset(await datasetWithText('a'.repeat(WRITE_LIMITS.sourceText + 1))).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toBe(
      'dataset.yaml: source "plan": file: must be at most 1000000 characters (sources/plan.txt has 1000001)',
    );
  });
});
