import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/index.js';
import { KIND_TYPE_NAMES } from '../../src/model/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { createGraphQLHarness, dataOf, type GraphQLHarness } from '../support/graphql-harness.js';

/** Fetching by id: `entity`, `relationship`, `node` and `nodes`. */

let harness: GraphQLHarness;
let dataset: Dataset;

beforeAll(async () => {
  dataset = await bundledDataset();
  harness = await createGraphQLHarness();
});

afterAll(async () => {
  await harness.stop();
});

const JIADING_COOPERATION = 'city:wenzhou-[COOPERATES_WITH]->district:jiading';

describe('entity', () => {
  it('returns the entity with its shared fields as the dataset states them', async () => {
    const data = dataOf(
      await harness.execute(
        '{ entity(id: "city:wenzhou") { __typename id name kind aliases description degree } }',
      ),
    );
    const record = dataset.entities.find((entity) => entity.id === 'city:wenzhou')!;
    const degree = dataset.relationships.filter(
      (r) => r.from === 'city:wenzhou' || r.to === 'city:wenzhou',
    ).length;
    expect(data['entity']).toEqual({
      __typename: 'City',
      id: 'city:wenzhou',
      name: 'Wenzhou',
      kind: 'CITY',
      aliases: record.aliases,
      description: record.description,
      degree,
    });
    expect(data['entity'].aliases).toContain('温州');
    expect(degree).toBeGreaterThan(10);
  });

  it('returns null for an unknown id', async () => {
    const data = dataOf(await harness.execute('{ entity(id: "city:atlantis") { id } }'));
    expect(data).toEqual({ entity: null });
  });

  it('returns null, not an error, for a malformed id', async () => {
    for (const id of ['Wenzhou', 'city:', 'CITY:wenzhou', '', JIADING_COOPERATION]) {
      const data = dataOf(await harness.execute('query ($id: ID!) { entity(id: $id) { id } }', { id }));
      expect(data, id).toEqual({ entity: null });
    }
  });

  it('gives a task its number, a milestone its year and a person their title', async () => {
    const data = dataOf(
      await harness.execute(`{
        task: entity(id: "task:task-three") { __typename ... on Task { number } }
        milestone: entity(id: "milestone:2025") { __typename ... on Milestone { year } }
        person: entity(id: "person:huang-yangxu") { __typename ... on Person { title } }
      }`),
    );
    expect(data).toEqual({
      task: { __typename: 'Task', number: 3 },
      milestone: { __typename: 'Milestone', year: 2025 },
      person: {
        __typename: 'Person',
        title: 'Director of the Wenzhou Development and Reform Commission',
      },
    });
  });

  it('resolves every entity of the dataset to the object type of its kind', async () => {
    const ids = dataset.entities.slice(0, 100).map((entity) => entity.id);
    const data = dataOf(
      await harness.execute(
        'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Entity { kind } } }',
        {
          ids,
        },
      ),
    );
    data['nodes'].forEach((node: { __typename: string; kind: keyof typeof KIND_TYPE_NAMES }) => {
      expect(node.__typename).toBe(KIND_TYPE_NAMES[node.kind]);
    });
  });
});

describe('relationship', () => {
  it('returns a relationship by id with its ends, properties and evidence', async () => {
    const data = dataOf(
      await harness.execute(
        `query ($id: ID!) {
          relationship(id: $id) {
            id type from { id } to { id } status hours year validFrom validTo announced
            evidence { kind section }
          }
        }`,
        { id: JIADING_COOPERATION },
      ),
    );
    expect(data['relationship']).toEqual({
      id: JIADING_COOPERATION,
      type: 'COOPERATES_WITH',
      from: { id: 'city:wenzhou' },
      to: { id: 'district:jiading' },
      // "Wenzhou will deepen its comprehensive strategic cooperation with Jiading": the cooperation
      // exists (docs/data-fidelity.md, the status rule).
      status: 'EXISTING',
      hours: null,
      year: null,
      validFrom: null,
      validTo: null,
      announced: null,
      evidence: [{ kind: 'QUOTED', section: 'Task Two' }],
    });
  });

  it('gives rail links their travel time in hours', async () => {
    const data = dataOf(
      await harness.execute(
        '{ relationship(id: "city:wenzhou-[CONNECTED_BY_RAIL]->city:beijing") { hours } }',
      ),
    );
    expect(data['relationship']).toEqual({ hours: 5 });
  });

  it('returns null for an unknown or malformed relationship id', async () => {
    for (const id of ['city:wenzhou-[HOSTS]->district:jiading', 'city:wenzhou', 'nonsense']) {
      const data = dataOf(await harness.execute('query ($id: ID!) { relationship(id: $id) { id } }', { id }));
      expect(data, id).toEqual({ relationship: null });
    }
  });
});

describe('node', () => {
  it('resolves entities to their concrete type and relationships to Relationship', async () => {
    const data = dataOf(
      await harness.execute(
        `query ($relationship: ID!) {
          city: node(id: "city:wenzhou") { __typename id ... on City { name } }
          district: node(id: "district:jiading") { __typename id ... on Place { province } }
          task: node(id: "task:task-one") { __typename ... on Task { number } }
          relationship: node(id: $relationship) { __typename id ... on Relationship { type } }
        }`,
        { relationship: JIADING_COOPERATION },
      ),
    );
    expect(data).toEqual({
      city: { __typename: 'City', id: 'city:wenzhou', name: 'Wenzhou' },
      district: { __typename: 'District', id: 'district:jiading', province: 'Shanghai' },
      task: { __typename: 'Task', number: 1 },
      relationship: { __typename: 'Relationship', id: JIADING_COOPERATION, type: 'COOPERATES_WITH' },
    });
  });

  it('returns null for unknown and malformed ids', async () => {
    const data = dataOf(
      await harness.execute(`{
        unknown: node(id: "city:atlantis") { id }
        malformed: node(id: "not an id") { id }
        unknownRelationship: node(id: "city:a-[HOSTS]->city:b") { id }
      }`),
    );
    expect(data).toEqual({ unknown: null, malformed: null, unknownRelationship: null });
  });
});

describe('nodes', () => {
  it('keeps the order asked for, with null for each unknown or malformed id', async () => {
    const ids = [
      'district:jiading',
      'city:atlantis',
      JIADING_COOPERATION,
      'bad id',
      'city:wenzhou',
      'district:jiading',
    ];
    const data = dataOf(
      await harness.execute('query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids }),
    );
    expect(data['nodes']).toEqual([
      { __typename: 'District', id: 'district:jiading' },
      null,
      { __typename: 'Relationship', id: JIADING_COOPERATION },
      null,
      { __typename: 'City', id: 'city:wenzhou' },
      { __typename: 'District', id: 'district:jiading' },
    ]);
  });

  it('returns an empty list for no ids', async () => {
    expect(dataOf(await harness.execute('{ nodes(ids: []) { id } }'))).toEqual({ nodes: [] });
  });
});
