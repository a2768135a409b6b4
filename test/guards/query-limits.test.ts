import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/graphql/context.js';
import { QUERY_LIMITS } from '../../src/graphql/guards/index.js';
import { createGraphQLHarness, dataOf, onlyError, type GraphQLHarness } from '../support/graphql-harness.js';

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

  it('keeps introspection usable: the full introspection query passes every limit at cost 0', async () => {
    const result = await harness.execute(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.['cost']).toEqual({ requestedQueryCost: 0, maximumAvailable: 50000 });
  });
});
