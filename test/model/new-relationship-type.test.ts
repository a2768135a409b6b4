import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 11's promise: a new relationship type is one SDL line (with its description), one row of
 * src/model/relationship-rules.ts and `npm run codegen`. A test cannot add a type to the real schema,
 * so this one copies the project, makes exactly those two edits to the copy, runs the copy's codegen
 * and typecheck, and then uses the type end to end in the copy (run-in-copy.ts): a dataset that
 * states it loads, one that joins kinds its row refuses does not, GraphQL on the embedded store
 * returns and counts it, the export writes it, the generator makes it, the explorer draws it and the
 * dataset format doc lists it.
 *
 * What it does not prove: the Neo4j store with the new type (its labels, indexes and imports are
 * derived from the same RELATIONSHIP_TYPES, but this test runs no Neo4j), and that the tuned parts
 * (generator sentences and weights, explorer colours) read well: the type gets their defaults.
 */

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const TYPE = 'TWINNED_WITH';
const DESCRIPTION = 'Test only: two cities twinned as sister cities.';
const COPIED = [
  'schema',
  'src',
  'apps',
  'packages',
  'tools/generate',
  'scripts',
  'examples',
  'seed',
  'docs/dataset-format.md',
  'test/model/new-relationship-type',
  'codegen.ts',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  '.prettierrc.json',
  '.prettierignore',
];

let copy: string;

/** Replaces the one occurrence of `anchor` in a file of the copy with `anchor` + `addition`. */
async function addAfter(file: string, anchor: string, addition: string): Promise<void> {
  const text = await readFile(path.join(copy, file), 'utf8');
  expect(text.split(anchor)).toHaveLength(2);
  await writeFile(path.join(copy, file), text.replace(anchor, anchor + addition));
}

/** Files of the copy (not node_modules) whose bytes differ from the project's. */
async function changedFiles(): Promise<string[]> {
  const changed: string[] = [];
  for (const entry of await readdir(copy, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(copy, path.join(entry.parentPath, entry.name));
    if (file.startsWith('node_modules')) continue;
    const [mine, original] = await Promise.all([
      readFile(path.join(copy, file)),
      readFile(path.join(repo, file)).catch(() => null),
    ]);
    if (original === null || !mine.equals(original)) changed.push(file);
  }
  return changed.sort();
}

beforeAll(async () => {
  copy = await mkdtemp(path.join(os.tmpdir(), 'yrd-new-type-'));
  for (const entry of COPIED) await cp(path.join(repo, entry), path.join(copy, entry), { recursive: true });
  await symlink(await realpath(path.join(repo, 'node_modules')), path.join(copy, 'node_modules'), 'dir');
  // The two edits.
  await addAfter(
    'schema/relationship.graphql',
    'enum RelationshipType {\n',
    `  "${DESCRIPTION}"\n  ${TYPE}\n`,
  );
  await addAfter(
    'src/model/relationship-rules.ts',
    'export const RELATIONSHIP_RULES = {\n',
    `  ${TYPE}: { symmetric: true, joins: [{ from: ['CITY'], to: ['CITY'] }] },\n`,
  );
  await run('npm', ['run', 'codegen', '--silent'], { cwd: copy });
}, 240_000);

afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

describe('a relationship type declared in one SDL line and one table row', () => {
  it('needs nothing else: codegen rewrites only generated files, and the service and explorer typecheck', async () => {
    expect(await changedFiles()).toEqual([
      'apps/explorer/generated/graphql.ts',
      'docs/dataset-format.md',
      'packages/client/generated/graphql.ts',
      'schema/relationship.graphql',
      'src/graphql/generated/resolvers-types.ts',
      'src/model/generated/vocabulary.ts',
      'src/model/relationship-rules.ts',
    ]);
    // Throws (failing the test) with the compiler's output if either project has a type error.
    await run('npx', ['tsc', '-p', 'tsconfig.build.json', '--noEmit'], { cwd: copy });
    await run('npx', ['tsc', '-p', 'apps/explorer/tsconfig.json'], { cwd: copy });
  }, 600_000);

  it('loads, is refused between kinds its row does not join, and is queried, counted, exported, generated, drawn and documented', async () => {
    const { stdout } = await run('npx', ['tsx', 'test/model/new-relationship-type/run-in-copy.ts', TYPE], {
      cwd: copy,
      maxBuffer: 64 * 1024 * 1024,
    });
    const result = JSON.parse(stdout);
    const id = `city:wenzhou-[${TYPE}]->city:taizhou`;
    const seedLines = (await readFile(path.join(repo, 'seed/wenzhou-yrd/relationships.yaml'), 'utf8')).split(
      '\n',
    ).length;

    expect(result.types).toContain(TYPE);
    expect(result.refusal).toBe(
      `relationships.yaml:${seedLines}: relationship "city:wenzhou-[${TYPE}]->park:national-independent-innovation-demonstration-zone": to: must be of a kind ${TYPE} goes to from CITY (CITY), not PARK`,
    );
    expect(result.graphql.errors).toBeUndefined();
    expect(result.graphql.data.relationships.edges).toEqual([
      {
        node: {
          id,
          type: TYPE,
          status: 'PROPOSED',
          from: { id: 'city:wenzhou' },
          to: { id: 'city:taizhou' },
        },
      },
    ]);
    expect(result.graphql.data.summary.relationshipsByType).toContainEqual({ type: TYPE, count: 1 });
    expect(result.graphql.data.neighborhood.relationships).toEqual([{ id, type: TYPE }]);
    expect(result.graphql.data.neighborhood.csv.content).toContain(
      `\r\n${id},city:wenzhou,city:taizhou,${TYPE},,,PROPOSED,`,
    );
    expect(result.graphql.data.neighborhood.gexf.content).toContain(`"${TYPE}"`);
    expect(result.generated).toBeGreaterThan(0);
    expect(result.style).toEqual({ color: result.derivedColor, directed: false, size: 2 });
    expect(result.derivedColor).toMatch(/^#[0-9a-f]{6}$/);
    expect(result.docRow).toBe(`| \`${TYPE}\` | any two of CITY | symmetric | ${DESCRIPTION} |`);
  }, 300_000);
});
