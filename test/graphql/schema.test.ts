import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/graphql/schema.js';
import {
  ENTITY_KINDS,
  KIND_TYPE_NAMES,
  RELATIONSHIP_STATUSES,
  RELATIONSHIP_TYPES,
} from '../../src/model/index.js';

/** The API's shape: one reviewed snapshot, and the enums held to the model's vocabulary. */

// The schema is built by @graphql-tools/schema, which Node loads with graphql's CommonJS build; a plain
// `import 'graphql'` here would get Vite's ESM build, whose classes fail graphql's realm checks.
const { GraphQLEnumType, GraphQLObjectType, lexicographicSortSchema, printSchema } = createRequire(
  import.meta.url,
)('graphql') as typeof GraphQL;

let schema: GraphQLSchema;

beforeAll(() => {
  schema = createSchema();
});

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  expect(type, name).toBeInstanceOf(GraphQLEnumType);
  return (type as GraphQL.GraphQLEnumType).getValues().map((value) => value.name);
}

function objectType(name: string): GraphQL.GraphQLObjectType {
  const type = schema.getType(name);
  expect(type, name).toBeInstanceOf(GraphQLObjectType);
  return type as GraphQL.GraphQLObjectType;
}

describe('schema', () => {
  it('matches the reviewed snapshot (every API change shows up in review)', () => {
    // A .snap file rather than a .graphql one: Prettier would reformat a .graphql snapshot.
    expect(printSchema(lexicographicSortSchema(schema))).toMatchSnapshot();
  });

  it('lists the entity kinds of the model, in order', () => {
    expect(enumValues('EntityKind')).toEqual([...ENTITY_KINDS]);
  });

  it('lists the relationship types of the model, in order', () => {
    expect(enumValues('RelationshipType')).toEqual([...RELATIONSHIP_TYPES]);
  });

  it('lists the relationship statuses of the model, in order', () => {
    expect(enumValues('RelationshipStatus')).toEqual([...RELATIONSHIP_STATUSES]);
  });

  it('has an object type implementing Entity and Node for every entity kind', () => {
    const entity = schema.getType('Entity') as GraphQLInterfaceType;
    const implementations = schema.getPossibleTypes(entity).map((type) => type.name);
    expect(implementations.sort()).toEqual(Object.values(KIND_TYPE_NAMES).sort());
    for (const kind of ENTITY_KINDS) {
      const type = objectType(KIND_TYPE_NAMES[kind]);
      expect(type.getInterfaces().map((i) => i.name)).toEqual(expect.arrayContaining(['Entity', 'Node']));
    }
  });

  it('makes exactly the cities, districts and regions places', () => {
    const place = schema.getType('Place') as GraphQLInterfaceType;
    expect(
      schema
        .getPossibleTypes(place)
        .map((type) => type.name)
        .sort(),
    ).toEqual(['City', 'District', 'Region']);
  });

  it('has only the curation mutations and no subscriptions', () => {
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual([
      'importDataset',
      'retractEntity',
      'retractRelationship',
      'upsertEntity',
      'upsertRelationship',
    ]);
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('caps every connection page at 20 by default', () => {
    const query = schema.getQueryType()!.getFields();
    expect(query['entities']!.args.find((arg) => arg.name === 'first')!.defaultValue).toBe(20);
    expect(query['relationships']!.args.find((arg) => arg.name === 'first')!.defaultValue).toBe(20);
    expect(query['search']!.args.find((arg) => arg.name === 'first')!.defaultValue).toBe(10);
    for (const name of Object.values(KIND_TYPE_NAMES)) {
      const relationships = objectType(name).getFields()['relationships']!;
      expect(relationships.args.find((arg) => arg.name === 'first')!.defaultValue, name).toBe(20);
    }
  });
});
