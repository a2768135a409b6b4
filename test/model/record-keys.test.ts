import {
  getNamedType,
  isInputObjectType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLType,
} from 'graphql';
import neo4j from 'neo4j-driver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSchema } from '../../src/graphql/schema.js';
import {
  ATTRIBUTE_CARRIERS,
  ENTITY_ATTRIBUTE_KEYS,
  ENTITY_ATTRIBUTE_KINDS,
  ENTITY_KINDS,
  EVENT_FIGURE_KEYS,
  KIND_TYPE_NAMES,
  PLAN_ATTRIBUTE_KEYS,
  RELATIONSHIP_PROPERTY_KEYS,
  RELATIONSHIP_PROPERTY_KINDS,
  type EntityRecord,
  type RelationshipRecord,
  type ValueKind,
} from '../../src/model/index.js';
import type * as RecordKeys from '../../src/model/record-keys.js';

/**
 * Issue 11: the attribute and property keys are declared once (src/model/record-keys.ts) and the
 * other layers derive theirs from it. The first block adds a key to the declaration (a module mock
 * of that one file, the rest of the code real) and finds it in the export columns, the Neo4j
 * projections and writes, and the zod shapes. The second checks the SDL, which stays the contract,
 * declares a field for each key.
 */

const DECLARATION = '../../src/model/record-keys.js';

// Keys no real record has; a count (a whole number), so the Neo4j writer must send an integer.
const NEW_PROPERTY = 'berthsTestOnly';
const NEW_ATTRIBUTE = 'quaysTestOnly';

const EVIDENCE = [
  { kind: 'INFERRED' as const, source: null, section: null, rationale: 'Test.', basis: ['city:wenzhou'] },
];

/**
 * The code as it is with one relationship property and one entity attribute added to the declaration
 * (the attribute with the kinds that carry it, which the compiler asks for beside it).
 */
async function withAddedKeys() {
  vi.resetModules();
  vi.doMock(DECLARATION, async (importOriginal) => {
    const original = await importOriginal<typeof RecordKeys>();
    return {
      ...original,
      RELATIONSHIP_PROPERTY_KINDS: { ...original.RELATIONSHIP_PROPERTY_KINDS, [NEW_PROPERTY]: 'count' },
      ENTITY_ATTRIBUTE_KINDS: { ...original.ENTITY_ATTRIBUTE_KINDS, [NEW_ATTRIBUTE]: 'count' },
      ATTRIBUTE_CARRIERS: { ...original.ATTRIBUTE_CARRIERS, [NEW_ATTRIBUTE]: ['CITY'] },
    };
  });
  return {
    edges: await import('../../src/export/write-csv-edges.js'),
    nodes: await import('../../src/export/write-csv-nodes.js'),
    fields: await import('../../src/export/record-fields.js'),
    records: await import('../../src/store/neo4j/neo4j-records.js'),
    decoders: await import('../../src/store/neo4j/cypher/decode/records.js'),
    validation: await import('../../src/validation/index.js'),
  };
}

const relationship = (properties: Record<string, unknown>) =>
  ({
    id: 'city:a-[PART_OF]->region:yrd',
    type: 'PART_OF',
    from: 'city:a',
    to: 'region:yrd',
    properties,
    evidence: EVIDENCE,
  }) as RelationshipRecord;

const entity = (attributes: Record<string, unknown>) =>
  ({
    id: 'city:a',
    kind: 'CITY',
    name: 'A',
    aliases: [],
    description: null,
    attributes,
    evidence: EVIDENCE,
  }) as EntityRecord;

describe('a key added to the declaration', () => {
  afterEach(() => {
    vi.doUnmock(DECLARATION);
    vi.resetModules();
  });

  it('is a CSV column after the declared ones, and its value is written there', async () => {
    const { edges, nodes } = await withAddedKeys();
    const [edgeHeader, edgeRow] = edges
      .writeCsvEdges({ nodes: [], relationships: [relationship({ [NEW_PROPERTY]: 7 })] })
      .trim()
      .split(/\r?\n/);
    const edgeColumns = edgeHeader!.split(',');
    expect(edgeColumns.slice(-2)).toEqual([NEW_PROPERTY, 'evidenceCount']);
    expect(edgeRow!.split(',')[edgeColumns.indexOf(NEW_PROPERTY)]).toBe('7');

    const [nodeHeader, nodeRow] = nodes
      .writeCsvNodes({ nodes: [entity({ [NEW_ATTRIBUTE]: 3 })], relationships: [] })
      .trim()
      .split(/\r?\n/);
    const nodeColumns = nodeHeader!.split(',');
    expect(nodeColumns.slice(-2)).toEqual([NEW_ATTRIBUTE, 'evidenceCount']);
    expect(nodeRow!.split(',')[nodeColumns.indexOf(NEW_ATTRIBUTE)]).toBe('3');
  });

  it('is a field of every export format (record-fields)', async () => {
    const { fields } = await withAddedKeys();
    expect(fields.relationshipFields(relationship({ [NEW_PROPERTY]: 7 }))).toMatchObject({
      [NEW_PROPERTY]: 7,
    });
    expect(fields.entityFields(entity({ [NEW_ATTRIBUTE]: 3 }))).toMatchObject({ [NEW_ATTRIBUTE]: 3 });
  });

  it('is read by the Neo4j projections and written and read back by the record mappers', async () => {
    const { records, decoders } = await withAddedKeys();
    expect(records.RELATIONSHIP_PROJECTION).toContain(`.${NEW_PROPERTY}, .evidenceKinds`);
    expect(records.ENTITY_PROJECTION).toContain(`.${NEW_ATTRIBUTE}, .evidenceKinds`);

    const written = records.relationshipToNeo4j(relationship({ [NEW_PROPERTY]: 7 }));
    // A count is a whole-number kind: sent as a Neo4j INTEGER, not a float.
    expect(written[NEW_PROPERTY]).toEqual(neo4j.int(7));
    // The projection adds the type and the ends (`type: type(r)`, …); the node properties lack them.
    const { type, from, to } = relationship({});
    const row = { ...written, type, from, to, [NEW_PROPERTY]: 7 };
    expect(decoders.relationshipFrom(row).properties).toMatchObject({
      [NEW_PROPERTY]: 7,
    });

    const node = records.entityToNeo4j(entity({ [NEW_ATTRIBUTE]: 3 }));
    expect(node[NEW_ATTRIBUTE]).toEqual(neo4j.int(3));
    expect(decoders.entityFrom({ ...node, [NEW_ATTRIBUTE]: 3 }).attributes).toMatchObject({
      [NEW_ATTRIBUTE]: 3,
    });
  });

  it('is checked by the zod shape of its kind', async () => {
    const { validation } = await withAddedKeys();
    const parse = (properties: Record<string, unknown>) =>
      validation.relationshipSchema.safeParse({ ...relationship(properties), id: undefined });
    expect(parse({ [NEW_PROPERTY]: 7 }).success).toBe(true);
    const fractional = parse({ [NEW_PROPERTY]: 1.5 });
    expect(fractional.success ? null : validation.firstIssue(fractional.error)).toEqual({
      field: `properties.${NEW_PROPERTY}`,
      message: 'must be a whole number',
    });
    const attribute = validation.entitySchema.safeParse({ ...entity({ [NEW_ATTRIBUTE]: -1 }) });
    expect(attribute.success ? null : validation.firstIssue(attribute.error)).toEqual({
      field: `attributes.${NEW_ATTRIBUTE}`,
      message: 'must be 0 or more',
    });
    expect(validation.entitySchema.safeParse(entity({ [NEW_ATTRIBUTE]: 3 })).success).toBe(true);
    // Only the kinds declared to carry it may.
    const onPark = validation.entitySchema.safeParse({
      ...entity({ [NEW_ATTRIBUTE]: 3 }),
      id: 'park:a',
      kind: 'PARK',
    });
    expect(onPark.success ? null : validation.firstIssue(onPark.error)).toEqual({
      field: `attributes.${NEW_ATTRIBUTE}`,
      message: `only a CITY has \`${NEW_ATTRIBUTE}\` (this entity is a PARK)`,
    });
  });

  it('was not there before (the mock is what added it)', async () => {
    const { writeCsvEdges } = await import('../../src/export/write-csv-edges.js');
    expect(writeCsvEdges({ nodes: [], relationships: [] })).not.toContain(NEW_PROPERTY);
  });
});

/** The GraphQL type each value kind is exposed as. */
const GRAPHQL_TYPE: Record<ValueKind, string> = {
  text: 'String',
  latitude: 'Float',
  longitude: 'Float',
  ordinal: 'Int',
  year: 'Int',
  isoDate: 'String',
  hours: 'Float',
  amount: 'Float',
  count: 'Int',
  eventType: 'EventType',
  relationshipStatus: 'RelationshipStatus',
};

describe('the SDL declares a field for each declared key', () => {
  const schema = createSchema();
  const fieldTypes = (name: string): Record<string, string> => {
    const type: GraphQLNamedType | undefined = schema.getType(name);
    if (!isObjectType(type) && !isInputObjectType(type)) throw new Error(`${name} is not an object type`);
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [
        field.name,
        getNamedType(field.type as GraphQLType).name,
      ]),
    );
  };
  const declared = (keys: readonly string[], kinds: Readonly<Record<string, ValueKind>>) =>
    Object.fromEntries(keys.map((key) => [key, GRAPHQL_TYPE[kinds[key]!]]));

  it('Relationship and RelationshipInput: every property, of its kind’s type', () => {
    const expected = declared(RELATIONSHIP_PROPERTY_KEYS, RELATIONSHIP_PROPERTY_KINDS);
    expect(fieldTypes('Relationship')).toMatchObject(expected);
    expect(fieldTypes('RelationshipInput')).toMatchObject(expected);
  });

  it('EntityInput takes the plan attributes, EventFigures holds exactly the figures', () => {
    expect(fieldTypes('EntityInput')).toMatchObject(declared(PLAN_ATTRIBUTE_KEYS, ENTITY_ATTRIBUTE_KINDS));
    expect(fieldTypes('EventFigures')).toEqual(declared(EVENT_FIGURE_KEYS, ENTITY_ATTRIBUTE_KINDS));
    expect(ENTITY_ATTRIBUTE_KEYS).toEqual(
      expect.arrayContaining([...PLAN_ATTRIBUTE_KEYS, ...EVENT_FIGURE_KEYS]),
    );
  });

  // The coordinates are one field, `location`; the figures are under `figures`.
  const fieldOf = (key: string) =>
    key === 'latitude' || key === 'longitude'
      ? 'location'
      : (EVENT_FIGURE_KEYS as readonly string[]).includes(key)
        ? 'figures'
        : key;

  it.each(ENTITY_ATTRIBUTE_KEYS)(
    '`%s` is a field of exactly the object types of the kinds that carry it (ATTRIBUTE_CARRIERS)',
    (key) => {
      const typesWithField = ENTITY_KINDS.filter((kind) => fieldOf(key) in fieldTypes(KIND_TYPE_NAMES[kind]));
      expect(typesWithField).toEqual(ENTITY_KINDS.filter((kind) => ATTRIBUTE_CARRIERS[key].includes(kind)));
    },
  );
});
