import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLHarness, dataOf, onlyError, type GraphQLHarness } from '../support/graphql-harness.js';

/**
 * Every bad input gets a clear, pinned message and a stable `extensions.code`; nothing crashes, and
 * nothing unexpected leaks. Each error also carries the request id (the harness uses 'test-request').
 */

let harness: GraphQLHarness;

beforeAll(async () => {
  harness = await createGraphQLHarness();
});

afterAll(async () => {
  await harness.stop();
});

describe('page sizes', () => {
  it('refuses first: 0 as bad input, naming the allowed range', async () => {
    const result = await harness.execute('{ entities(first: 0) { totalCount } }');
    expect(result.data).toBeNull();
    expect(onlyError(result)).toEqual({
      message: '`first` must be a whole number from 1 to 100 (got 0).',
      locations: [{ line: 1, column: 3 }],
      path: ['entities'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'first', requestId: 'test-request' },
    });
  });

  it('refuses a negative first as bad input', async () => {
    const error = onlyError(await harness.execute('{ relationships(first: -5) { totalCount } }'));
    expect(error.message).toBe('`first` must be a whole number from 1 to 100 (got -5).');
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses first: 101 with LIMIT_EXCEEDED, saying how to page instead', async () => {
    const error = onlyError(await harness.execute('{ entities(first: 101) { totalCount } }'));
    expect(error.message).toBe(
      '`first` may be at most 100 (got 101). Page through the rest with `after: pageInfo.endCursor`.',
    );
    expect(error.extensions).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: { name: 'first', max: 100, requested: 101 },
      requestId: 'test-request',
    });
  });

  it("holds an entity's relationships to the same page limit, at the field's path", async () => {
    const result = await harness.execute(
      '{ entity(id: "city:wenzhou") { id relationships(first: 101) { edges { cursor } } } }',
    );
    const error = onlyError(result);
    expect(error.extensions?.['code']).toBe('LIMIT_EXCEEDED');
    expect(error.path).toEqual(['entity', 'relationships']);
    // `relationships` is non-null, so the whole entity becomes null.
    expect(result.data).toEqual({ entity: null });
  });

  it('refuses search first: 51 with LIMIT_EXCEEDED and no advice to page (search has no `after`)', async () => {
    const error = onlyError(await harness.execute('{ search(query: "wenzhou", first: 51) { score } }'));
    expect(error.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: { name: 'first', max: 50, requested: 51 },
    });
    expect(error.message).toMatch(/^`first` may be at most 50 \(got 51\)\./);
    // BUG: the message ends "Page through the rest with `after: pageInfo.endCursor`.", but search
    // takes no `after` and returns no pageInfo: the advice cannot be followed.
    expect(error.message).not.toContain('after');
  });
});

describe('traversal limits', () => {
  it('refuses neighborhood depth 4', async () => {
    const error = onlyError(
      await harness.execute('{ neighborhood(id: "city:wenzhou", depth: 4) { truncated } }'),
    );
    expect(error.message).toBe(
      '`depth` may be at most 3 (got 4). Expand further from the entities you got back instead.',
    );
    expect(error.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: { name: 'depth', max: 3, requested: 4 },
    });
  });

  it('refuses neighborhood limit 501', async () => {
    const error = onlyError(
      await harness.execute('{ neighborhood(id: "city:wenzhou", limit: 501) { truncated } }'),
    );
    expect(error.message).toBe(
      '`limit` may be at most 500 (got 501). Narrow it with `relationshipTypes` or a smaller `depth`.',
    );
    expect(error.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: { name: 'limit', max: 500, requested: 501 },
    });
  });

  it('refuses neighborhood depth 0 as bad input', async () => {
    const error = onlyError(
      await harness.execute('{ neighborhood(id: "city:wenzhou", depth: 0) { truncated } }'),
    );
    expect(error.message).toBe('`depth` must be a whole number from 1 to 3 (got 0).');
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses shortestPath maxHops 9', async () => {
    const result = await harness.execute(
      '{ shortestPath(from: "city:taizhou", to: "district:jiading", maxHops: 9) { length } }',
    );
    const error = onlyError(result);
    expect(error.message).toBe(
      '`maxHops` may be at most 8 (got 9). Paths longer than that rarely explain a connection; try `neighborhood`.',
    );
    expect(error.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: { name: 'maxHops', max: 8, requested: 9 },
    });
    expect(result.data).toEqual({ shortestPath: null });
  });

  it('refuses more than 20 values in a type filter', async () => {
    const types = Array.from({ length: 21 }, () => 'HOSTS');
    const error = onlyError(
      await harness.execute(
        'query ($types: [RelationshipType!]) { relationships(types: $types) { totalCount } }',
        {
          types,
        },
      ),
    );
    expect(error.message).toBe('`types` may list at most 20 values (got 21).');
    expect(error.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: { name: 'types', max: 20, requested: 21 },
    });
  });

  it('refuses nodes(ids:) with 101 ids', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `city:c${i}`);
    const result = await harness.execute('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    const error = onlyError(result);
    expect(error.message).toBe('`ids` may list at most 100 values (got 101).');
    expect(error.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: { name: 'ids', max: 100, requested: 101 },
    });
    expect(result.data).toBeNull();
  });
});

describe('cursors', () => {
  const MESSAGE = '`after` is not a valid cursor. Pass the `endCursor` of a previous page unchanged.';

  it('refuses a cursor this service did not issue', async () => {
    const forged = [
      'not-a-cursor',
      'city:wenzhou',
      Buffer.from(JSON.stringify({ v: 2, k: 'city:wenzhou' })).toString('base64url'),
      Buffer.from(JSON.stringify({ v: 1, k: 7 })).toString('base64url'),
      '',
    ];
    for (const after of forged) {
      const error = onlyError(
        await harness.execute('query ($after: String) { entities(after: $after) { totalCount } }', { after }),
      );
      expect(error.message, after).toBe(MESSAGE);
      expect(error.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'after',
        requestId: 'test-request',
      });
    }
  });

  it("refuses a malformed cursor on an entity's relationships", async () => {
    const error = onlyError(
      await harness.execute(
        '{ entity(id: "city:wenzhou") { relationships(after: "%%%") { edges { cursor } } } }',
      ),
    );
    expect(error.message).toBe(MESSAGE);
    expect(error.path).toEqual(['entity', 'relationships']);
  });

  // Every connection's cursor has one shape (a versioned key), so a cursor of one connection passed
  // to another was read as a place in its order: `entities` after a relationship's cursor answered
  // the entities that sort after that relationship's id, as if it were a page of them.
  it("refuses another connection's cursor, naming the connection", async () => {
    const page = dataOf(
      await harness.execute(`{
        entities(first: 1) { pageInfo { endCursor } }
        relationships(first: 1) { pageInfo { endCursor } }
        entity(id: "city:wenzhou") { relationships(first: 1) { pageInfo { endCursor } } }
      }`),
    );
    const entityCursor: string = page['entities'].pageInfo.endCursor;
    const relationshipCursor: string = page['relationships'].pageInfo.endCursor;
    const wenzhouCursor: string = page['entity'].relationships.pageInfo.endCursor;
    const key = (k: string) => Buffer.from(JSON.stringify({ v: 1, k })).toString('base64url');
    const cases: [string, string, string][] = [
      ['entities', relationshipCursor, 'query ($a: String) { entities(after: $a) { totalCount } }'],
      ['entities', key(''), 'query ($a: String) { entities(after: $a) { totalCount } }'],
      ['relationships', entityCursor, 'query ($a: String) { relationships(after: $a) { totalCount } }'],
      [
        'relationships',
        entityCursor,
        'query ($a: String) { entity(id: "city:wenzhou") { relationships(after: $a) { edges { cursor } } } }',
      ],
      ['history', entityCursor, 'query ($a: String) { history(after: $a) { edges { cursor } } }'],
      // One of another entity's relationships (Taizhou's, not Jiading's) paged Jiading's from a place in
      // an order it is not in.
      [
        'relationships',
        key('city:wenzhou-[COOPERATES_WITH]->city:taizhou'),
        'query ($a: String) { entity(id: "district:jiading") { relationships(after: $a) { edges { cursor } } } }',
      ],
    ];
    for (const [connection, after, query] of cases) {
      const error = onlyError(await harness.execute(query, { a: after }));
      expect(error.message, query).toBe(
        `\`after\` is not a cursor of \`${connection}\`. Pass its \`endCursor\` unchanged.`,
      );
      expect(error.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'after',
        requestId: 'test-request',
      });
    }
    // Each connection still takes its own cursors.
    for (const query of [
      `{ entities(first: 1, after: "${entityCursor}") { totalCount } }`,
      `{ relationships(first: 1, after: "${relationshipCursor}") { totalCount } }`,
      `{ entity(id: "city:wenzhou") { relationships(first: 1, after: "${wenzhouCursor}") { edges { cursor } } } }`,
    ])
      expect((await harness.execute(query)).errors, query).toBeUndefined();
  });
});

describe('search text', () => {
  const NO_WORDS = '`query` needs at least one letter or digit, for example "Wenzhou".';

  it('refuses an empty query and one of punctuation only', async () => {
    for (const query of ['', '   ', '!!!', '"()"*']) {
      const result = await harness.execute('query ($q: String!) { search(query: $q) { score } }', {
        q: query,
      });
      const error = onlyError(result);
      expect(error.message, query).toBe(NO_WORDS);
      expect(error.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'query',
        requestId: 'test-request',
      });
      expect(result.data).toBeNull();
    }
  });

  // limits.md lists search text among the argument bounds refused with LIMIT_EXCEEDED and
  // `extensions.limit`, in characters: it was BAD_USER_INPUT, counted in UTF-16 code units, so 101
  // characters outside the BMP were "202 characters" and refused.
  it('refuses a query of 201 characters with LIMIT_EXCEEDED and accepts one of 200, counting characters', async () => {
    const astral = '𠀀'; // U+20000, a Han character: one character, two UTF-16 code units
    for (const [query, requested] of [
      ['a'.repeat(201), 201],
      [astral.repeat(201), 201],
    ] as const) {
      const error = onlyError(
        await harness.execute('query ($q: String!) { search(query: $q) { score } }', { q: query }),
      );
      expect(error.message).toBe(
        `\`query\` may be at most 200 characters (got ${requested}). Search for a name or a few words.`,
      );
      expect(error.extensions).toEqual({
        code: 'LIMIT_EXCEEDED',
        limit: { name: 'query', max: 200, requested },
        requestId: 'test-request',
      });
    }
    for (const query of ['a'.repeat(200), astral.repeat(200)]) {
      const ok = await harness.execute('query ($q: String!) { search(query: $q) { score } }', { q: query });
      expect(ok.errors).toBeUndefined();
      expect(ok.data).toEqual({ search: [] });
    }
  });

  // A network's theme is a search: Neo4j's full-text index failed on a word of more than 1,000
  // characters (INTERNAL_SERVER_ERROR) where the embedded store quietly found nothing.
  it("holds a network's theme to the same rules, naming `theme`", async () => {
    const network = 'query ($t: String) { network(theme: $t) { seeds { id } } }';
    const noWords = (theme: string) => [
      theme,
      '`theme` needs at least one letter or digit, for example "Wenzhou".',
      { code: 'BAD_USER_INPUT', argument: 'theme', requestId: 'test-request' },
    ];
    const tooLong = (length: number) => [
      'x'.repeat(length),
      `\`theme\` may be at most 200 characters (got ${length}). Search for a name or a few words.`,
      {
        code: 'LIMIT_EXCEEDED',
        limit: { name: 'theme', max: 200, requested: length },
        requestId: 'test-request',
      },
    ];
    for (const [theme, message, extensions] of [noWords(''), noWords('!!!'), tooLong(201), tooLong(10_000)]) {
      const result = await harness.execute(network, { t: theme });
      const error = onlyError(result);
      expect(error.message).toBe(message);
      expect(error.extensions).toEqual(extensions);
      expect(result.data).toBeNull();
    }
    const ok = await harness.execute(network, { t: 'x'.repeat(200) });
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toEqual({ network: { seeds: [] } });
  });
});

describe('unknown ids', () => {
  it('answers a neighborhood of an unknown id with NOT_FOUND and null data', async () => {
    const result = await harness.execute('{ neighborhood(id: "city:atlantis") { truncated } }');
    expect(result.data).toBeNull();
    expect(onlyError(result)).toEqual({
      message: 'No entity has the id "city:atlantis". Use `search` to find ids by name.',
      locations: [{ line: 1, column: 3 }],
      path: ['neighborhood'],
      extensions: { code: 'NOT_FOUND', id: 'city:atlantis', requestId: 'test-request' },
    });
  });

  it('answers a shortestPath from an unknown id with NOT_FOUND, naming that end', async () => {
    const result = await harness.execute(
      '{ shortestPath(from: "city:atlantis", to: "city:wenzhou") { length } }',
    );
    expect(result.data).toEqual({ shortestPath: null });
    const error = onlyError(result);
    expect(error.message).toBe('No entity has the id "city:atlantis". Use `search` to find ids by name.');
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'city:atlantis' });
    expect(error.path).toEqual(['shortestPath']);
  });

  it('answers a shortestPath to an unknown id with NOT_FOUND, naming that end', async () => {
    const error = onlyError(
      await harness.execute('{ shortestPath(from: "city:wenzhou", to: "district:atlantis") { length } }'),
    );
    expect(error.message).toBe('No entity has the id "district:atlantis". Use `search` to find ids by name.');
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'district:atlantis' });
  });

  // BUG: a name typed where an id goes ("Jiading") was NOT_FOUND here and BAD_USER_INPUT in `timeline`;
  // an argument that can never be an id is bad input at every field that takes ids.
  it.each([
    ['neighborhood', '{ neighborhood(id: "Jiading") { truncated } }', 'id', 'is'],
    ['shortestPath', '{ shortestPath(from: "city:wenzhou", to: "Jiading") { length } }', 'to', 'is'],
    ['paths', '{ paths(from: "Jiading", to: "city:wenzhou") { length } }', 'from', 'is'],
    ['compare', '{ compare(a: "city:wenzhou", b: "Jiading") { a { id } } }', 'b', 'is'],
    ['network', '{ network(around: ["city:wenzhou", "Jiading"]) { seeds { id } } }', 'around', 'holds'],
    ['graph', '{ graph(selection: { around: ["Jiading"] }) { truncated } }', 'around', 'holds'],
    ['timeline', '{ timeline(ids: ["Jiading"]) { edges { cursor } } }', 'ids', 'holds'],
  ])(
    'refuses a name given as an id to %s as BAD_USER_INPUT, naming the argument',
    async (_field, query, argument, verb) => {
      const error = onlyError(await harness.execute(query));
      expect(error.message).toBe(
        `\`${argument}\` ${verb} "Jiading", which is not an entity id (like \`city:wenzhou\`). Use \`search\` to find ids by name.`,
      );
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument, requestId: 'test-request' });
    },
  );
});

describe('invalid operations', () => {
  it('reports a field that does not exist as GRAPHQL_VALIDATION_FAILED', async () => {
    const error = onlyError(await harness.execute('{ entity(id: "city:wenzhou") { nme } }'));
    expect(error.message).toBe('Cannot query field "nme" on type "Entity". Did you mean "name"?');
    expect(error.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'test-request' });
  });

  it('reports an unknown enum value as GRAPHQL_VALIDATION_FAILED', async () => {
    const error = onlyError(await harness.execute('{ entities(kinds: [TOWN]) { totalCount } }'));
    expect(error.message).toBe('Value "TOWN" does not exist in "EntityKind" enum.');
    expect(error.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports a variable of the wrong type as BAD_USER_INPUT', async () => {
    const error = onlyError(
      await harness.execute('query ($first: Int) { entities(first: $first) { totalCount } }', {
        first: 'ten',
      }),
    );
    expect(error.message).toBe(
      'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
    );
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', requestId: 'test-request' });
  });

  it('reports each of a few short variable problems on its own, as graphql-js words it', async () => {
    const result = await harness.execute(
      'query ($first: Int, $kinds: [EntityKind!]) { entities(first: $first, kinds: $kinds) { totalCount } }',
      { first: 'ten', kinds: ['TOWN'] },
    );
    expect(result.errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual([
      [
        'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
        'BAD_USER_INPUT',
      ],
      [
        'Variable "$kinds" got invalid value "TOWN" at "kinds[0]"; Value "TOWN" does not exist in "EntityKind" enum.',
        'BAD_USER_INPUT',
      ],
    ]);
  });

  it('refuses many variable problems in one short error that names the first (graphql-js would copy the value into each)', async () => {
    // 2,000 fields GraphSelection does not have: graphql-js reads every one, each message holding the
    // whole object; read in full this took seconds and was quadratic in the fields.
    const selection = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`f${i}`, 0]));
    const result = await harness.execute(
      'query ($s: GraphSelection) { graph(selection: $s) { truncated } }',
      {
        s: selection,
      },
    );
    const error = onlyError(result);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', requestId: 'test-request' });
    expect(error.message).toMatch(
      /^Variable "\$s" got invalid value \{ f0: 0, f1: 0, .*…; Field "f0" is not defined by type "GraphSelection"\. \(and at least 4 more problems with the variables\)$/,
    );
    expect(error.message.length).toBeLessThan(400);
  });

  it('refuses 51 bad items of a list as bad input only (graphql-js adds an uncoded "Too many errors" past 50)', async () => {
    const result = await harness.execute('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 51 }, () => true),
    });
    const error = onlyError(result);
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      'Variable "$ids" got invalid value true at "ids[0]"; ID cannot represent value: true (and at least 4 more problems with the variables)',
    );
  });

  it('cuts a problem whose own words are long: a field name of 10,000 characters', async () => {
    const error = onlyError(
      await harness.execute('query ($s: GraphSelection) { graph(selection: $s) { truncated } }', {
        s: { ['x'.repeat(10_000)]: 1 },
      }),
    );
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^Variable "\$s" got invalid value \{ xxx.*…$/);
    expect(error.message).toHaveLength(300);
  });

  it('reports a syntax error as GRAPHQL_PARSE_FAILED', async () => {
    const error = onlyError(await harness.execute('{ entity(id: "city:wenzhou") { name }'));
    expect(error.message).toBe('Syntax Error: Expected Name, found <EOF>.');
    expect(error.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('says a value nested too deeply to parse is nested too deeply, not that the stack overflowed', async () => {
    const depth = 2400; // 4,800 tokens: within the token limit, past what the parser's recursion holds
    const error = onlyError(
      await harness.execute(
        `{ search(query: "x", kinds: ${'['.repeat(depth)}CITY${']'.repeat(depth)}) { score } }`,
      ),
    );
    expect(error.message).toBe('Syntax Error: The document nests lists or objects too deeply to be read.');
    expect(error.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a document of more than 5000 tokens before running it', async () => {
    const fields = Array.from({ length: 3000 }, (_, i) => `a${i}: entityCount`).join(' ');
    const error = onlyError(await harness.execute(`{ summary { ${fields} } }`));
    // graphql-js's own wording (its typo included).
    expect(error.message).toBe('Syntax Error: Document contains more that 5000 tokens. Parsing aborted.');
    expect(error.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
  });
});
