import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { DatasetError, loadDataset } from '../../src/dataset/index.js';
import { WRITE_LIMITS } from '../../src/validation/index.js';

/**
 * Invalid datasets: the loader refuses each with a DatasetError whose message names the file, the
 * record and the field, so a curator can go straight to the line. Every message is pinned.
 */

const PLAN_TEXT = 'Wenzhou will cooperate with Taizhou. Taizhou lies north of Wenzhou.\n';

type Files = Record<string, unknown>;

/** A small valid dataset; each test breaks one thing in it. */
function validFiles(): Files {
  return {
    'dataset.yaml': {
      id: 'tiny',
      title: 'A tiny dataset',
      sources: [
        { id: 'plan', kind: 'PRIMARY', title: 'The plan', file: 'sources/plan.txt' },
        { id: 'curated', kind: 'REFERENCE', title: 'Curated facts' },
      ],
    },
    'entities.yaml': {
      entities: [
        {
          id: 'city:wenzhou',
          kind: 'CITY',
          name: 'Wenzhou',
          attributes: { latitude: 27.99, longitude: 120.7 },
          evidence: [
            {
              kind: 'QUOTED',
              quote: 'Wenzhou will cooperate with Taizhou.',
              start: 0,
              end: 36,
              section: 'Task One',
              source: 'plan',
            },
            { kind: 'CITED', note: 'Wenzhou lies at 27.99 N.', source: 'curated' },
          ],
        },
        {
          id: 'city:taizhou',
          kind: 'CITY',
          name: 'Taizhou',
          evidence: [
            { kind: 'QUOTED', quote: 'Taizhou lies north of Wenzhou.', start: 37, end: 67, source: 'plan' },
          ],
        },
      ],
    },
    'relationships.yaml': {
      relationships: [
        {
          type: 'COOPERATES_WITH',
          from: 'city:wenzhou',
          to: 'city:taizhou',
          evidence: [
            {
              kind: 'QUOTED',
              quote: 'Wenzhou will cooperate with Taizhou.',
              start: 0,
              end: 36,
              source: 'plan',
            },
          ],
        },
      ],
    },
    'sources/plan.txt': PLAN_TEXT,
  };
}

const directories: string[] = [];

afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

/** Writes the files (objects as YAML, strings as they are; undefined leaves a file out). */
async function writeDataset(files: Files): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'yrd-graph-dataset-'));
  directories.push(directory);
  for (const [name, content] of Object.entries(files)) {
    if (content === undefined) continue;
    const file = path.join(directory, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, typeof content === 'string' ? content : stringify(content), 'utf8');
  }
  return directory;
}

/** The DatasetError that loading `files` gives, with the temp directory replaced by `<dir>`. */
async function loadError(change: (files: Files) => void): Promise<DatasetError> {
  const files = validFiles();
  change(files);
  const directory = await writeDataset(files);
  const error = await loadDataset(directory).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatasetError);
  const datasetError = error as DatasetError;
  datasetError.message = datasetError.message.replaceAll(directory, '<dir>');
  return datasetError;
}

const entities = (files: Files) =>
  (files['entities.yaml'] as { entities: Record<string, unknown>[] }).entities;
const wenzhou = (files: Files) => entities(files)[0]!;
const relationship = (files: Files) =>
  (files['relationships.yaml'] as { relationships: Record<string, unknown>[] }).relationships[0]!;

describe('a valid dataset', () => {
  it('loads, deriving relationship ids', async () => {
    const dataset = await loadDataset(await writeDataset(validFiles()));
    expect(dataset.entities.map((entity) => entity.id)).toEqual(['city:wenzhou', 'city:taizhou']);
    expect(dataset.relationships.map((r) => r.id)).toEqual(['city:wenzhou-[COOPERATES_WITH]->city:taizhou']);
    expect(dataset.entities[1]).toMatchObject({ aliases: [], description: null, attributes: {} });
  });

  it('keeps each evidence kind with its fields, and lets an inference rest on a relationship read later', async () => {
    const files = validFiles();
    const basis = ['city:wenzhou-[COOPERATES_WITH]->city:taizhou'];
    entities(files)[1]!['evidence'] = [{ kind: 'INFERRED', rationale: 'Wenzhou cooperates with it.', basis }];
    const dataset = await loadDataset(await writeDataset(files));
    expect(dataset.entities[0]!.evidence).toEqual([
      {
        kind: 'QUOTED',
        source: 'plan',
        section: 'Task One',
        quote: 'Wenzhou will cooperate with Taizhou.',
        start: 0,
        end: 36,
      },
      { kind: 'CITED', source: 'curated', section: null, note: 'Wenzhou lies at 27.99 N.' },
    ]);
    expect(dataset.entities[1]!.evidence).toEqual([
      { kind: 'INFERRED', source: null, section: null, rationale: 'Wenzhou cooperates with it.', basis },
    ]);
  });
});

describe('an invalid dataset', () => {
  it('names the record and field of a missing required field', async () => {
    const error = await loadError((files) => delete wenzhou(files)['name']);
    expect(error.message).toBe(
      'entities.yaml:2: entity "city:wenzhou": name: Invalid input: expected string, received undefined',
    );
    expect(error).toMatchObject({ file: 'entities.yaml', record: 'entity "city:wenzhou"', field: 'name' });
  });

  it('lists the allowed kinds for an unknown kind', async () => {
    const error = await loadError((files) => (wenzhou(files)['kind'] = 'TOWN'));
    expect(error.message).toBe(
      'entities.yaml:2: entity "city:wenzhou": kind: Invalid option: expected one of "PLAN"|"TASK"|"GOAL"|"MILESTONE"|"CITY"|"DISTRICT"|"REGION"|"PARK"|"FUND"|"UNIVERSITY"|"INITIATIVE"|"INDUSTRY"|"INFRASTRUCTURE"|"ORGANIZATION"|"PERSON"|"EVENT"',
    );
  });

  it('says which prefix an id of that kind needs', async () => {
    const error = await loadError((files) => (wenzhou(files)['id'] = 'district:wenzhou'));
    expect(error.message).toBe(
      'entities.yaml:2: entity "district:wenzhou": id: must start with "city:", the prefix of CITY ids',
    );
  });

  it('shows the expected shape of a malformed id', async () => {
    const error = await loadError((files) => (wenzhou(files)['id'] = 'City:Wenzhou'));
    expect(error.message).toBe(
      'entities.yaml:2: entity "City:Wenzhou": id: must look like `city:wenzhou` (lowercase, digits, hyphens)',
    );
  });

  it('refuses a duplicate entity id', async () => {
    const error = await loadError((files) => (entities(files)[1]!['id'] = 'city:wenzhou'));
    expect(error.message).toBe('entities.yaml:18: entity "city:wenzhou": id: duplicate id');
  });

  it('names the missing end of a relationship to an unknown entity', async () => {
    const error = await loadError((files) => (relationship(files)['to'] = 'city:ningbo'));
    expect(error.message).toBe(
      'relationships.yaml:2: relationship "city:wenzhou-[COOPERATES_WITH]->city:ningbo": to: no entity has the id "city:ningbo"',
    );
  });

  // The kinds each type may join: src/model/relationship-rules.ts.
  it('refuses a FUNDS from a city to a task, naming the end whose kind the type does not join', async () => {
    const error = await loadError((files) => {
      entities(files).push({
        id: 'task:task-one',
        kind: 'TASK',
        name: 'Task One',
        evidence: [
          { kind: 'QUOTED', quote: 'Taizhou lies north of Wenzhou.', start: 37, end: 67, source: 'plan' },
        ],
      });
      Object.assign(relationship(files), { type: 'FUNDS', to: 'task:task-one' });
    });
    expect(error.message).toBe(
      'relationships.yaml:2: relationship "city:wenzhou-[FUNDS]->task:task-one": from: must be of a kind FUNDS goes from (FUND), not CITY',
    );
  });

  it('refuses a directed type the wrong way round, naming what its start may point at', async () => {
    const error = await loadError((files) => {
      const district = { ...entities(files)[1]!, id: 'district:jiading', kind: 'DISTRICT', name: 'Jiading' };
      entities(files).push(district);
      Object.assign(relationship(files), { type: 'PART_OF', to: 'district:jiading' });
    });
    expect(error.message).toBe(
      'relationships.yaml:2: relationship "city:wenzhou-[PART_OF]->district:jiading": to: must be of a kind PART_OF goes to from CITY (CITY, REGION), not DISTRICT',
    );
  });

  it('refuses a duplicate relationship and says how to keep both', async () => {
    const error = await loadError((files) => {
      const list = (files['relationships.yaml'] as { relationships: unknown[] }).relationships;
      list.push(structuredClone(list[0]));
    });
    expect(error.message).toBe(
      'relationships.yaml:11: relationship "city:wenzhou-[COOPERATES_WITH]->city:taizhou": id: duplicate id (give the second one a #2 suffix)',
    );
  });

  it('refuses an explicit relationship id that does not match its ends', async () => {
    const error = await loadError(
      (files) => (relationship(files)['id'] = 'city:taizhou-[COOPERATES_WITH]->city:wenzhou'),
    );
    expect(error.message).toBe(
      'relationships.yaml:2: relationship "city:taizhou-[COOPERATES_WITH]->city:wenzhou": id: must be "city:wenzhou-[COOPERATES_WITH]->city:taizhou" or that with a #n suffix',
    );
  });

  it('names a relationship without an id by its ends, for an unknown type', async () => {
    const error = await loadError((files) => (relationship(files)['type'] = 'LIKES'));
    expect(error.message).toMatch(
      /^relationships\.yaml:2: relationship "city:wenzhou-\[LIKES\]->city:taizhou": type: Invalid option: expected one of "COOPERATES_WITH"\|/,
    );
  });

  it('names a relationship without an id or ends by its position', async () => {
    const error = await loadError((files) => delete relationship(files)['from']);
    expect(error.message).toBe(
      'relationships.yaml:2: relationship #1: from: Invalid input: expected string, received undefined',
    );
  });

  it('refuses evidence that cites an unknown source', async () => {
    const error = await loadError((files) => {
      (wenzhou(files)['evidence'] as { source: string }[])[1]!.source = 'wikipedia';
    });
    expect(error.message).toBe(
      'entities.yaml:2: entity "city:wenzhou": evidence[1].source: names no known source ("wikipedia"); see `sources`',
    );
  });

  it('refuses a quote that is not verbatim in its PRIMARY source', async () => {
    const error = await loadError((files) => {
      (relationship(files)['evidence'] as { quote: string; end: number }[])[0]!.quote =
        'Wenzhou will cooperate with Ningbo.';
      (relationship(files)['evidence'] as { quote: string; end: number }[])[0]!.end = 35;
    });
    expect(error.message).toBe(
      'relationships.yaml:2: relationship "city:wenzhou-[COOPERATES_WITH]->city:taizhou": evidence[0].quote: not a verbatim part of source "plan": "Wenzhou will cooperate with Ningbo."; copy it exactly as the source has it',
    );
  });

  it('shortens a long misquote in the message', async () => {
    const quote = `Wenzhou ${'and its partners '.repeat(10)}will cooperate.`;
    const error = await loadError((files) => {
      const evidence = (wenzhou(files)['evidence'] as { quote: string; end: number }[])[0]!;
      evidence.quote = quote;
      evidence.end = quote.length;
    });
    expect(error.message).toBe(
      `entities.yaml:2: entity "city:wenzhou": evidence[0].quote: not a verbatim part of source "plan": "${quote.slice(0, 77)}..."; copy it exactly as the source has it`,
    );
  });

  it('refuses offsets that do not match the text, and says where the quote is', async () => {
    const error = await loadError((files) => {
      const evidence = (entities(files)[1]!['evidence'] as { start: number; end: number }[])[0]!;
      evidence.start = 36;
      evidence.end = 66;
    });
    expect(error.message).toBe(
      'entities.yaml:18: entity "city:taizhou": evidence[0].start: the text of "plan" at 36..66 is " Taizhou lies north of Wenzhou", not the quote; the quote is at 37..67',
    );
  });

  it('refuses an end that is not start plus the length of the quote', async () => {
    const error = await loadError((files) => {
      (relationship(files)['evidence'] as { end: number }[])[0]!.end = 40;
    });
    expect(error.message).toBe(
      'relationships.yaml:2: relationship "city:wenzhou-[COOPERATES_WITH]->city:taizhou": evidence[0].end: must be start + the length of the quote',
    );
  });

  it('refuses an empty quote', async () => {
    const error = await loadError((files) => {
      const evidence = (wenzhou(files)['evidence'] as { quote: string; end: number }[])[0]!;
      evidence.quote = '   ';
      evidence.end = 3;
    });
    expect(error.message).toBe(
      'entities.yaml:2: entity "city:wenzhou": evidence[0].quote: must be at least 3 words: quote the clause that states the fact',
    );
  });

  it('refuses a record without a kind, listing the kinds and what each needs', async () => {
    const error = await loadError((files) => {
      delete (wenzhou(files)['evidence'] as { kind?: string }[])[0]!.kind;
    });
    expect(error.message).toBe(
      'entities.yaml:2: entity "city:wenzhou": evidence[0].kind: `kind` must be QUOTED (with source, quote, start, end), CITED (with source, note) or INFERRED (with rationale, basis)',
    );
  });

  it('refuses a CITED record that cites a held PRIMARY source', async () => {
    const error = await loadError((files) => {
      (wenzhou(files)['evidence'] as { source: string }[])[1]!.source = 'plan';
    });
    expect(error.message).toBe(
      'entities.yaml:2: entity "city:wenzhou": evidence[1].source: a CITED record cites a REFERENCE source, and "plan" is PRIMARY (quote it as QUOTED instead)',
    );
  });

  it('refuses a CITED record without a note in our own words', async () => {
    const error = await loadError((files) => {
      delete (wenzhou(files)['evidence'] as { note?: string }[])[1]!.note;
    });
    expect(error.message).toBe(
      'entities.yaml:2: entity "city:wenzhou": evidence[1].note: Invalid input: expected string, received undefined',
    );
  });

  it('refuses an INFERRED record without a rationale', async () => {
    const error = await loadError((files) => {
      relationship(files)['evidence'] = [{ kind: 'INFERRED', basis: ['city:wenzhou'] }];
    });
    expect(error.message).toBe(
      'relationships.yaml:2: relationship "city:wenzhou-[COOPERATES_WITH]->city:taizhou": evidence[0].rationale: Invalid input: expected string, received undefined',
    );
  });

  it('refuses an INFERRED record resting on a fact the dataset does not have', async () => {
    const error = await loadError((files) => {
      entities(files)[1]!['evidence'] = [
        { kind: 'INFERRED', rationale: 'Named beside Wenzhou.', basis: ['city:wenzhou', 'city:atlantis'] },
      ];
    });
    expect(error.message).toBe(
      'entities.yaml:18: entity "city:taizhou": evidence[0].basis: names "city:atlantis", which is neither an entity nor a relationship of the dataset',
    );
  });

  it('refuses an INFERRED record that names nothing it rests on', async () => {
    const error = await loadError((files) => {
      entities(files)[1]!['evidence'] = [{ kind: 'INFERRED', rationale: 'Common knowledge.', basis: [] }];
    });
    expect(error.message).toBe(
      'entities.yaml:18: entity "city:taizhou": evidence[0].basis: must name at least one entity or relationship the inference is drawn from (its id); what no fact of the graph supports is CITED from a source instead',
    );
  });

  // The grounding rule: Taizhou rests on the relationship, which rests on Taizhou; neither has a source.
  it('refuses records that rest only on one another, naming the ring where it is first read', async () => {
    const relationshipId = 'city:wenzhou-[COOPERATES_WITH]->city:taizhou';
    const error = await loadError((files) => {
      entities(files)[1]!['evidence'] = [
        { kind: 'INFERRED', rationale: 'Its partner says so.', basis: [relationshipId] },
      ];
      relationship(files)['evidence'] = [
        { kind: 'INFERRED', rationale: 'Taizhou is named.', basis: ['city:wenzhou', 'city:taizhou'] },
      ];
    });
    expect(error.message).toBe(
      `entities.yaml:18: entity "city:taizhou": evidence[0].basis: leads to no source: city:taizhou rests on ${relationshipId}, which rests on city:taizhou. An inference must lead, through what it rests on, to a record with QUOTED or CITED evidence; give one record of the ring such evidence, or rest it on one that has it`,
    );
  });

  it('refuses a record whose only evidence rests on itself, and loads one that also quotes', async () => {
    const alone = await loadError((files) => {
      entities(files)[1]!['evidence'] = [{ kind: 'INFERRED', rationale: 'Itself.', basis: ['city:taizhou'] }];
    });
    expect(alone.message).toMatch(
      /^entities\.yaml:18: entity "city:taizhou": evidence\[0\]\.basis: leads to no source: city:taizhou rests on city:taizhou\. /,
    );
    const files = validFiles();
    const taizhou = entities(files)[1]!;
    taizhou['evidence'] = [
      ...(taizhou['evidence'] as unknown[]),
      { kind: 'INFERRED', rationale: 'The alias 台州, read from the quoted name.', basis: ['city:taizhou'] },
    ];
    const dataset = await loadDataset(await writeDataset(files));
    expect(dataset.entities[1]!.evidence.map((item) => item.kind)).toEqual(['QUOTED', 'INFERRED']);
  });

  it('refuses an entity without evidence', async () => {
    const error = await loadError((files) => (entities(files)[1]!['evidence'] = []));
    expect(error.message).toBe(
      'entities.yaml:18: entity "city:taizhou": evidence: every entity needs at least one evidence record',
    );
  });

  it('refuses a field the format does not have', async () => {
    const error = await loadError((files) => (wenzhou(files)['population'] = 9_000_000));
    expect(error.message).toBe('entities.yaml:2: entity "city:wenzhou": Unrecognized key: "population"');
  });

  it('names an entity without an id by its position', async () => {
    const error = await loadError((files) => delete entities(files)[1]!['id']);
    expect(error.message).toBe(
      'entities.yaml:18: entity #2: id: Invalid input: expected string, received undefined',
    );
  });

  it('reports invalid YAML with its position', async () => {
    const error = await loadError((files) => (files['entities.yaml'] = 'entities:\n  - id: "city:wenzhou\n'));
    // The yaml library reports where the input ended (line 3) and shows the unclosed line.
    expect(error.message).toBe(
      'entities.yaml: is not valid YAML: Missing closing "quote at line 3, column 1:\n\n  - id: "city:wenzhou\n\n^\n',
    );
    expect(error).toMatchObject({ file: 'entities.yaml', record: null, field: null });
  });

  // BUG: the yaml library refuses to expand aliases past its limit only when the document is turned
  // into values, with a ReferenceError the loader did not catch, so `importDataset` answered a curator's
  // "billion laughs" text with "Internal server error".
  it('refuses YAML whose aliases would expand beyond reason', async () => {
    // Nine times nine times … the list `a`: 9^8 items from a few hundred bytes.
    const names = [...'abcdefgh'];
    const lines = names.map((name, level) => {
      const items = Array<string>(9).fill(level === 0 ? 'x' : `*${names[level - 1]!}`);
      return `${name}: &${name} [${items.join(', ')}]`;
    });
    const error = await loadError((files) => (files['entities.yaml'] = `${lines.join('\n')}\n`));
    expect(error.message).toBe(
      'entities.yaml: is not valid YAML: Excessive alias count indicates a resource exhaustion attack',
    );
    expect(error).toMatchObject({ file: 'entities.yaml', record: null, field: null });
  });

  // BUG: the yaml library builds a document by recursion, one call per level: 800 nested `[` ran it out
  // of stack, and the error read "Maximum call stack size exceeded".
  it.each([
    [
      'flow lists',
      (depth: number) => `entities:\n  - ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
      100_000,
      2,
      35,
    ],
    ['block lists', (depth: number) => `entities:\n  - ${'- '.repeat(depth)}x\n`, 100_000, 2, 65],
    [
      'indented maps',
      (depth: number) =>
        `entities:\n  - ${Array.from({ length: depth }, (_, level) => `${level === 0 ? '' : ' '.repeat(4 + 2 * level)}k${level}:`).join('\n')} x\n`,
      // Indented, each level is longer than the last: 1,000 levels are 1 MB.
      1_000,
      32,
      65,
    ],
  ])('refuses YAML whose %s nest past 32, naming where', async (_name, nested, deep, line, column) => {
    // The file's map and its list are two levels: thirty more are read, thirty-one refused.
    const fits = await loadError((files) => (files['entities.yaml'] = nested(30)));
    expect(fits.message).not.toMatch(/nest/);
    for (const depth of [31, deep]) {
      const error = await loadError((files) => (files['entities.yaml'] = nested(depth)));
      expect(error.message).toBe(
        `entities.yaml: is not valid YAML for a dataset: its lists and maps nest more than 32 deep (at line ${line}, column ${column}), where a record nests 6 at most`,
      );
    }
  });

  it('reports a missing dataset.yaml with the path it looked at', async () => {
    const error = await loadError((files) => (files['dataset.yaml'] = undefined));
    expect(error.message).toBe('dataset.yaml: file not found (<dir>/dataset.yaml)');
  });

  it('reports a missing source text under the source that names it', async () => {
    const error = await loadError((files) => (files['sources/plan.txt'] = undefined));
    expect(error.message).toBe('dataset.yaml: source "plan": file: file not found (<dir>/sources/plan.txt)');
  });

  it('requires a file for a PRIMARY source', async () => {
    const error = await loadError((files) => {
      delete (files['dataset.yaml'] as { sources: Record<string, unknown>[] }).sources[0]!['file'];
    });
    expect(error.message).toBe('dataset.yaml: source "plan": file: a PRIMARY source needs `file`');
  });

  // BUG: docs/dataset-format.md says source ids are unique, but the loader accepts a second source
  // with the same id; evidence citing it then silently resolves to one of the two.
  it('refuses a duplicate source id', async () => {
    const error = await loadError((files) => {
      const header = files['dataset.yaml'] as { sources: Record<string, unknown>[] };
      header.sources.push({ id: 'plan', kind: 'REFERENCE', title: 'Another source with the same id' });
    });
    expect(error.message).toMatch(/^dataset\.yaml: source "plan": id: /);
  });

  it('reports an empty entities.yaml', async () => {
    const error = await loadError((files) => (files['entities.yaml'] = ''));
    expect(error.message).toBe('entities.yaml: Invalid input: expected object, received null');
  });
});

// The write limits, self-relationships, the kinds each attribute belongs to and invisible text: the
// loader refuses what importDataset and the mutations refuse (test/graphql/curation.writes.test.ts).
describe('a dataset over the write limits, or with what no reader could use', () => {
  const taizhou = (files: Files) => entities(files)[1]!;
  const evidenceOf = (record: Record<string, unknown>) => record['evidence'] as Record<string, unknown>[];

  // `Source.text` answers a PRIMARY source's text whole, and the query cost prices it at this length.
  it('loads a source text at its limit, counted in characters (an astral character is one), and refuses one more', async () => {
    const padded = (filler: string, characters: number) =>
      PLAN_TEXT + filler.repeat(characters - PLAN_TEXT.length);
    const files = validFiles();
    files['sources/plan.txt'] = padded('𠀀', WRITE_LIMITS.sourceText);
    const dataset = await loadDataset(await writeDataset(files));
    expect(dataset.sourceTexts['plan']).toBe(files['sources/plan.txt']);
    const error = await loadError((over) => {
      over['sources/plan.txt'] = padded('a', WRITE_LIMITS.sourceText + 1);
    });
    expect(error.message).toBe(
      'dataset.yaml: source "plan": file: must be at most 1000000 characters (sources/plan.txt has 1000001)',
    );
  });

  it('loads an entity id of 120 characters, and refuses one of 121, naming it by the first 120', async () => {
    const idOf = (length: number) => `city:${'t'.repeat(length - 'city:'.length)}`;
    const files = validFiles();
    taizhou(files)['id'] = idOf(120);
    relationship(files)['to'] = idOf(120);
    const dataset = await loadDataset(await writeDataset(files));
    expect(dataset.relationships[0]!.id).toBe(`city:wenzhou-[COOPERATES_WITH]->${idOf(120)}`);

    const error = await loadError((files) => (taizhou(files)['id'] = idOf(5000)));
    expect(error.message).toBe(
      `entities.yaml:18: entity "${idOf(120)}…": id: must be at most 120 characters (it has 5000)`,
    );
  });

  it('refuses a relationship end over the limit, naming the end', async () => {
    const long = `city:${'w'.repeat(200)}`;
    const error = await loadError((files) => (relationship(files)['from'] = long));
    expect(error).toMatchObject({ field: 'from', problem: 'must be at most 120 characters (it has 205)' });
  });

  it.each([
    ['a name', 300, (files: Files, text: string) => (wenzhou(files)['name'] = text), 'name'],
    [
      'an alias',
      300,
      (files: Files, text: string) => (wenzhou(files)['aliases'] = ['Ou', text]),
      'aliases[1]',
    ],
    [
      'a description',
      2000,
      (files: Files, text: string) => (wenzhou(files)['description'] = text),
      'description',
    ],
    [
      'a province',
      200,
      (files: Files, text: string) => (wenzhou(files)['attributes'] = { province: text }),
      'attributes.province',
    ],
    [
      'a section',
      200,
      (files: Files, text: string) => (evidenceOf(wenzhou(files))[0]!['section'] = text),
      'evidence[0].section',
    ],
    [
      'a quote',
      2000,
      (files: Files, text: string) => (evidenceOf(wenzhou(files))[0]!['quote'] = text),
      'evidence[0].quote',
    ],
    [
      'a mention',
      300,
      (files: Files, text: string) => (evidenceOf(wenzhou(files))[0]!['mentions'] = { 'city:wenzhou': text }),
      'evidence[0].mentions.city:wenzhou',
    ],
    [
      'a note',
      1000,
      (files: Files, text: string) => (evidenceOf(wenzhou(files))[1]!['note'] = text),
      'evidence[1].note',
    ],
  ])(
    'refuses %s of more than %i characters, counting characters, not UTF-16 units',
    async (_name, max, set, field) => {
      // `𠀀` is one character and two UTF-16 units: max of them are within the limit.
      const within = await loadError((files) => {
        set(files, '𠀀'.repeat(max));
        // Something to fail later (or a quote's offsets, a mention not in it), so the test sees what did.
        relationship(files)['to'] = 'city:ningbo';
      });
      expect(within.message).not.toContain('must be at most');
      const error = await loadError((files) => set(files, `${'word '.repeat(max / 5)}x`));
      expect(error.message).toBe(
        `entities.yaml:2: entity "city:wenzhou": ${field}: must be at most ${max} characters (it has ${max + 1})`,
      );
    },
  );

  it('refuses an alias given twice, at the repeat, and keeps aliases that differ in case', async () => {
    const error = await loadError((files) => (wenzhou(files)['aliases'] = ['Ou', 'OU', '温州', 'Ou']));
    expect(error.message).toBe(
      'entities.yaml:2: entity "city:wenzhou": aliases[3]: repeats "Ou": give each once',
    );
    const files = validFiles();
    wenzhou(files)['aliases'] = ['Ou', 'OU', '温州'];
    const dataset = await loadDataset(await writeDataset(files));
    expect(dataset.entities[0]!.aliases).toEqual(['Ou', 'OU', '温州']);
  });

  it('refuses a rationale of more than 1000 characters', async () => {
    const error = await loadError((files) => {
      relationship(files)['evidence'] = [
        { kind: 'INFERRED', rationale: 'x'.repeat(1001), basis: ['city:wenzhou'] },
      ];
    });
    expect(error.message).toBe(
      'relationships.yaml:2: relationship "city:wenzhou-[COOPERATES_WITH]->city:taizhou": evidence[0].rationale: must be at most 1000 characters (it has 1001)',
    );
  });

  it.each([
    [
      'aliases',
      (files: Files, count: number) =>
        (wenzhou(files)['aliases'] = Array.from({ length: count }, (_, i) => `Alias ${i}`)),
      'entities.yaml:2: entity "city:wenzhou": aliases',
    ],
    [
      'evidence items',
      (files: Files, count: number) =>
        (wenzhou(files)['evidence'] = Array.from({ length: count }, (_, i) => ({
          kind: 'CITED',
          note: `Fact ${i} about Wenzhou.`,
          source: 'curated',
        }))),
      'entities.yaml:2: entity "city:wenzhou": evidence',
    ],
    [
      'basis ids',
      (files: Files, count: number) =>
        (relationship(files)['evidence'] = [
          {
            kind: 'INFERRED',
            rationale: 'Both cities say so.',
            basis: Array.from({ length: count }, (_, i) => (i % 2 ? 'city:wenzhou' : 'city:taizhou')),
          },
        ]),
      'relationships.yaml:2: relationship "city:wenzhou-[COOPERATES_WITH]->city:taizhou": evidence[0].basis',
    ],
  ])('loads 50 %s on a record and refuses 51', async (_name, set, where) => {
    const within = await loadError((files) => {
      set(files, 50);
      relationship(files)['to'] = 'city:ningbo';
    });
    expect(within.message).not.toContain('must hold at most');
    const error = await loadError((files) => set(files, 51));
    expect(error.message).toBe(`${where}: must hold at most 50 items (it has 51)`);
  });

  it("refuses a quote's mentions of more than 50 entities", async () => {
    const error = await loadError((files) => {
      const mentions = Object.fromEntries(
        Array.from({ length: 51 }, (_, i) => [`city:place-${i}`, 'Wenzhou']),
      );
      evidenceOf(wenzhou(files))[0]!['mentions'] = mentions;
    });
    expect(error.message).toBe(
      'entities.yaml:2: entity "city:wenzhou": evidence[0].mentions: must hold at most 50 items (it has 51)',
    );
  });

  it.each([
    ['title', 1000],
    ['publisher', 500],
  ])("refuses a source's %s of more than %i characters", async (field, max) => {
    const error = await loadError((files) => {
      const dataset = files['dataset.yaml'] as { sources: Record<string, unknown>[] };
      dataset.sources[1]![field] = 'x'.repeat(max + 1);
    });
    expect(error.message).toContain(`must be at most ${max} characters (it has ${max + 1})`);
    expect(error.message).toContain(field);
  });

  it('refuses a relationship from an entity to itself', async () => {
    const error = await loadError((files) => (relationship(files)['to'] = 'city:wenzhou'));
    expect(error.message).toBe(
      'relationships.yaml:2: relationship "city:wenzhou-[COOPERATES_WITH]->city:wenzhou": to: must differ from `from`: a relationship joins two entities, and "city:wenzhou" is both ends',
    );
  });

  it.each([
    ['CITY', 'city', { number: 3 }, 'attributes.number: only a TASK has `number` (this entity is a CITY)'],
    [
      'FUND',
      'fund',
      { title: 'Director' },
      'attributes.title: only a PERSON has `title` (this entity is a FUND)',
    ],
    [
      'PARK',
      'park',
      { province: 'Zhejiang' },
      'attributes.province: only a CITY, DISTRICT or REGION has `province` (this entity is a PARK)',
    ],
    [
      'ORGANIZATION',
      'organization',
      { latitude: 28 },
      'attributes.latitude: only a CITY, DISTRICT or REGION has `latitude` (this entity is an ORGANIZATION)',
    ],
    ['CITY', 'city', { year: 2025 }, 'attributes.year: only a MILESTONE has `year` (this entity is a CITY)'],
    [
      'PERSON',
      'person',
      { date: '2021' },
      'attributes.date: only an EVENT has `date` (this entity is a PERSON)',
    ],
  ])('refuses an attribute of another kind on a %s: %o', async (kind, prefix, attributes, problem) => {
    const error = await loadError((files) =>
      Object.assign(taizhou(files), { id: `${prefix}:taizhou`, kind, attributes }),
    );
    expect(error.message).toBe(`entities.yaml:18: entity "${prefix}:taizhou": ${problem}`);
  });

  it.each([
    [
      'a name of zero-width characters',
      (files: Files) => (wenzhou(files)['name'] = '\u200B\u200C\u200D\u2060\uFEFF'),
      'name',
    ],
    [
      'an alias of a soft hyphen and a Hangul filler',
      (files: Files) => (wenzhou(files)['aliases'] = ['\u00AD\u3164']),
      'aliases[0]',
    ],
    [
      'a description of line breaks, tabs and a zero-width space',
      (files: Files) => (wenzhou(files)['description'] = '\n\u200B\t\r\n'),
      'description',
    ],
    [
      'a note of zero-width spaces',
      (files: Files) => (evidenceOf(wenzhou(files))[1]!['note'] = ' \u200B \u200B '),
      'evidence[1].note',
    ],
  ])('refuses %s', async (_name, change, field) => {
    const error = await loadError(change);
    expect(error.message).toBe(
      `entities.yaml:2: entity "city:wenzhou": ${field}: must hold a visible character, not only white space or zero-width, format or control characters`,
    );
  });

  it.each([
    [
      'a NUL in a name',
      'name',
      'Wen\u0000zhou',
      'name: must not hold control characters or bidirectional overrides (U+0000 at character 4)',
    ],
    [
      'a bell in a description',
      'description',
      'A city\u0007',
      'description: must not hold control characters or bidirectional overrides (U+0007 at character 7)',
    ],
    [
      'a right-to-left override in a name',
      'name',
      '\u202Euohznew',
      'name: must not hold control characters or bidirectional overrides (U+202E at character 1)',
    ],
    [
      'a line break in a name',
      'name',
      'Wen\nzhou',
      'name: must not hold tabs or line breaks: it is shown on one line (U+000A at character 4)',
    ],
  ])('refuses %s, naming the character and where it is', async (_name, field, text, problem) => {
    const error = await loadError((files: Files) => (wenzhou(files)[field] = text));
    expect(error.message).toBe(`entities.yaml:2: entity "city:wenzhou": ${problem}`);
  });

  it('loads text with a zero-width joiner between visible characters', async () => {
    const files = validFiles();
    wenzhou(files)['aliases'] = ['温州', 'Wen\u200Dzhou 👩\u200D💻'];
    const dataset = await loadDataset(await writeDataset(files));
    expect(dataset.entities[0]!.aliases).toEqual(['温州', 'Wen\u200Dzhou 👩\u200D💻']);
  });

  // A key `__proto__` was passed over by z.record without a word, and the mention was lost.
  it.each([
    ['`__proto__`', '__proto__'],
    ['that is no entity id', 'Wenzhou'],
  ])('refuses a mention keyed by a key %s, naming the key', async (_name, key) => {
    const error = await loadError(
      (files) => (evidenceOf(wenzhou(files))[0]!['mentions'] = Object.fromEntries([[key, 'Wenzhou']])),
    );
    expect(error.message).toBe(
      `entities.yaml:2: entity "city:wenzhou": evidence[0].mentions.${key}: must look like \`city:wenzhou\` (lowercase, digits, hyphens)`,
    );
  });

  it('loads a travel time of 168 hours (a week), and refuses 1e308 and 168.5', async () => {
    const files = validFiles();
    relationship(files)['properties'] = { hours: 168 };
    const dataset = await loadDataset(await writeDataset(files));
    expect(dataset.relationships[0]!.properties).toEqual({ hours: 168 });
    for (const hours of [1e308, 168.5]) {
      const error = await loadError((changed) => (relationship(changed)['properties'] = { hours }));
      expect(error.message).toBe(
        'relationships.yaml:2: relationship "city:wenzhou-[COOPERATES_WITH]->city:taizhou": properties.hours: must be at most 168 (a week)',
      );
    }
  });
});
