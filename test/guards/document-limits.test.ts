import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/create-apollo-server.js';
import { formatError } from '../../src/graphql/format-error.js';
import { createDocumentLimitsRule } from '../../src/graphql/guards/index.js';
import { createSchema } from '../../src/graphql/schema.js';
import { createLogger } from '../../src/logger.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';
import { createGraphQLHarness, dataOf, onlyError, type GraphQLHarness } from '../support/graphql-harness.js';

/**
 * The size and repetition limits refuse a document right after parsing, before graphql-js's
 * validation rules work through it (some of them compare every pair of same-named selections).
 */

let harness: GraphQLHarness;

beforeAll(async () => {
  harness = await createGraphQLHarness();
});

afterAll(async () => {
  await harness.stop();
});

/** The probe's document: one field repeated 1,200 times, under the token limit. */
const REPEATED_1200 = `{ summary { ${Array.from({ length: 1200 }, () => 'entityCount').join(' ')} } }`;

/** `count` distinct fragments that each select the same object field of an entity. */
function sameFieldInFragments(count: number): string {
  const spreads = Array.from({ length: count }, (_, index) => `...f${index}`).join(' ');
  const fragments = Array.from(
    { length: count },
    (_, index) => `fragment f${index} on Entity { relationships(first: 1) { edges { other { id } } } }`,
  ).join(' ');
  return `{ entity(id: "city:wenzhou") { ${spreads} } } ${fragments}`;
}

describe('refusing before validation', () => {
  interface Trace {
    validationErrors: readonly string[] | undefined;
    validationEnded: boolean;
    resolved: boolean;
  }

  /** Records how far the request pipeline got: the end of validation (and its errors), operation resolution. */
  function tracer(trace: Trace): ApolloServerPlugin {
    return {
      async requestDidStart() {
        return {
          async validationDidStart() {
            return async (errors) => {
              trace.validationEnded = true;
              trace.validationErrors = errors?.map((error) => error.message);
            };
          },
          async didResolveOperation() {
            trace.resolved = true;
          },
        };
      },
    };
  }

  it('refuses 1,200 repetitions of a field as the only validation error, before the operation is resolved', async () => {
    const trace: Trace = { validationErrors: undefined, validationEnded: false, resolved: false };
    const server = createApolloServer({
      logger: createLogger({ level: 'silent' }),
      introspection: true,
      plugins: [tracer(trace)],
    });
    await server.start();
    try {
      const response = await server.executeOperation(
        { query: REPEATED_1200 },
        { contextValue: createContext({ store: harness.store, requestId: 'test-request' }) },
      );
      expect(response.http.status).toBe(400);
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors).toEqual([
        {
          message:
            'The query selects 1201 fields, counting each fragment where it is spread (limit 500): select fewer fields, or split the query.',
          extensions: {
            code: 'LIMIT_EXCEEDED',
            limit: { name: 'queryFields', max: 500, requested: 1201 },
            requestId: 'test-request',
          },
        },
      ]);
      // Before the change, validation ran to the end without an error and the limit came afterwards.
      expect(trace.validationEnded).toBe(true);
      expect(trace.validationErrors).toEqual([expect.stringContaining('The query selects 1201 fields')]);
      expect(trace.resolved).toBe(false);
    } finally {
      await server.stop();
    }
  });

  it('stops every validation rule that would visit a selection set, in the pass Apollo runs', async () => {
    let selectionSetsVisited = 0;
    const countingRule: ValidationRule = () => ({
      SelectionSet() {
        selectionSetsVisited += 1;
      },
    });
    // The same composition as createApolloServer: Apollo appends these rules to graphql-js's own.
    const server = new ApolloServer({
      schema: createSchema(),
      formatError,
      validationRules: [createDocumentLimitsRule(), countingRule],
    });
    await server.start();
    try {
      const refused = await server.executeOperation({ query: REPEATED_1200 });
      if (refused.body.kind !== 'single') throw new Error('expected a single result');
      expect(refused.body.singleResult.errors?.map((error) => error.extensions?.['code'])).toEqual([
        'LIMIT_EXCEEDED',
      ]);
      expect(selectionSetsVisited).toBe(0);

      // The counting rule does see the selection sets of a document within the limits.
      await server.executeOperation({ query: '{ __typename }' });
      expect(selectionSetsVisited).toBe(1);
    } finally {
      await server.stop();
    }
  });
});

describe('document bytes', () => {
  it('refuses a query text over 20,000 bytes, whatever it holds', async () => {
    const query = `{ summary { entityCount } } # ${'x'.repeat(20_000)}`;
    expect(onlyError(await harness.execute(query))).toEqual({
      message:
        'The query text is 20030 bytes long (limit 20000): send a shorter query, pass values as variables, or split the query.',
      extensions: {
        code: 'LIMIT_EXCEEDED',
        limit: { name: 'queryDocumentBytes', max: 20000, requested: 20030 },
        requestId: 'test-request',
      },
    });
  });

  it('counts UTF-8 bytes, not characters', async () => {
    // 7,000 three-byte characters: 21,000 bytes in 7,000 characters.
    const query = `{ summary { entityCount } } # ${'城'.repeat(7000)}`;
    expect(onlyError(await harness.execute(query)).extensions?.['limit']).toEqual({
      name: 'queryDocumentBytes',
      max: 20000,
      requested: 21030,
    });
  });

  it('accepts a query of 20,000 bytes', async () => {
    const query = `{ summary { entityCount } } #`;
    dataOf(await harness.execute(query + ' '.repeat(20_000 - query.length)));
  });
});

describe('repeated selections', () => {
  const copies = (count: number, selection: string) =>
    Array.from({ length: count }, () => selection).join(' ');

  it('refuses one field selected 11 times in one selection set, saying the copies add nothing', async () => {
    const query = `{ entity(id: "city:wenzhou") { ${copies(11, 'relationships(first: 1) { edges { other { id } } }')} } }`;
    expect(onlyError(await harness.execute(query))).toEqual({
      message:
        'The query selects the same field 11 times in one selection set, counting fragments spread into it (limit 10): select each field once: the copies add nothing to the answer.',
      extensions: {
        code: 'LIMIT_EXCEEDED',
        limit: { name: 'queryRepeatedSelections', max: 10, requested: 11 },
        requestId: 'test-request',
      },
    });
  });

  it('allows a field selected 10 times', async () => {
    const query = `{ entity(id: "city:wenzhou") { ${copies(10, 'name')} } }`;
    expect(dataOf(await harness.execute(query))).toEqual({ entity: { name: 'Wenzhou' } });
  });

  it('counts the same field in 50 distinct fragments spread into one set (600 ms of validation before)', async () => {
    const error = onlyError(await harness.execute(sameFieldInFragments(50)));
    expect(error.extensions?.['limit']).toEqual({ name: 'queryRepeatedSelections', max: 10, requested: 50 });
  });

  it('counts inline fragments and repeated spreads of one fragment', async () => {
    const inline = `{ entity(id: "city:wenzhou") { ${copies(12, '... on City { name }')} } }`;
    expect(onlyError(await harness.execute(inline)).extensions?.['limit']).toMatchObject({ requested: 12 });
    const spreads = `{ entity(id: "city:wenzhou") { ${copies(13, '...n')} } } fragment n on Entity { name }`;
    expect(onlyError(await harness.execute(spreads)).extensions?.['limit']).toMatchObject({ requested: 13 });
  });

  it('counts by response name: aliases are other names', async () => {
    const query = `{ summary { ${copies(10, 'entityCount')} other: entityCount } }`;
    expect(dataOf(await harness.execute(query))['summary']).toEqual({
      entityCount: expect.any(Number),
      other: expect.any(Number),
    });
  });

  it('holds a fragment no operation spreads to the limits too (validation works through it)', async () => {
    const query = `{ summary { entityCount } } fragment unused on Entity { ${copies(400, 'name')} }`;
    expect(onlyError(await harness.execute(query)).extensions?.['limit']).toEqual({
      name: 'queryRepeatedSelections',
      max: 10,
      requested: 400,
    });
  });
});

describe('schema details in errors', () => {
  async function errorsWith(introspection: boolean, store: KnowledgeGraphStore): Promise<string[]> {
    const server = createApolloServer({ logger: createLogger({ level: 'silent' }), introspection });
    await server.start();
    try {
      const messages: string[] = [];
      for (const request of [
        { query: '{ entity(id: "city:wenzhou") { nam } }' },
        { query: '{ entities(kinds: [CITYY]) { totalCount } }' },
        {
          query: 'query ($k: [EntityKind!]) { entities(kinds: $k) { totalCount } }',
          variables: { k: ['CITYY'] },
        },
        // Many problems are refused in one error of our own, which names the first (test/graphql/errors.test.ts).
        {
          query: 'query ($k: [EntityKind!]) { entities(kinds: $k) { totalCount } }',
          variables: { k: Array.from({ length: 6 }, () => 'CITYY') },
        },
      ]) {
        const response = await server.executeOperation(request, {
          contextValue: createContext({ store, requestId: 'test-request' }),
        });
        if (response.body.kind !== 'single') throw new Error('expected a single result');
        messages.push(...(response.body.singleResult.errors ?? []).map((error) => error.message));
      }
      return messages;
    } finally {
      await server.stop();
    }
  }

  it('suggests names while introspection is on', async () => {
    expect(await errorsWith(true, harness.store)).toEqual([
      'Cannot query field "nam" on type "Entity". Did you mean "name"?',
      'Value "CITYY" does not exist in "EntityKind" enum. Did you mean the enum value "CITY"?',
      'Variable "$k" got invalid value "CITYY" at "k[0]"; Value "CITYY" does not exist in "EntityKind" enum. Did you mean the enum value "CITY"?',
      'Variable "$k" got invalid value "CITYY" at "k[0]"; Value "CITYY" does not exist in "EntityKind" enum. Did you mean the enum value "CITY"? (and at least 4 more problems with the variables)',
    ]);
  });

  it('suggests no names when introspection is off (production)', async () => {
    expect(await errorsWith(false, harness.store)).toEqual([
      'Cannot query field "nam" on type "Entity".',
      'Value "CITYY" does not exist in "EntityKind" enum.',
      'Variable "$k" got invalid value "CITYY" at "k[0]"; Value "CITYY" does not exist in "EntityKind" enum.',
      'Variable "$k" got invalid value "CITYY" at "k[0]"; Value "CITYY" does not exist in "EntityKind" enum. (and at least 4 more problems with the variables)',
    ]);
  });
});
