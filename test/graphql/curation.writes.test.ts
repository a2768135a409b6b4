import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Authentication } from '../../src/auth/index.js';
import { createContext } from '../../src/graphql/context.js';
import type { Neo4jStore } from '../../src/store/neo4j/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { createGraphQLHarness, type GraphQLHarness, type TestResult } from '../support/graphql-harness.js';
import { openTestNeo4jStore, resetToBundledDataset } from '../support/neo4j-test-database.js';

// Curation through the API, on the embedded store (project main) and on Neo4j (project neo4j-writes,
// after every reader; the bundled dataset is restored afterwards).
const curator: Authentication = { principal: { name: 'alice', role: 'curator' } };
const reader: Authentication = { principal: { name: 'dashboard', role: 'reader' } };
const nobody: Authentication = { principal: null, problem: 'missing' };

const QUOTE =
  'Wenzhou will also build an important hub port influencing southern Zhejiang, northern Fujian and eastern Jiangxi';
const UPSERT_ENTITY = `mutation ($entity: EntityInput!) { upsertEntity(entity: $entity) { changed changes { action targetId actor before after } } }`;
const UPSERT_RELATIONSHIP = `mutation ($relationship: RelationshipInput!) { upsertRelationship(relationship: $relationship) { changed changes { id action targetId } } }`;

describe(`curation (${process.env['TEST_STORE'] ?? 'embedded'} store)`, () => {
  let harness: GraphQLHarness;

  beforeAll(async () => {
    harness = await createGraphQLHarness();
  });

  afterAll(async () => {
    await harness.stop();
    if (process.env['TEST_STORE'] === 'neo4j') {
      const store: Neo4jStore = openTestNeo4jStore(inject('neo4j'));
      await resetToBundledDataset(store);
      await store.close();
    }
  });

  async function run(
    query: string,
    variables: Record<string, unknown>,
    authentication: Authentication = curator,
  ): Promise<TestResult> {
    const response = await harness.server.executeOperation(
      { query, variables },
      { contextValue: createContext({ store: harness.store, requestId: 'curation-test', authentication }) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as TestResult;
  }

  const port = {
    id: 'infrastructure:test-hub-port',
    kind: 'INFRASTRUCTURE',
    name: 'Test Hub Port',
    aliases: ['温州港 (test)'],
    evidence: [{ quote: QUOTE, section: 'Task Three', source: 'wenzhou-yrd-action-plan-2020' }],
  };

  it('creates an entity once: the same write again changes nothing and records nothing', async () => {
    const first = await run(UPSERT_ENTITY, { entity: port });
    expect(first.errors).toBeUndefined();
    expect(first.data?.['upsertEntity']).toMatchObject({
      changed: true,
      changes: [{ action: 'UPSERT_ENTITY', targetId: port.id, actor: 'alice', before: null }],
    });
    const again = await run(UPSERT_ENTITY, { entity: port });
    expect(again.data?.['upsertEntity']).toEqual({ changed: false, changes: [] });
    const read = await run(`{ entity(id: "${port.id}") { name aliases evidence { quote } } }`, {});
    expect(read.data?.['entity']).toEqual({
      name: 'Test Hub Port',
      aliases: ['温州港 (test)'],
      evidence: [{ quote: QUOTE }],
    });
    const search = await run(`{ search(query: "test hub") { entity { id } } }`, {});
    expect(search.data?.['search'][0]).toEqual({ entity: { id: port.id } });
  });

  it('relates it, updates it, and keeps who changed what and when', async () => {
    const related = await run(UPSERT_RELATIONSHIP, {
      relationship: {
        type: 'LOCATED_IN',
        from: port.id,
        to: 'city:wenzhou',
        status: 'PLANNED',
        evidence: port.evidence,
      },
    });
    expect(related.data?.['upsertRelationship']).toMatchObject({
      changed: true,
      changes: [{ action: 'UPSERT_RELATIONSHIP', targetId: `${port.id}-[LOCATED_IN]->city:wenzhou` }],
    });
    const renamed = await run(UPSERT_ENTITY, { entity: { ...port, name: 'Wenzhou Test Hub Port' } });
    const change = renamed.data?.['upsertEntity'].changes[0];
    expect(JSON.parse(change.before).name).toBe('Test Hub Port');
    expect(JSON.parse(change.after).name).toBe('Wenzhou Test Hub Port');
    const history = await run(
      `{ history(targetId: "${port.id}") { edges { node { action actor at } } } }`,
      {},
    );
    const actions = history.data?.['history'].edges.map(
      (edge: { node: { action: string } }) => edge.node.action,
    );
    expect(actions).toEqual(['UPSERT_ENTITY', 'UPSERT_ENTITY']);
    const degree = await run(
      `{ entity(id: "${port.id}") { degree relationships { edges { other { id } } } } }`,
      {},
    );
    expect(degree.data?.['entity']).toEqual({
      degree: 1,
      relationships: { edges: [{ other: { id: 'city:wenzhou' } }] },
    });
  });

  it('retracts an entity with its relationships, hides them, and keeps them in the history', async () => {
    const retracted = await run(
      `mutation { retractEntity(id: "${port.id}", reason: "Added by a test") { changed changes { action reason before } } }`,
      {},
    );
    const change = retracted.data?.['retractEntity'].changes[0];
    expect(change).toMatchObject({ action: 'RETRACT_ENTITY', reason: 'Added by a test' });
    expect(JSON.parse(change.before).relationships).toHaveLength(1);
    expect((await run(`{ entity(id: "${port.id}") { id } }`, {})).data?.['entity']).toBeNull();
    const wenzhou = await run(
      `{ entity(id: "city:wenzhou") { relationships(types: [LOCATED_IN], direction: INCOMING, first: 100) { edges { other { id } } } } }`,
      {},
    );
    const others = wenzhou.data?.['entity'].relationships.edges.map(
      (edge: { other: { id: string } }) => edge.other.id,
    );
    expect(others).not.toContain(port.id);
    const history = await run(
      `{ history(targetId: "${port.id}", first: 10) { edges { node { action } } } }`,
      {},
    );
    expect(history.data?.['history'].edges.at(-1).node.action).toBe('RETRACT_ENTITY');
  });

  it('imports a dataset file in one transaction: all of it, or nothing', async () => {
    const entities = `entities:\n  - id: park:test-import-a\n    kind: PARK\n    name: Test Import Park A\n    evidence:\n      - quote: "${QUOTE}"\n        source: wenzhou-yrd-action-plan-2020\n`;
    const badRelationships = `relationships:\n  - type: LOCATED_IN\n    from: park:test-import-a\n    to: city:nowhere\n    evidence:\n      - quote: "${QUOTE}"\n        source: wenzhou-yrd-action-plan-2020\n`;
    const failed = await run(
      `mutation ($e: String, $r: String) { importDataset(entities: $e, relationships: $r) { changed } }`,
      { e: entities, r: badRelationships },
    );
    expect(failed.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect((await run(`{ entity(id: "park:test-import-a") { id } }`, {})).data?.['entity']).toBeNull();
    const ok = await run(
      `mutation ($e: String, $r: String) { importDataset(entities: $e, relationships: $r) { changes { action targetId } } }`,
      {
        e: entities,
        r: badRelationships.replace('city:nowhere', 'city:wenzhou'),
      },
    );
    expect(ok.data?.['importDataset'].changes.map((c: { action: string }) => c.action)).toEqual([
      'UPSERT_ENTITY',
      'UPSERT_RELATIONSHIP',
    ]);
    await run(`mutation { retractEntity(id: "park:test-import-a", reason: "cleanup") { changed } }`, {});
  });

  it.each([
    [
      'an empty quote',
      { ...port, evidence: [{ quote: ' ', source: 'wenzhou-yrd-action-plan-2020' }] },
      '`entity.evidence[0].quote` must not be empty.',
    ],
    [
      'a quote not in the source',
      {
        ...port,
        evidence: [{ quote: 'Wenzhou will build a moon base.', source: 'wenzhou-yrd-action-plan-2020' }],
      },
      '`entity.evidence[0].quote` is not a verbatim part of source "wenzhou-yrd-action-plan-2020". Copy the sentence exactly as the source has it.',
    ],
    [
      'an unknown source',
      { ...port, evidence: [{ quote: QUOTE, source: 'made-up' }] },
      '`entity.evidence[0].source` names no known source ("made-up"). See `sources` for their ids.',
    ],
    [
      'a wrong id prefix',
      { ...port, id: 'city:test-hub-port' },
      '`entity.id` of a INFRASTRUCTURE must start with "infrastructure:" (got "city:test-hub-port").',
    ],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_name, entity, message) => {
    const result = await run(UPSERT_ENTITY, { entity });
    expect(result.errors?.[0]?.message).toBe(message);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await run(`{ entity(id: "${entity.id}") { id } }`, {})).data?.['entity']).toBeNull();
  });

  it('refuses a relationship to an unknown entity with NOT_FOUND', async () => {
    const result = await run(UPSERT_RELATIONSHIP, {
      relationship: { type: 'HOSTS', from: 'city:wenzhou', to: 'park:nowhere', evidence: port.evidence },
    });
    expect(result.errors?.[0]).toMatchObject({
      message: 'No entity has the id "park:nowhere". Use `search` to find ids by name.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('lets only curators write: no key is UNAUTHENTICATED, a reader is FORBIDDEN, and nothing is written', async () => {
    const anonymous = await run(UPSERT_ENTITY, { entity: port }, nobody);
    expect(anonymous.errors?.[0]).toMatchObject({
      message: 'Writing an entity needs a credential: send `Authorization: Bearer <API key>`.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const forbidden = await run(UPSERT_ENTITY, { entity: port }, reader);
    expect(forbidden.errors?.[0]).toMatchObject({
      message: 'Writing an entity needs the curator role; the key "dashboard" is a reader\'s.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await run(`{ entity(id: "${port.id}") { id } }`, {})).data?.['entity']).toBeNull();
    const dataset = await bundledDataset();
    expect((await run('{ summary { entityCount } }', {})).data?.['summary'].entityCount).toBe(
      dataset.entities.length,
    );
  });
});
