import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/graphql/schema.js';
import { createGraphQLHarness, type GraphQLHarness } from '../support/graphql-harness.js';
import { expectOnlyDeliberateErrors } from './check-errors.js';
import { invalidDocuments, schemaQueries } from './operation-arbitraries.js';

/**
 * Thousands of generated operations against the in-process server: queries built from the schema
 * with random and hostile argument values, and documents that are broken or abusive. Nothing may
 * throw, every error must carry a deliberate code, and no message may show internals. A crash on a
 * generated input is a bug: fast-check prints the smallest input it found.
 *
 * FUZZ_SEED reproduces a run; FUZZ_RUNS scales it (the default keeps the file well under a minute).
 */

const seed = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined;
const runs = process.env['FUZZ_RUNS'] ? Number(process.env['FUZZ_RUNS']) : 3000;
const queries = schemaQueries(createSchema());

let harness: GraphQLHarness;

beforeAll(async () => {
  harness = await createGraphQLHarness();
});

afterAll(async () => {
  await harness.stop();
});

describe('generated operations', () => {
  it(
    'answer every query built from the schema with data or deliberate errors',
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(queries, async (query) => {
          const result = await harness.execute(query);
          expectOnlyDeliberateErrors(result.errors, query);
        }),
        { numRuns: runs, seed, endOnFailure: true },
      );
    },
  );

  // Found by this fuzz: graphql-js 16 validation does not check that the schema has the operation's
  // type, and execute() then failed with a plain error that formatError masked as an internal one.
  // Fixed by knownOperationTypesRule.
  it('refuses a subscription, which the schema does not have, as a request error', async () => {
    const document = 'subscription { summary { entityCount } }';
    const result = await harness.execute(document);
    expectOnlyDeliberateErrors(result.errors, document);
    expect(result.errors?.[0]).toMatchObject({
      message: 'This API does not support subscription operations; use a query or a mutation.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuse broken and abusive documents with deliberate errors', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(invalidDocuments(queries), async (document) => {
        const result = await harness.execute(document);
        expectOnlyDeliberateErrors(result.errors, document);
      }),
      { numRuns: Math.round(runs * 0.7), seed, endOnFailure: true },
    );
  });
});
