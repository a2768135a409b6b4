import { readdir, readFile } from 'node:fs/promises';
import * as graphql from 'graphql';
import { getIntrospectionQuery, type GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDocumentLimits, checkQueryText, QUERY_LIMITS } from '../../src/graphql/guards/index.js';

// graphql-js's parser, counted: the cheap pass must refuse without it.
vi.mock('graphql', async (importOriginal) => {
  const actual = await importOriginal<typeof graphql>();
  return { ...actual, parse: vi.fn(actual.parse) };
});

const parse = vi.mocked(graphql.parse);
// The full path parses with the real parser: the mock would keep every tree it returned.
const { parse: realParse } = await vi.importActual<typeof graphql>('graphql');

beforeEach(() => {
  parse.mockClear();
});

const copies = (count: number, selection: string) => Array.from({ length: count }, () => selection).join(' ');

/** The probe's abuse: one field 1,200 times, under the token and byte limits. */
const REPEATED_1200 = `{ summary { ${copies(1200, 'entityCount')} } }`;

/** The same object field in 50 distinct fragments spread into one set. */
const SAME_FIELD_IN_50_FRAGMENTS = `{ entity(id: "city:wenzhou") { ${Array.from({ length: 50 }, (_, i) => `...f${i}`).join(' ')} } } ${Array.from(
  { length: 50 },
  (_, i) => `fragment f${i} on Entity { relationships(first: 1) { edges { other { id } } } }`,
).join(' ')}`;

/** What a client sees of an error: its message, locations and extensions. */
function seen(error: GraphQLError | null) {
  return error && { message: error.message, locations: error.locations, extensions: error.extensions };
}

/**
 * The answer of the full path for a text: the parser's syntax error (with `maxTokens`, as Apollo
 * parses), else the document limits on the parsed document.
 */
function fullPath(text: string): { syntaxError: GraphQLError } | { refusal: GraphQLError | null } {
  try {
    return { refusal: checkDocumentLimits(realParse(text, { maxTokens: QUERY_LIMITS.tokens })) };
  } catch (error) {
    return { syntaxError: error as GraphQLError };
  }
}

/**
 * The cheap pass agrees with the full path: where it answers, it answers as the full path does (a
 * refusal, or the parser's token-limit error); it leaves to the parser only what the parser refuses
 * or lets through, and documents with type-system definitions (`typeSystem`), which it does not read.
 */
function expectSameAnswer(text: string, options: { typeSystem?: boolean } = {}): void {
  const cheap = checkQueryText(text);
  const full = fullPath(text);
  const context = text.slice(0, 200);
  if (cheap !== null) {
    expect(seen(cheap), context).toEqual(seen('refusal' in full ? full.refusal : full.syntaxError));
  } else if ('refusal' in full && !options.typeSystem) {
    expect(seen(full.refusal), context).toBeNull();
  }
}

describe('the cheap pass refuses without parsing', () => {
  it('refuses 1,200 repetitions of one field from the text, never calling the parser', () => {
    expect(seen(checkQueryText(REPEATED_1200))).toEqual({
      message:
        'The query selects 1201 fields, counting each fragment where it is spread (limit 500): select fewer fields, or split the query.',
      locations: undefined,
      extensions: { code: 'LIMIT_EXCEEDED', limit: { name: 'queryFields', max: 500, requested: 1201 } },
    });
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses one field in 50 distinct fragments from the text, never calling the parser', () => {
    expect(checkQueryText(SAME_FIELD_IN_50_FRAGMENTS)?.extensions['limit']).toEqual({
      name: 'queryRepeatedSelections',
      max: 10,
      requested: 50,
    });
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses a varied abusive document just the same: the refusal is not remembered per text', () => {
    const refusals = Array.from({ length: 20 }, (_, index) =>
      checkQueryText(`{ summary { ${copies(600 + index, `f${index}: entityCount`)} } }`),
    );
    expect(refusals.map((refusal) => refusal?.extensions['limit'])).toEqual(
      Array.from({ length: 20 }, (_, index) => ({ name: 'queryAliases', max: 15, requested: 600 + index })),
    );
    expect(parse).not.toHaveBeenCalled();
  });

  it("gives the parser's own error past 5,000 tokens, at the same token", () => {
    const text = `{ summary { ${copies(5000, 'entityCount')} } }`;
    const error = checkQueryText(text);
    expect(parse).not.toHaveBeenCalled();
    expect(seen(error)).toEqual({
      message: 'Syntax Error: Document contains more that 5000 tokens. Parsing aborted.',
      // The 5,001st token is the 4,998th copy of the field, after `{ summary { `.
      locations: [{ line: 1, column: '{ summary { '.length + 4997 * 'entityCount '.length + 1 }],
      extensions: {},
    });
    expectSameAnswer(text);
  });

  it('gives no verdict on a syntax error or a type-system definition: the parser answers those', () => {
    expect(checkQueryText(`{ summary { ${copies(600, 'entityCount')} }`)).toBeNull();
    expect(checkQueryText(`{ summary { ${copies(600, 'entityCount')} } } type T { a: Int }`)).toBeNull();
    expect(checkQueryText(`"described" { summary { entityCount } }`)).toBeNull();
  });

  it('passes a well-formed query on', () => {
    expect(checkQueryText('query Q($id: ID!) { entity(id: $id) { id name } }')).toBeNull();
  });
});

describe('the cheap pass answers as the full path does', () => {
  it('on every example query and the introspection query', async () => {
    const directory = new URL('../../examples/', import.meta.url);
    const fragmentsDirectory = new URL('fragments/', directory);
    const fragments = await Promise.all(
      (await readdir(fragmentsDirectory)).map((name) => readFile(new URL(name, fragmentsDirectory), 'utf8')),
    );
    const examples = (await readdir(directory)).filter((name) => name.endsWith('.graphql'));
    expect(examples.length).toBeGreaterThan(5);
    for (const name of examples) {
      const text = await readFile(new URL(name, directory), 'utf8');
      expectSameAnswer(text);
      expectSameAnswer(`${text}\n${fragments.join('\n')}`);
    }
    expectSameAnswer(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }));
  });

  it.each([
    ['the probe abuse', REPEATED_1200],
    ['50 fragments', SAME_FIELD_IN_50_FRAGMENTS],
    ['depth 13', `{ ${'a { '.repeat(12)}b${' }'.repeat(12)} }`],
    ['16 aliases', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: summary { entityCount }`).join(' ')} }`],
    ['51 directives', `{ summary { ${copies(51, 'entityCount @include(if: true)')} } }`],
    [
      '51 directives on spreads',
      `{ ${copies(51, '...F @skip(if: false)')} } fragment F on Query { __typename }`,
    ],
    ['operation directives', `query Q @a @b { x } `.replace('@a @b', copies(51, '@d'))],
    ['fragment directives', `{ ...F } fragment F on Query ${copies(51, '@d')} { x }`],
    ['11 repeats', `{ summary { ${copies(11, 'entityCount')} } }`],
    ['10 repeats', `{ summary { ${copies(10, 'entityCount')} } }`],
    ['repeats in an inline fragment', `{ e { ${copies(12, '... on City { name }')} } }`],
    ['repeats through spreads', `{ e { ${copies(13, '...n')} } } fragment n on Entity { name }`],
    ['repeats under introspection', `{ __schema { types { ${copies(11, 'name')} } } }`],
    ['fields under introspection do not count', `{ __schema { ${copies(600, 'types { name }')} } }`],
    ['aliased introspection', `{ ${Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ')} }`],
    ['fragment bomb', bomb()],
    [
      'cyclic fragments',
      `{ ...A } fragment A on Q { a ...B } fragment B on Q { b ...A ${copies(600, 'c')} }`,
    ],
    ['cycle met from the other side', `{ ...B } fragment A on Q { a ...B } fragment B on Q { b ...A }`],
    ['unknown spread', `{ ...Nowhere x }`],
    ['duplicate fragment names', `{ ...A } fragment A on Q { a } fragment A on Q { ${copies(501, 'b')} }`],
    ['unused fragment over the field limit', `{ a } fragment U on Q { ${copies(501, 'b')} }`],
    ['two operations', `query A { ${copies(11, 'a')} } query B { ${copies(600, 'b')} }`],
    ['bytes', `{ summary { entityCount } } # ${'x'.repeat(20_000)}`],
    ['bytes of wide characters', `{ summary { entityCount } } # ${'城'.repeat(7000)}`],
    ['bytes under token errors', `{ a ${'x'.repeat(20_000)} `],
    [
      'everything the grammar allows',
      `"d" query Q("v" $a: [Int!]! = [1, 2] @c(x: {y: [1.5, "s", """b""", null, true, E]}), $b: In) @o {
         x: f(a: $a, b: {c: $b}, d: []) @i(if: $b) { ... on T @t { y } ...F @s }
       }
       "f" fragment F on T @f { z(o: {}) }
       mutation { m } subscription S { s }`,
    ],
    ['a description on a shorthand query', `"d" { a }`],
    ['a variable in a constant', `query ($a: Int = $b) { a }`],
    ['a fragment named on', `{ ...on } fragment on on Q { a }`],
    ['an empty document', ``],
    ['a comment only', `# nothing`],
    ['an unterminated string', `{ a(s: "x) }`],
  ])('on %s', (_name, text) => {
    expectSameAnswer(text);
  });

  it('leaves documents with type-system definitions to the full path', () => {
    for (const text of [
      `extend type Q { a: Int } { ${copies(600, 'a')} }`,
      `{ ${copies(600, 'a')} } scalar S`,
      `"d" type T { a: Int } { a }`,
    ]) {
      expect(checkQueryText(text)).toBeNull();
      expectSameAnswer(text, { typeSystem: true });
    }
  });

  it('on 1,000 random documents and their mutilations', () => {
    const random = seededRandom(20261201);
    for (let index = 0; index < 1000; index += 1) {
      const text = randomDocument(random);
      expectSameAnswer(text);
      expectSameAnswer(mutilate(text, random));
    }
  });
});

/** Fragments that each spread the previous one twice: 2^20 fields from a few hundred bytes. */
function bomb(): string {
  const fragments = Array.from(
    { length: 20 },
    (_, i) => `fragment F${i + 1} on Q { a: f { ...F${i} } b: f { ...F${i} } }`,
  );
  return `{ ...F20 } fragment F0 on Q { leaf } ${fragments.join(' ')}`;
}

type Random = () => number;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function seededRandom(seed: number): Random {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const NAMES = ['a', 'b', 'c', 'on', '__typename', '__schema', 'name', 'query', 'fragment'];
const FRAGMENTS = ['F', 'G', 'H'];

function randomValue(random: Random, depth: number): string {
  const roll = random();
  if (depth > 2 || roll < 0.5) return pick(random, ['1', '2.5', '"s"', 'true', 'null', 'E', '$v']);
  if (roll < 0.75) return `[${randomValue(random, depth + 1)} ${randomValue(random, depth + 1)}]`;
  return `{ k: ${randomValue(random, depth + 1)} }`;
}

function randomDirectives(random: Random): string {
  const roll = random();
  const count = roll < 0.85 ? 0 : roll < 0.98 ? 1 + Math.floor(random() * 3) : 20 + Math.floor(random() * 40);
  return Array.from({ length: count }, () => ` @${pick(random, NAMES)}(if: ${randomValue(random, 1)})`).join(
    '',
  );
}

function randomSelectionSet(random: Random, depth: number): string {
  const selections: string[] = [];
  const count = 1 + Math.floor(random() * (random() < 0.05 ? 30 : 5));
  for (let index = 0; index < count; index += 1) {
    const roll = random();
    if (roll < 0.15) selections.push(`...${pick(random, FRAGMENTS)}${randomDirectives(random)}`);
    else if (roll < 0.25 && depth < 4)
      selections.push(`... on T${randomDirectives(random)} ${randomSelectionSet(random, depth + 1)}`);
    else {
      const alias = random() < 0.2 ? `${pick(random, NAMES)}: ` : '';
      const args = random() < 0.2 ? `(x: ${randomValue(random, 0)})` : '';
      // Deep enough for the depth limit now and then, without growing exponentially.
      const child =
        random() < 0.7 / (depth + 1) && depth < 14 ? ` ${randomSelectionSet(random, depth + 1)}` : '';
      selections.push(`${alias}${pick(random, NAMES)}${args}${randomDirectives(random)}${child}`);
    }
  }
  return `{ ${selections.join(random() < 0.5 ? ' ' : ', ')} }`;
}

function randomDocument(random: Random): string {
  let operation = randomSelectionSet(random, 0);
  // Now and then a chain of fields around it, for the depth limit.
  if (random() < 0.05) operation = `{ ${'a { '.repeat(11)}${operation.slice(1, -1)}${' }'.repeat(11)} }`;
  const definitions = [
    random() < 0.5
      ? operation
      : `query Q($v: Int = ${randomValue(random, 0).replace('$v', '1')})${randomDirectives(random)} ${operation}`,
  ];
  for (const name of FRAGMENTS) {
    if (random() < 0.6)
      definitions.push(`fragment ${name} on T${randomDirectives(random)} ${randomSelectionSet(random, 0)}`);
  }
  return definitions.join('\n');
}

/** Deletes, duplicates or inserts a few characters, to reach the parser's error paths. */
function mutilate(text: string, random: Random): string {
  let result = text;
  for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits -= 1) {
    const at = Math.floor(random() * (result.length + 1));
    const roll = random();
    if (roll < 0.4) result = result.slice(0, at) + result.slice(at + 1);
    else if (roll < 0.7)
      result =
        result.slice(0, at) +
        pick(random, ['{', '}', '(', ')', ':', '$', '@', '...', '"', '!', '[', ']', 'on', '=']) +
        result.slice(at);
    else result = result.slice(0, at) + result.slice(at, at + 20) + result.slice(at);
  }
  return result;
}
