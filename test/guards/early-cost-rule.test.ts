import { parse, specifiedRules, validate, type ValidationRule } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEarlyCostRule, createFixedCosts, QUERY_LIMITS } from '../../src/graphql/guards/index.js';
import { createSchema } from '../../src/graphql/schema.js';
import { createGraphQLHarness, type GraphQLHarness } from '../support/graphql-harness.js';

/**
 * An operation over the cost limit that declares no variables is refused while the document is
 * validated, before graphql-js's own rules work through it, with the refusal the query guards give
 * after validation; an operation with variables is left to the guards, which know their values.
 */

const schema = createSchema();
const OVER_COST =
  '{ entities(first: 100) { edges { node { relationships(first: 100) { edges { other { relationships(first: 100) { edges { node { id } } } } } } } } } }';
const REFUSAL = {
  message:
    'This query would cost 2030301 (limit 50000): lower `first` or `limit` values, or split the query.',
  extensions: { code: 'LIMIT_EXCEEDED', limit: { name: 'queryCost', max: 50000, requested: 2030301 } },
};

/** The rules a document meets, in Apollo's order: the early cost rule, then graphql-js's, counted. */
function validateCounting(text: string) {
  const fixedCostsOf = createFixedCosts();
  let specifiedRulesVisited = 0;
  const counting: ValidationRule = () => ({
    Field() {
      specifiedRulesVisited++;
    },
  });
  const document = parse(text);
  const errors = validate(schema, document, [
    createEarlyCostRule({ maxCost: QUERY_LIMITS.cost, fixedCostsOf }),
    counting,
    ...specifiedRules,
  ]);
  return { errors, specifiedRulesVisited, fixed: fixedCostsOf(document) };
}

describe('the early cost rule', () => {
  it('refuses a variable-free operation over the limit before the other rules see a field', () => {
    const { errors, specifiedRulesVisited } = validateCounting(OVER_COST);
    expect(errors.map((error) => ({ message: error.message, extensions: error.extensions }))).toEqual([
      REFUSAL,
    ]);
    expect(specifiedRulesVisited).toBe(0);
  });

  it('lets a cheap operation through, its cost kept for the query guards', () => {
    const { errors, specifiedRulesVisited, fixed } = validateCounting(
      '{ entities(first: 5) { edges { node { id } } } }',
    );
    expect(errors).toEqual([]);
    expect(specifiedRulesVisited).toBeGreaterThan(0);
    expect(fixed.costs.get('')).toBe(11);
  });

  it('leaves an operation with variables, and a document of two operations, to the guards', () => {
    const withVariables = `query ($first: Int = 100) { entities(first: $first) { edges { node { relationships(first: 100) { edges { other { relationships(first: 100) { edges { node { id } } } } } } } } } }`;
    expect(validateCounting(withVariables).errors).toEqual([]);
    const twoOperations = `query Dear ${OVER_COST} query Cheap { summary { entityCount } }`;
    expect(validateCounting(twoOperations).errors).toEqual([]);
  });
});

describe('over HTTP as a client sees it', () => {
  let harness: GraphQLHarness;
  beforeAll(async () => {
    harness = await createGraphQLHarness();
  });
  afterAll(async () => {
    await harness.stop();
  });

  it('gives the same refusal for a literal operation and for the same one by variables', async () => {
    const literal = await harness.execute(OVER_COST);
    const byVariables = await harness.execute(
      `query ($first: Int!) { entities(first: $first) { edges { node { relationships(first: 100) { edges { other { relationships(first: 100) { edges { node { id } } } } } } } } } }`,
      { first: 100 },
    );
    for (const result of [literal, byVariables]) {
      expect(result.data).toBeUndefined();
      expect(result.errors).toEqual([
        { ...REFUSAL, extensions: { ...REFUSAL.extensions, requestId: 'test-request' } },
      ]);
    }
  });
});
