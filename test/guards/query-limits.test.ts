import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  getIntrospectionQuery,
  Kind,
  parse,
  type IntrospectionOptions,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/graphql/context.js';
import {
  EXPORT_COST_PER_ENTITY,
  K_SHORTEST_SEARCH_COST,
  TEXT_CHARACTERS_PER_COST,
} from '../../src/graphql/guards/estimate-field-cost.js';
import { computeQueryCost, QUERY_LIMITS } from '../../src/graphql/guards/index.js';
import { createSchema } from '../../src/graphql/schema.js';
import { WRITE_LIMITS } from '../../src/validation/index.js';
import { loadExampleTabs } from '../../scripts/workbench-examples.js';
import {
  countingStore,
  createGraphQLHarness,
  dataOf,
  onlyError,
  type CountingStore,
  type GraphQLHarness,
  type TestResult,
} from '../support/graphql-harness.js';

/**
 * Every structural limit and the cost limit refuse an operation before it runs, with LIMIT_EXCEEDED,
 * `extensions.limit` and a message that says how to stay under the limit. Messages are pinned.
 */

let harness: GraphQLHarness;

beforeAll(async () => {
  harness = await createGraphQLHarness();
});

afterAll(async () => {
  await harness.stop();
});

/** `entity(id) { relationships { edges { other { … } } } }` nested `hops` times. */
function relayHops(hops: number, leaf = 'name'): string {
  let selection = leaf;
  for (let hop = 0; hop < hops; hop += 1)
    selection = `relationships(first: 2) { edges { other { ${selection} } } }`;
  return `{ entity(id: "city:wenzhou") { ${selection} } }`;
}

/** The HTTP status Apollo would answer an operation with. */
async function statusOf(query: string): Promise<number | undefined> {
  const response = await harness.server.executeOperation(
    { query },
    { contextValue: createContext({ store: harness.store, requestId: 'test-request' }) },
  );
  return response.http.status;
}

describe('depth', () => {
  it('allows three Relay hops from an entity (depth 11)', async () => {
    const result = await harness.execute(relayHops(3));
    expect(result.errors).toBeUndefined();
  });

  it('refuses a query nested deeper than 12 levels, saying how to ask for less', async () => {
    const result = await harness.execute(relayHops(4));
    expect(result.data).toBeUndefined();
    expect(onlyError(result)).toEqual({
      message:
        'The query is nested 14 levels deep (limit 12): ask for fewer levels, and fetch deeper parts in a second query from their ids.',
      extensions: {
        code: 'LIMIT_EXCEEDED',
        limit: { name: 'queryDepth', max: 12, requested: 14 },
        requestId: 'test-request',
      },
    });
    expect(await statusOf(relayHops(4))).toBe(400);
  });

  it('counts fields of fragments and inline fragments where they are spread', async () => {
    const deep = relayHops(3).replace('{ name }', '{ ...deeper }');
    const query = `${deep.replace(/name/, '...deeper')} fragment deeper on Entity { ... on City { relationships { edges { other { name } } } } }`;
    const error = onlyError(await harness.execute(query));
    expect(error.extensions?.['limit']).toEqual({ name: 'queryDepth', max: 12, requested: 14 });
  });
});

describe('aliases', () => {
  it('refuses more than 15 aliases', async () => {
    const fields = Array.from({ length: 16 }, (_, index) => `e${index}: entity(id: "city:wenzhou") { name }`);
    const error = onlyError(await harness.execute(`{ ${fields.join(' ')} }`));
    expect(error).toEqual({
      message:
        'The query uses 16 aliases (limit 15): fetch several objects with one `nodes(ids:)` call, or split the query.',
      extensions: {
        code: 'LIMIT_EXCEEDED',
        limit: { name: 'queryAliases', max: 15, requested: 16 },
        requestId: 'test-request',
      },
    });
  });

  it('allows 15 aliases', async () => {
    const fields = Array.from({ length: 15 }, (_, index) => `e${index}: entity(id: "city:wenzhou") { name }`);
    dataOf(await harness.execute(`{ ${fields.join(' ')} }`));
  });

  it('counts an aliased fragment every time it is spread', async () => {
    const query = `{ a: summary { ...counts } b: summary { ...counts } } fragment counts on GraphSummary { ${Array.from(
      { length: 7 },
      (_, index) => `c${index}: entityCount`,
    ).join(' ')} }`;
    expect(onlyError(await harness.execute(query)).extensions?.['limit']).toEqual({
      name: 'queryAliases',
      max: 15,
      requested: 16,
    });
  });
});

describe('directives', () => {
  it('refuses more than 50 directives', async () => {
    const fields = Array.from({ length: 51 }, () => 'entityCount @include(if: true)');
    const error = onlyError(await harness.execute(`{ summary { ${fields.join(' ')} } }`));
    expect(error.message).toBe(
      'The query uses 51 directives (limit 50): use fewer `@include`/`@skip`, or split the query.',
    );
    expect(error.extensions?.['limit']).toEqual({ name: 'queryDirectives', max: 50, requested: 51 });
  });
});

describe('fields', () => {
  it('refuses more than 500 field selections, counting each spread of a fragment', async () => {
    // 8 fields × 8 spreads × 8 spreads: small text, 512 selections once expanded (+ the root field).
    const query = `{ summary { ...a } }
      fragment a on GraphSummary { ...b ...b ...b ...b ...b ...b ...b ...b }
      fragment b on GraphSummary { ...c ...c ...c ...c ...c ...c ...c ...c }
      fragment c on GraphSummary { entityCount relationshipCount entityCount relationshipCount entityCount relationshipCount entityCount relationshipCount }`;
    const error = onlyError(await harness.execute(query));
    expect(error).toEqual({
      message:
        'The query selects 513 fields, counting each fragment where it is spread (limit 500): select fewer fields, or split the query.',
      extensions: {
        code: 'LIMIT_EXCEEDED',
        limit: { name: 'queryFields', max: 500, requested: 513 },
        requestId: 'test-request',
      },
    });
  });

  it('refuses a fragment bomb quickly, with a finite count', async () => {
    const levels = Array.from(
      { length: 30 },
      (_, index) => `fragment f${index} on GraphSummary { ...f${index + 1} ...f${index + 1} }`,
    );
    const query = `{ summary { ...f0 } } ${levels.join(' ')} fragment f30 on GraphSummary { entityCount }`;
    const started = Date.now();
    const error = onlyError(await harness.execute(query));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.extensions?.['limit']).toEqual({ name: 'queryFields', max: 500, requested: 2 ** 30 + 1 });
  });
});

describe('tokens', () => {
  it('refuses a document of more than 5000 tokens at parse time', async () => {
    const fields = Array.from({ length: 5000 }, () => 'entityCount').join(' ');
    const error = onlyError(await harness.execute(`{ summary { ${fields} } }`));
    // graphql-js's own wording, typo included ("more that").
    expect(error).toEqual({
      message: 'Syntax Error: Document contains more that 5000 tokens. Parsing aborted.',
      locations: [{ line: 1, column: expect.any(Number) }],
      extensions: { code: 'GRAPHQL_PARSE_FAILED', requestId: 'test-request' },
    });
  });

  it('refuses thousands of repeated fields under the token limit before validating them', async () => {
    // Under the token limit, but OverlappingFieldsCanBeMerged would compare every pair; the size
    // limits refuse the document first (see document-limits.test.ts).
    const fields = Array.from({ length: 2600 }, () => 'entityCount').join(' ');
    expect(onlyError(await harness.execute(`{ summary { ${fields} } }`)).extensions).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: { name: 'queryDocumentBytes', max: 20000, requested: 31215 },
      requestId: 'test-request',
    });
  });
});

describe('cost', () => {
  it('reports the cost of every resolved operation in extensions.cost', async () => {
    const result = await harness.execute('{ entities(first: 5) { edges { node { id name } } } }');
    expect(result.errors).toBeUndefined();
    // 1 + 5 × (edges 1 + node 1)
    expect(result.extensions?.['cost']).toEqual({
      requestedQueryCost: 11,
      maximumAvailable: QUERY_LIMITS.cost,
    });
  });

  it('multiplies nested pages and refuses a query over 50,000, with the cost in the message', async () => {
    const query = `{ entities(first: 100) { edges { node { relationships(first: 100) { edges { other { relationships(first: 100) { edges { node { id } } } } } } } } } }`;
    const result = await harness.execute(query);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      {
        message:
          'This query would cost 2030301 (limit 50000): lower `first` or `limit` values, or split the query.',
        extensions: {
          code: 'LIMIT_EXCEEDED',
          limit: { name: 'queryCost', max: 50000, requested: 2030301 },
          requestId: 'test-request',
        },
      },
    ]);
    expect(result.extensions?.['cost']).toEqual({ requestedQueryCost: 2030301, maximumAvailable: 50000 });
    expect(await statusOf(query)).toBe(400);
  });

  it('takes first from variables, and the schema default when it is absent', async () => {
    const query =
      'query ($n: Int) { entity(id: "city:wenzhou") { relationships(first: $n) { edges { other { id } } } } }';
    expect((await harness.execute(query, { n: 3 })).extensions?.['cost']).toMatchObject({
      requestedQueryCost: 8,
    });
    // Default first: 20 → 1 + 1 + 20 × 2.
    expect((await harness.execute(query)).extensions?.['cost']).toMatchObject({ requestedQueryCost: 42 });
  });

  // A null size is answered with the argument's default (`first ?? 20`), so it is priced so: priced
  // as 0, an explicit null hid a query of 242,441 objects behind a cost of 1.
  it('prices a size given as null (a literal or a variable) at the default the resolver uses', async () => {
    const nested = (size: string) =>
      `{ neighborhood(id: "city:wenzhou", depth: ${size}, limit: ${size}) { nodes { relationships(first: ${size}) { edges { other { relationships(first: ${size}) { edges { cursor } } } } } } } }`;
    // Defaults depth 1, limit 200, first 20: 1 + 200 × 2 + 200 × (1 + 1 + 20 × (2 + 1 + 20 × 1)).
    const costOfDefaults = 1 + 200 * 2 + 200 * (2 + 20 * (3 + 20));
    for (const query of [nested('null'), nested('$n').replace('{', 'query ($n: Int) {')]) {
      const error = onlyError(await harness.execute(query, { n: null }));
      expect(error.extensions?.['limit']).toEqual({
        name: 'queryCost',
        max: 50000,
        requested: costOfDefaults,
      });
    }
    const paths = await harness.execute(
      '{ paths(from: "city:taizhou", to: "district:jiading", first: null, maxHops: null) { length } }',
    );
    // Defaults first 10, maxHops 6: 1 + 10 × 6 × (1 + 0).
    expect(paths.extensions?.['cost']).toMatchObject({ requestedQueryCost: 61 });
  });

  it('leaves a first above its own maximum to the resolver, whose message is more precise', async () => {
    const error = onlyError(await harness.execute('{ entities(first: 1000000) { totalCount } }'));
    expect(error.message).toBe(
      '`first` may be at most 100 (got 1000000). Page through the rest with `after: pageInfo.endCursor`.',
    );
  });

  it('prices a neighbourhood by limit × (1 + depth) plus its selection per entity', async () => {
    const result = await harness.execute(
      '{ neighborhood(id: "city:wenzhou", depth: 3, limit: 500) { nodes { relationships(first: 100) { edges { other { id } } } } } }',
    );
    // 1 + 500 × 4 + 500 × (nodes 1 + relationships 1 + 100 × 2)
    expect(onlyError(result).extensions?.['limit']).toEqual({
      name: 'queryCost',
      max: 50000,
      requested: 103001,
    });
  });

  it('prices fragments on interfaces by the dearest possible type, and honours @skip', async () => {
    const query = `query ($skip: Boolean!) { search(query: "wenzhou", first: 10) { entity { ...on City { relationships(first: 10) @skip(if: $skip) { edges { other { id } } } } ...named } } }
      fragment named on Entity { name }`;
    // 1 + 10 × (entity 1 + relationships 1 + 10 × 2)
    expect((await harness.execute(query, { skip: false })).extensions?.['cost']).toMatchObject({
      requestedQueryCost: 221,
    });
    expect((await harness.execute(query, { skip: true })).extensions?.['cost']).toMatchObject({
      requestedQueryCost: 11,
    });
  });

  it('leaves variables that do not fit to Apollo, which refuses them as bad input', async () => {
    const result = await harness.execute('query ($n: Int) { entities(first: $n) { totalCount } }', {
      n: 'many',
    });
    expect(onlyError(result).extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.extensions?.['cost']).toBeUndefined();
  });

  it('costs a document once when no variable sizes it, and per request when one does', async () => {
    // $id sizes nothing: every id costs the same, and a second request takes the first one's cost.
    const byId =
      'query ($id: ID!) { entity(id: $id) { relationships(first: 4) { edges { other { id } } } } }';
    for (const id of ['city:wenzhou', 'city:taizhou']) {
      expect((await harness.execute(byId, { id })).extensions?.['cost']).toMatchObject({
        requestedQueryCost: 10,
      });
    }
    // A variable that sizes a page in a fragment, or decides an @include, is priced with each value.
    const sized = `query ($n: Int, $more: Boolean!) { ...page }
      fragment page on Query { entities(first: $n) { edges { node { id } } } search(query: "wenzhou", first: 10) @include(if: $more) { score } }`;
    const costOf = async (variables: Record<string, unknown>) =>
      (await harness.execute(sized, variables)).extensions?.['cost'];
    expect(await costOf({ n: 3, more: false })).toMatchObject({ requestedQueryCost: 7 });
    expect(await costOf({ n: 7, more: false })).toMatchObject({ requestedQueryCost: 15 });
    expect(await costOf({ n: 7, more: true })).toMatchObject({ requestedQueryCost: 16 });
  });

  it('still leaves variables that do not fit to Apollo after the document was costed once', async () => {
    const query = 'query ($id: ID!) { entity(id: $id) { name } }';
    expect((await harness.execute(query, { id: 'city:wenzhou' })).extensions?.['cost']).toMatchObject({
      requestedQueryCost: 1,
    });
    const result = await harness.execute(query, { id: { not: 'an id' } });
    expect(onlyError(result).extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.extensions?.['cost']).toBeUndefined();
  });

  it('keeps introspection usable: the full introspection query passes every limit', async () => {
    const result = await harness.execute(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.['cost']).toEqual({
      requestedQueryCost: expect.any(Number),
      maximumAvailable: 50000,
    });
  });
});

/** The objects (not lists or scalars) a result's data holds. */
function objectsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + objectsIn(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Object.values(value).reduce((sum: number, item) => sum + objectsIn(item), 0);
}

/** A refusal by the cost limit, with the cost it names. */
function costRefusal(result: TestResult): number {
  expect(result.data).toBeUndefined();
  const error = onlyError(result);
  expect(error.extensions?.['code']).toBe('LIMIT_EXCEEDED');
  const limit = error.extensions?.['limit'] as { name: string; max: number; requested: number };
  expect(limit).toMatchObject({ name: 'queryCost', max: QUERY_LIMITS.cost });
  expect(error.message).toBe(
    `This query would cost ${limit.requested} (limit ${QUERY_LIMITS.cost}): lower \`first\` or \`limit\` values, or split the query.`,
  );
  return limit.requested;
}

const costOf = (result: TestResult) =>
  (result.extensions?.['cost'] as { requestedQueryCost: number }).requestedQueryCost;

// The audit of the cost limit (docs/limits.md): fields whose answer can be large, or whose work is,
// were priced as one object or as nothing, so a small query stayed under the limit and returned
// 110 MB of source text, 9.8 MB of exports or 1.9 MB of introspection.
describe('cost of long text', () => {
  const wenzhouTimes = (n: number) => JSON.stringify(Array<string>(n).fill('city:wenzhou'));

  it('prices Source.text at the longest text a source may hold, and still lets the plan reader read one', async () => {
    // Each of 5 × 10 relationships' evidence carries the whole source text: cost 206 before.
    const query = `{ nodes(ids: ${wenzhouTimes(5)}) { ... on Entity { relationships(first: 10) { edges { node { evidence { source { text } } } } } } } }`;
    const text = Math.ceil(WRITE_LIMITS.sourceText / TEXT_CHARACTERS_PER_COST);
    expect(costRefusal(await harness.execute(query))).toBe(1 + 5 * (1 + 10 * (4 + text)));

    // PlanReaderSource (apps/explorer/operations/plan-reader.graphql): one source, with its text.
    const reader = await harness.execute(
      '{ source(id: "wenzhou-yrd-action-plan-2020") { id title publisher published text } }',
    );
    expect(dataOf(reader)['source'].text.length).toBeGreaterThan(10000);
    expect(costOf(reader)).toBe(1 + text);
    expect(costOf(reader)).toBeLessThanOrEqual(QUERY_LIMITS.cost / 4);
  });

  it('prices Evidence.context by its `chars` and the longest quote', async () => {
    // 10 × 100 relationships, each evidence with 2 × 2000 characters of context: cost 3,011 before.
    const query = (chars: string) =>
      `query${chars === '$chars' ? ' ($chars: Int)' : ''} { nodes(ids: ${wenzhouTimes(10)}) { ... on Entity { relationships(first: 100) { edges { node { evidence { context(chars: ${chars}) } } } } } } }`;
    const context = (chars: number) => Math.ceil((2 * chars + WRITE_LIMITS.quote) / TEXT_CHARACTERS_PER_COST);
    expect(costRefusal(await harness.execute(query('2000')))).toBe(1 + 10 * (1 + 100 * (3 + context(2000))));
    // From a variable too (it is a cost argument), and null is priced as the default 200.
    expect(costRefusal(await harness.execute(query('$chars'), { chars: 2000 }))).toBe(
      1 + 10 * (1 + 100 * (3 + context(2000))),
    );
    const one = '{ entity(id: "city:wenzhou") { evidence { context(chars: $chars) } } }';
    for (const [chars, cost] of [
      [0, 1 + 1 + context(0)],
      [null, 1 + 1 + context(200)],
      [2000, 1 + 1 + context(2000)],
    ] as const) {
      const result = await harness.execute(`query ($chars: Int) ${one}`, { chars });
      expect(result.errors).toBeUndefined();
      expect(costOf(result)).toBe(cost);
    }
  });

  it('refuses before anything is read from the store', async () => {
    let counter: CountingStore | undefined;
    const counting = await createGraphQLHarness({
      wrapStore: (store) => (counter = countingStore(store)).store,
    });
    try {
      const query = `{ nodes(ids: ${wenzhouTimes(5)}) { ... on Entity { relationships(first: 10) { edges { node { evidence { source { text } } } } } } } }`;
      costRefusal(await counting.execute(query));
      expect(counter!.total()).toBe(0);
      dataOf(await counting.execute('{ source(id: "wenzhou-yrd-action-plan-2020") { text } }'));
      expect(counter!.calls.sourceTexts).toBe(1);
    } finally {
      await counting.stop();
    }
  });
});

// BUG: fifteen aliases of a K_SHORTEST search between hubs, each priced at about 400, ran Neo4j out of
// memory (its search holds up to 50,000 trails before it keeps the simple paths).
describe('cost of a K_SHORTEST search', () => {
  const kShortest = (alias: string, variables = false) =>
    `${alias}: paths(from: "region:pearl-river-delta", to: "region:eastern-jiangxi", mode: ${variables ? '$mode' : 'K_SHORTEST'}, maxHops: 8, first: 50) { length }`;
  const pathsCost = 1 + 50 * 8 * (1 + 0);

  it('adds K_SHORTEST_SEARCH_COST to each, so a request holds at most three', async () => {
    const three = await harness.execute(`{ ${['a', 'b', 'c'].map((alias) => kShortest(alias)).join(' ')} }`);
    expect(costOf(three)).toBe(3 * (K_SHORTEST_SEARCH_COST + pathsCost));
    const four = `{ ${['a', 'b', 'c', 'd'].map((alias) => kShortest(alias)).join(' ')} }`;
    expect(costRefusal(await harness.execute(four))).toBe(4 * (K_SHORTEST_SEARCH_COST + pathsCost));
  });

  it('prices a mode given by a variable per request, and leaves ALL_SHORTEST as it was', async () => {
    const query = `query ($mode: PathMode) { ${['a', 'b', 'c', 'd'].map((alias) => kShortest(alias, true)).join(' ')} }`;
    expect(costRefusal(await harness.execute(query, { mode: 'K_SHORTEST' }))).toBe(
      4 * (K_SHORTEST_SEARCH_COST + pathsCost),
    );
    expect(costOf(await harness.execute(query, { mode: 'ALL_SHORTEST' }))).toBe(4 * pathsCost);
  });
});

describe('cost of export', () => {
  const neighbourhoodExport = (alias: string, format: string) =>
    `${alias}: neighborhood(id: "city:wenzhou", depth: 3, limit: 500) { export(format: ${format}) { content } }`;

  it('prices export per entity of the subgraph it writes, so aliased exports are refused', async () => {
    // Eight of the audit's fifteen: cost 20,008 before, and 5 MB of files.
    const query = `{ ${Array.from({ length: 8 }, (_, index) => neighbourhoodExport(`a${index}`, index % 2 ? 'GRAPHML' : 'GEXF')).join(' ')} }`;
    const one = 1 + 500 * (1 + 3) + 500 * EXPORT_COST_PER_ENTITY;
    expect(costRefusal(await harness.execute(query))).toBe(8 * one);
  });

  it('still exports one neighbourhood, even the largest, and a path', async () => {
    const result = await harness.execute(`{ ${neighbourhoodExport('a', 'GEXF')} }`);
    expect(dataOf(result)['a'].export.content).toContain('<gexf');
    expect(costOf(result)).toBe(1 + 500 * 4 + 500 * EXPORT_COST_PER_ENTITY);
    expect(costOf(result)).toBeLessThanOrEqual(QUERY_LIMITS.cost / 4);

    const path = await harness.execute(
      '{ shortestPath(from: "city:taizhou", to: "district:jiading", maxHops: 8) { export(format: D3) { content } } }',
    );
    expect(dataOf(path)['shortestPath'].export.content).toContain('links');
    // 1 + maxHops × (1 + the path's selection).
    expect(costOf(path)).toBe(1 + 8 * (1 + EXPORT_COST_PER_ENTITY));
  });

  it('lets the explorer export what it draws (ExplorerExport: a selection of up to 2,000 entities)', async () => {
    const query = `query ($selection: GraphSelection, $format: ExportFormat!) { graph(selection: $selection) { export(format: $format) { fileName contentType content } } }`;
    // What apps/explorer/shown-selection.ts asks for when depth 0 is refused: the seeds' neighbourhood.
    const selection = { around: ['city:wenzhou', 'city:taizhou'], depth: 1, limit: 2000 };
    const result = await harness.execute(query, { selection, format: 'CSV_NODES' });
    expect(dataOf(result)['graph'].export.content).toContain('city:wenzhou');
    expect(costOf(result)).toBe(1 + 2000 * (1 + 1) + 2000 * EXPORT_COST_PER_ENTITY);
    expect(costOf(result)).toBeLessThanOrEqual(QUERY_LIMITS.cost / 2);
  });
});

describe('cost of introspection', () => {
  const OPTION_VARIANTS: IntrospectionOptions[] = [
    {},
    { descriptions: false },
    // GraphiQL, Apollo Sandbox, graphql-codegen and urql's tooling ask for some or all of these.
    {
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    },
    {
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    },
    { inputValueDeprecation: true, typeDepth: 3 },
  ];

  it.each(OPTION_VARIANTS)(
    'passes the standard introspection query (%o) at a cost that bounds what it returns',
    async (options) => {
      const result = await harness.execute(getIntrospectionQuery(options));
      expect(result.errors).toBeUndefined();
      const cost = costOf(result);
      expect(cost).toBeGreaterThanOrEqual(objectsIn(result.data));
      expect(cost).toBeLessThanOrEqual(QUERY_LIMITS.cost / 10);
    },
  );

  it('passes a single type lookup, as editors send for completion', async () => {
    const result = await harness.execute(
      '{ __type(name: "City") { name kind fields { name args { name } type { kind name ofType { kind name } } } } }',
    );
    expect(dataOf(result)['__type'].name).toBe('City');
    expect(costOf(result)).toBeGreaterThanOrEqual(objectsIn(result.data));
    expect(costOf(result)).toBeLessThanOrEqual(1000);
  });

  it('refuses aliased copies of a nested introspection query (cost 0 before)', async () => {
    const inner =
      'types { name description fields(includeDeprecated: true) { name description type { name description fields { name description args { name description } type { name description } } } args { name description type { name description fields { name description } } } } }';
    const one = await harness.execute(`{ __schema { ${inner} } }`);
    expect(one.errors).toBeUndefined();
    expect(costOf(one)).toBeGreaterThanOrEqual(objectsIn(one.data));
    const three = `{ ${['a', 'b', 'c'].map((alias) => `${alias}: __schema { ${inner} }`).join(' ')} }`;
    expect(costRefusal(await harness.execute(three))).toBe(3 * costOf(one));
  });

  it('refuses introspection nested as deep as graphql-js allows, multiplying its lists', async () => {
    // Two levels of `fields` (graphql-js refuses three), then the lists it does not count.
    const query =
      '{ __schema { types { fields { type { fields { args { type { enumValues { name } } } } } } } } }';
    costRefusal(await harness.execute(query));
  });

  it('honours @skip in introspection', async () => {
    const query = `query ($skip: Boolean!) { __schema { types { name fields @skip(if: $skip) { name type { name fields { name } } } } } }`;
    const skipped = await harness.execute(query, { skip: true });
    expect(skipped.errors).toBeUndefined();
    expect(costOf(skipped)).toBeLessThan(costOf(await harness.execute(query, { skip: false })));
  });
});

describe('cost of what the explorer, the workbench and the examples send', () => {
  /** The cost of one operation of `text` with `variables`. */
  function operationCost(text: string, name: string | undefined, variables: Record<string, unknown>): number {
    const document = parse(text);
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        (name === undefined || definition.name?.value === name),
    );
    if (!operation) throw new Error(`no operation ${name ?? ''}`);
    return computeQueryCost({ schema: createSchema(), document, operation, variables });
  }

  it('keeps every explorer operation under half the limit, with the largest variables it sends', async () => {
    const directory = 'apps/explorer/operations';
    const files = (await readdir(directory)).filter((file) => file.endsWith('.graphql'));
    const text = (await Promise.all(files.map((file) => readFile(path.join(directory, file), 'utf8')))).join(
      '\n',
    );
    // apps/explorer/shown-selection.ts: at most 2,000 entities around what is drawn, depth 0 or 1.
    const ids = Array.from({ length: 100 }, (_, index) => `city:c${index}`);
    const selection = { around: ids, depth: 1, limit: 2000 };
    const variables: Record<string, unknown> = {
      id: 'city:wenzhou',
      ids: ids.slice(0, 50),
      from: 'city:wenzhou',
      to: 'city:taizhou',
      query: 'wenzhou',
      source: 'wenzhou-yrd-action-plan-2020',
      start: 0,
      end: 100,
      first: 100,
      selection,
      format: 'GEXF',
    };
    const names = parse(text)
      .definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .map((definition) => (definition as OperationDefinitionNode).name!.value);
    expect(names).toContain('PlanReaderSource');
    expect(names).toContain('ExplorerExport');
    for (const name of names) {
      expect(operationCost(text, name, variables), name).toBeLessThanOrEqual(QUERY_LIMITS.cost / 2);
    }
  });

  it('keeps every example (the workbench tabs, the client package) under half the limit', async () => {
    const tabs = await loadExampleTabs();
    expect(tabs.length).toBeGreaterThan(10);
    for (const tab of tabs) {
      const variables = JSON.parse(tab.variables) as Record<string, unknown>;
      expect(operationCost(tab.query, undefined, variables), tab.query.slice(0, 60)).toBeLessThanOrEqual(
        QUERY_LIMITS.cost / 2,
      );
    }
  });
});
