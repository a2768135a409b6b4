import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from '../../src/dataset/index.js';

const run = promisify(execFile);

/**
 * #14's bad input: a review file written by `npm run propose`, loaded as docs/propose.md says (the
 * `sources` entry into dataset.yaml, the `entities` and `relationships` lists into their files), and
 * then edited into an invalid state, is refused whole by the loader with the file and line of the
 * broken record.
 */

const TEXT =
  'Wenzhou will deepen its cooperation with Jiading District.\nWenzhou will build the Wenzhou Science Park in Jiading District.\n';

describe('a review file from npm run propose, loaded by the loader', () => {
  let review: string;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'review-load-'));
    await writeFile(join(dir, 'tiny.txt'), TEXT);
    const out = join(dir, 'tiny.review.yaml');
    await run('npx', [
      'tsx',
      'tools/propose/cli.ts',
      '--source',
      join(dir, 'tiny.txt'),
      '--title',
      'Tiny plan',
      '--out',
      out,
      '--dataset',
      'none',
    ]);
    review = await readFile(out, 'utf8');
  }, 60_000);

  /** A dataset made from a (possibly edited) review file by cutting it into the three files. */
  async function datasetFrom(reviewText: string): Promise<string> {
    const at = (key: string) => reviewText.indexOf(`\n${key}:\n`) + 1;
    const dir = await mkdtemp(join(tmpdir(), 'review-dataset-'));
    await mkdir(join(dir, 'sources'));
    await writeFile(join(dir, 'sources', 'tiny.txt'), TEXT);
    await writeFile(
      join(dir, 'dataset.yaml'),
      `id: tiny\ntitle: "Tiny plan"\n${reviewText.slice(at('sources'), at('entities'))}`,
    );
    await writeFile(join(dir, 'entities.yaml'), reviewText.slice(at('entities'), at('relationships')));
    await writeFile(join(dir, 'relationships.yaml'), reviewText.slice(at('relationships')));
    return dir;
  }

  /** The 1-based line of `file` in `dir` where the list item holding `text` starts. */
  async function lineOf(dir: string, file: string, text: string): Promise<number> {
    const lines = (await readFile(join(dir, file), 'utf8')).split('\n');
    for (let line = lines.findIndex((candidate) => candidate.includes(text)); line >= 0; line--) {
      if (/^ {2}- /.test(lines[line]!)) return line + 1;
    }
    throw new Error(`no record holds ${text}`);
  }

  async function refusal(dir: string): Promise<string> {
    const error = await loadDataset(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).message;
  }

  it('loads as written', async () => {
    const dataset = await loadDataset(await datasetFrom(review));
    expect(dataset.entities.map((entity) => entity.id)).toEqual([
      'district:jiading-district',
      'park:wenzhou-science-park',
    ]);
    expect(dataset.relationships).toHaveLength(1);
  });

  it('is refused whole when a quote is edited off its offsets, naming file, line, record and field', async () => {
    const broken = review.replace(
      'quote: "Wenzhou will build the Wenzhou Science Park in Jiading District"\n        start: 59\n        end: 122\n  - id: park',
      'quote: "Wenzhou will build the Wenzhou Science Park in Jiading District"\n        start: 60\n        end: 123\n  - id: park',
    );
    expect(broken).not.toBe(review);
    const dir = await datasetFrom(broken);
    const line = await lineOf(dir, 'entities.yaml', 'id: district:jiading-district');
    expect(await refusal(dir)).toBe(
      `entities.yaml:${line}: entity "district:jiading-district": evidence[1].start: the text of "tiny-plan" at 60..123 is "enzhou will build the Wenzhou Science Park in Jiading District.", not the quote; the quote is at 59..122`,
    );
  });

  it('is refused whole when a kind is mistyped', async () => {
    const dir = await datasetFrom(review.replace('kind: PARK', 'kind: PRAK'));
    const line = await lineOf(dir, 'entities.yaml', 'id: park:wenzhou-science-park');
    expect(await refusal(dir)).toMatch(
      new RegExp(`^entities\\.yaml:${line}: entity "park:wenzhou-science-park": kind: Invalid option`),
    );
  });

  it('is refused whole when a relationship is left pointing at a deleted entity', async () => {
    const dir = await datasetFrom(review.replace('to: district:jiading-district', 'to: district:jiading'));
    const line = await lineOf(dir, 'relationships.yaml', 'type: LOCATED_IN');
    expect(await refusal(dir)).toBe(
      `relationships.yaml:${line}: relationship "park:wenzhou-science-park-[LOCATED_IN]->district:jiading": to: no entity has the id "district:jiading"`,
    );
  });
});
