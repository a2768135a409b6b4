import { parse, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFieldsOf } from '../../src/graphql/record-fields-of.js';
import { createSchema } from '../../src/graphql/schema.js';
import { createGraphQLHarness, dataOf, type GraphQLHarness } from '../support/graphql-harness.js';

/**
 * A nested relationships read fetches only the record parts the operation asks for (RecordFields). Each
 * field asked alone, at every nesting position, must show what a lookup by id shows: a narrowed read
 * that dropped a field would answer it empty. Runs on the embedded store and on Neo4j (graphql-neo4j).
 */

let harness: GraphQLHarness;

beforeAll(async () => {
  harness = await createGraphQLHarness();
});

afterAll(async () => {
  await harness.stop();
});

const EVIDENCE_FIELDS = [
  'kind',
  'quote',
  'start',
  'end',
  'section',
  'source { id }',
  'citation { id }',
  'note',
  'rationale',
  'basis',
  'mentions { entityId text }',
  'context(chars: 20)',
];

/** Each asked alone (with `id`, to match records up). */
const ENTITY_SELECTIONS = [
  'name kind',
  'aliases',
  'description',
  'status',
  'degree',
  '... on Place { province location { latitude longitude } }',
  '... on Person { title }',
  '... on Task { number }',
  '... on Milestone { year }',
  // The bundled dataset has no inferred evidence and no mentions on entities; the relationships'
  // cases below read those evidence lists through the same projection.
  ...EVIDENCE_FIELDS.filter((field) => !/rationale|basis|mentions/.test(field)).map(
    (field) => `evidence { ${field} }`,
  ),
];
const RELATIONSHIP_SELECTIONS = [
  'type',
  'from { id } to { id }',
  'hours',
  'year',
  'status',
  'validFrom validTo',
  'announced',
  ...EVIDENCE_FIELDS.map((field) => `evidence { ${field} }`),
];

/**
 * Roots whose neighbourhoods hold every kind of evidence and most attributes. The plan is one for its
 * milestones (`year`): from Wenzhou they lay past the first five of the plan's own relationships.
 */
const ROOTS = [
  'city:wenzhou',
  'task:task-three',
  'person:huang-yangxu',
  'district:jiading',
  'plan:wenzhou-yrd-action-plan',
];

/** The root, its relationships (both ways) and theirs (outgoing), each record showing `entity`/`relationship`. */
function nestedQuery(entity: string, relationship: string): string {
  return `query Nested($id: ID!) {
    entity(id: $id) {
      id ${entity}
      relationships(first: 25) {
        edges {
          node { id ${relationship} }
          other {
            id ${entity}
            relationships(direction: OUTGOING, first: 5) {
              edges { node { id ${relationship} } other { id ${entity} } }
            }
          }
        }
      }
    }
  }`;
}

interface Shown {
  id: string;
  [field: string]: unknown;
}

/** The nested answer's shape (see nestedQuery). */
interface NestedEntity extends Shown {
  relationships?: { edges: { node: Shown; other: NestedEntity }[] };
}

/** Every entity and every relationship the nested answer shows, in answer order. */
function recordsOf(data: Record<string, unknown>): { entities: Shown[]; relationships: Shown[] } {
  const entities: Shown[] = [];
  const relationships: Shown[] = [];
  const walk = ({ relationships: page, ...fields }: NestedEntity) => {
    entities.push(fields);
    for (const edge of page?.edges ?? []) {
      relationships.push(edge.node);
      walk(edge.other);
    }
  };
  walk(data['entity'] as NestedEntity);
  return { entities, relationships };
}

/**
 * The same selection read by id, one record at a time through `nodes` (whole records, never narrowed),
 * 100 ids a request (the most `nodes` takes).
 */
async function byId(ids: string[], selection: string, type: 'Entity' | 'Relationship'): Promise<Shown[]> {
  const shown: Shown[] = [];
  for (let at = 0; at < ids.length; at += 100) {
    const answer = dataOf(
      await harness.execute(
        `query ById($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type} { id ${selection} } } }`,
        { ids: ids.slice(at, at + 100) },
      ),
    );
    shown.push(...(answer['nodes'] as Shown[]));
  }
  return shown;
}

/** Whether a shown value says something (not null, not empty): a dropped field would show neither. */
function isInformative(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some(isInformative);
  if (typeof value === 'object') return Object.values(value).some(isInformative);
  return value !== '';
}

/**
 * Expects the shown records to equal the same selection read by id, and returns how many of them show
 * something for it (the comparison means something only where the field has values).
 */
async function expectShownAsById(
  shown: Shown[],
  selection: string,
  type: 'Entity' | 'Relationship',
): Promise<number> {
  const expected = await byId(
    shown.map((record) => record.id),
    selection,
    type,
  );
  expect(shown).toEqual(expected);
  return shown.filter(({ id: _id, ...fields }) => isInformative(fields)).length;
}

/**
 * Expects `nodes` to show entities whole (descriptions, aliases, evidence) in an operation whose other
 * root field, `otherRoot`, reads the same entities narrowed and primes the request's caches with them.
 */
async function expectWholeNodesBeside(otherRoot: string, variables: Record<string, string>, ids: string[]) {
  const wide = 'name description aliases status evidence { kind quote section note rationale basis }';
  const definitions = [...Object.keys(variables).map((name) => `$${name}: ID!`), '$ids: [ID!]!'];
  const together = dataOf(
    await harness.execute(
      `query Both(${definitions.join(', ')}) {
        ${otherRoot}
        nodes(ids: $ids) { ... on Entity { id ${wide} } }
      }`,
      { ...variables, ids },
    ),
  )['nodes'] as Shown[];
  expect(together).toEqual(await byId(ids, wide, 'Entity'));
  expect(together.filter((node) => node['description'] !== null).length).toBeGreaterThan(0);
}

describe('a nested read narrowed to the fields asked for', () => {
  it.each(ENTITY_SELECTIONS)('shows entities as a lookup by id does: %s', async (selection) => {
    let informative = 0;
    for (const root of ROOTS) {
      const result = await harness.execute(nestedQuery(selection, 'type'), { id: root });
      informative += await expectShownAsById(recordsOf(dataOf(result)).entities, selection, 'Entity');
    }
    expect(informative).toBeGreaterThan(0);
  });

  it.each(RELATIONSHIP_SELECTIONS)('shows relationships as a lookup by id does: %s', async (selection) => {
    let informative = 0;
    for (const root of ROOTS) {
      const result = await harness.execute(nestedQuery('name', selection), { id: root });
      const { relationships } = recordsOf(dataOf(result));
      informative += await expectShownAsById(relationships, selection, 'Relationship');
    }
    expect(informative).toBeGreaterThan(0);
  });

  it('serves a wider selection elsewhere in the same operation whole, whatever the nested read primed', async () => {
    // The nested read asks for names only; `nodes` then asks for the same other ends' descriptions,
    // aliases and evidence, which the request's caches hold from the nested read.
    const narrow = dataOf(await harness.execute(nestedQuery('name', 'type'), { id: 'city:wenzhou' }));
    const ids = recordsOf(narrow).entities.map((entity) => entity.id);
    await expectWholeNodesBeside(
      'entity(id: $id) { id relationships(first: 25) { edges { other { id name } } } }',
      { id: 'city:wenzhou' },
      ids,
    );
  });
});

/** The root with wide fields, its other ends with `other` (the level below with `deeper`): read narrower. */
function widerRootQuery(other: string, deeper = other): string {
  return `query Nested($id: ID!) {
    entity(id: $id) {
      id ${WIDE_ENTITY}
      relationships(first: 25) {
        edges {
          node { id type }
          other {
            id ${other}
            relationships(direction: OUTGOING, first: 5) { edges { node { id } other { id ${deeper} } } }
          }
        }
      }
    }
  }`;
}
const WIDE_ENTITY = 'name description aliases status evidence { kind quote section note }';

describe('other ends read with fewer parts than the entity beside them', () => {
  it.each(ENTITY_SELECTIONS)('show as a lookup by id does: %s', async (selection) => {
    let informative = 0;
    for (const root of ROOTS) {
      const data = dataOf(await harness.execute(widerRootQuery(selection), { id: root }));
      const [entity, ...others] = recordsOf(data).entities;
      await expectShownAsById([entity!], WIDE_ENTITY, 'Entity');
      informative += await expectShownAsById(others, selection, 'Entity');
    }
    expect(informative).toBeGreaterThan(0);
  });

  it('leave the entity whole when it is also an other end (a relationship back to it)', async () => {
    // Wenzhou's partners' outgoing relationships lead back to Wenzhou: the root is an other end too.
    const data = dataOf(await harness.execute(widerRootQuery('name'), { id: 'city:wenzhou' }));
    const [entity, ...others] = recordsOf(data).entities;
    expect(others.some((other) => other.id === 'city:wenzhou')).toBe(true);
    await expectShownAsById([entity!], WIDE_ENTITY, 'Entity');
  });

  it('read what every other end asks, when the two levels ask for different parts', async () => {
    const [first, deeper] = ['name', 'description aliases'];
    let informative = 0;
    for (const root of ROOTS) {
      const data = dataOf(await harness.execute(widerRootQuery(first, deeper), { id: root }));
      const edges = (data['entity'] as NestedEntity).relationships!.edges;
      const levelOne = edges.map(({ other: { relationships: _below, ...shown } }) => shown);
      const levelTwo = edges.flatMap(({ other }) => other.relationships!.edges.map((edge) => edge.other));
      await expectShownAsById(levelOne, first, 'Entity');
      informative += await expectShownAsById(levelTwo, deeper, 'Entity');
    }
    expect(informative).toBeGreaterThan(0);
  });
});

/** Searches whose hits hold every kind of entity the selections above read. */
const SEARCHES = ['wenzhou', 'task', 'huang', 'jiading', 'zone', 'milestone'];

describe('search hits narrowed to the fields asked for', () => {
  it.each(ENTITY_SELECTIONS)('show entities as a lookup by id does: %s', async (selection) => {
    let informative = 0;
    for (const query of SEARCHES) {
      const answer = dataOf(
        await harness.execute(
          `query Search($query: String!) { search(query: $query, first: 25) { entity { id ${selection} } } }`,
          { query },
        ),
      );
      const entities = (answer['search'] as { entity: Shown }[]).map((hit) => hit.entity);
      informative += await expectShownAsById(entities, selection, 'Entity');
    }
    expect(informative).toBeGreaterThan(0);
  });

  it('leave a wider selection elsewhere in the same operation whole', async () => {
    const hits = dataOf(await harness.execute('{ search(query: "wenzhou", first: 25) { entity { id } } }'))[
      'search'
    ] as { entity: Shown }[];
    const ids = hits.map((hit) => hit.entity.id);
    await expectWholeNodesBeside('search(query: "wenzhou", first: 25) { entity { id name } }', {}, ids);
  });
});

/**
 * The checks every narrowed read takes: each entity selection and each relationship selection, asked
 * alone of `read`, shows what a lookup by id shows, and shows something.
 */
function itShowsEachSelectionAsById(
  read: (entity: string, relationship: string) => Promise<{ entities: Shown[]; relationships: Shown[] }>,
): void {
  it.each(ENTITY_SELECTIONS)('show entities as a lookup by id does: %s', async (selection) => {
    const { entities } = await read(selection, 'type');
    expect(await expectShownAsById(entities, selection, 'Entity')).toBeGreaterThan(0);
  });

  it.each(RELATIONSHIP_SELECTIONS)('show relationships as a lookup by id does: %s', async (selection) => {
    const { relationships } = await read('name', selection);
    expect(await expectShownAsById(relationships, selection, 'Relationship')).toBeGreaterThan(0);
  });
}

/** `expectWholeNodesBeside` for up to 25 of the entities a narrowed read showed, beside `otherRoot`. */
async function expectWholeBesideTheirRead(read: { entities: Shown[] }, otherRoot: string): Promise<void> {
  const ids = [...new Set(read.entities.map((entity) => entity.id))].slice(0, 25);
  await expectWholeNodesBeside(otherRoot, {}, ids);
}

/**
 * Expects `call` (a root field answering a path or a subgraph) to export the same evidence file whether
 * or not the operation also shows a few fields of the same records: an export is read whole.
 */
async function expectExportedWhole(rootField: string, call: string): Promise<void> {
  const exportOf = async (shown: string) =>
    (
      dataOf(await harness.execute(`{ ${call} { ${shown} export(format: CSV_EVIDENCE) { content } } }`))[
        rootField
      ] as { export: { content: string } }
    ).export.content;
  const alone = await exportOf('');
  expect(await exportOf('nodes { id name } relationships { id type }')).toBe(alone);
  // The evidence file lists every record's evidence: an export of narrowed records would list none.
  expect(alone.split('\n').length).toBeGreaterThan(3);
  expect(alone).toContain('QUOTED');
}

/**
 * Pairs whose paths pass through cities, districts, tasks, people, milestones and the plan, along
 * relationships of every kind of property (Beijing is a rail time from Wenzhou, with `hours`).
 */
const PATH_ENDS = [...ROOTS, 'city:beijing', 'milestone:2025'];
const PATH_PAIRS = PATH_ENDS.flatMap((from, index) =>
  PATH_ENDS.slice(index + 1).map((to) => [from, to] as const),
);

/** The shortest path and up to five shortest paths between each pair, showing these selections. */
async function pathRecordsOf(
  entity: string,
  relationship: string,
): Promise<{ entities: Shown[]; relationships: Shown[]; pathsPerPair: number[] }> {
  const entities: Shown[] = [];
  const relationships: Shown[] = [];
  const pathsPerPair: number[] = [];
  const shape = `nodes { id ${entity} } relationships { id ${relationship} }`;
  for (const [from, to] of PATH_PAIRS) {
    const data = dataOf(
      await harness.execute(
        `query Paths($from: ID!, $to: ID!) {
          shortestPath(from: $from, to: $to, maxHops: 4) { ${shape} }
          paths(from: $from, to: $to, mode: K_SHORTEST, first: 5, maxHops: 4) { ${shape} }
        }`,
        { from, to },
      ),
    );
    const paths = [data['shortestPath'], ...(data['paths'] as unknown[])].filter(Boolean) as (Shown & {
      nodes: Shown[];
      relationships: Shown[];
    })[];
    pathsPerPair.push(paths.length);
    for (const path of paths) {
      entities.push(...path.nodes);
      relationships.push(...path.relationships);
    }
  }
  return { entities, relationships, pathsPerPair };
}

describe('paths narrowed to the fields asked for', () => {
  it('join every pair, by shortestPath and by paths, so the comparisons below compare something', async () => {
    const { pathsPerPair } = await pathRecordsOf('name', 'type');
    // The shortest path, and at least one of `paths` (up to five).
    expect(pathsPerPair.map((count) => count >= 2 && count <= 6)).toEqual(PATH_PAIRS.map(() => true));
  });

  itShowsEachSelectionAsById(pathRecordsOf);

  it('leave a wider selection elsewhere in the same operation whole', async () => {
    await expectWholeBesideTheirRead(
      await pathRecordsOf('name', 'type'),
      'shortestPath(from: "city:wenzhou", to: "person:huang-yangxu", maxHops: 4) { nodes { id name } }',
    );
  });

  it("export a path's records whole when the same path also shows a few of their fields", async () => {
    await expectExportedWhole(
      'shortestPath',
      'shortestPath(from: "city:wenzhou", to: "person:huang-yangxu", maxHops: 4)',
    );
  });
});

/** Each root's neighbourhood two hops out, both ways, showing these selections. */
async function neighborhoodRecordsOf(
  entity: string,
  relationship: string,
  evidenceKinds = 'null',
): Promise<{ entities: Shown[]; relationships: Shown[] }> {
  const entities: Shown[] = [];
  const relationships: Shown[] = [];
  for (const id of PATH_ENDS) {
    const data = dataOf(
      await harness.execute(
        `query Around($id: ID!) {
          neighborhood(id: $id, depth: 2, limit: 60, evidenceKinds: ${evidenceKinds}) {
            nodes { id ${entity} } relationships { id ${relationship} }
          }
        }`,
        { id },
      ),
    );
    const subgraph = data['neighborhood'] as { nodes: Shown[]; relationships: Shown[] };
    entities.push(...subgraph.nodes);
    relationships.push(...subgraph.relationships);
  }
  return { entities, relationships };
}

describe('neighbourhoods narrowed to the fields asked for', () => {
  itShowsEachSelectionAsById(neighborhoodRecordsOf);

  it('follow only relationships with evidence of the kinds asked for, showing their evidence whole', async () => {
    const selection = 'evidence { kind quote }';
    const { relationships } = await neighborhoodRecordsOf('name', selection, '[INFERRED]');
    expect(relationships.length).toBeGreaterThan(0);
    for (const relationship of relationships) {
      expect((relationship['evidence'] as { kind: string }[]).map((item) => item.kind)).toContain('INFERRED');
    }
    await expectShownAsById(relationships, selection, 'Relationship');
  });

  it('leave a wider selection elsewhere in the same operation whole', async () => {
    await expectWholeBesideTheirRead(
      await neighborhoodRecordsOf('name', 'type'),
      'neighborhood(id: "city:wenzhou", limit: 60) { nodes { id name } }',
    );
  });

  it('export the records whole when the same subgraph also shows a few of their fields', async () => {
    await expectExportedWhole('neighborhood', 'neighborhood(id: "district:jiading", limit: 30)');
  });
});

describe('recordFieldsOf', () => {
  const schema = createSchema();
  const fieldsOf = (query: string) => {
    const document = parse(query);
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
    )!;
    const fragments = Object.fromEntries(
      document.definitions.flatMap((definition) =>
        definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition]] : [],
      ),
    );
    return recordFieldsOf({ schema, operation, fragments } as unknown as GraphQLResolveInfo);
  };

  it('reads the parts the bench nested query shows: evidence quotes and sections', () => {
    expect(
      fieldsOf(nestedQuery('name kind evidence { quote section }', 'type evidence { quote section }')),
    ).toEqual({
      entity: ['evidence'],
      relationship: ['evidence'],
      evidence: ['quote', 'section'],
    });
  });

  it('reads other ends with only the parts their selections read, at every level', () => {
    expect(fieldsOf(widerRootQuery('name kind'))).toEqual({
      entity: ['aliases', 'description', 'evidence', 'status'],
      relationship: [],
      evidence: ['note', 'quote', 'section'],
      otherEnd: [],
    });
    expect(
      fieldsOf(widerRootQuery('... on City { province } ...O') + ' fragment O on Entity { aliases }'),
    ).toEqual({
      entity: ['aliases', 'attributes', 'description', 'evidence', 'status'],
      relationship: [],
      evidence: ['note', 'quote', 'section'],
      otherEnd: ['aliases', 'attributes'],
    });
  });

  it('reads other ends like every entity when they need as much, or a from or to looks for them', () => {
    expect(fieldsOf(widerRootQuery(WIDE_ENTITY))).not.toHaveProperty('otherEnd');
    expect(
      fieldsOf(widerRootQuery('name').replace('node { id type }', 'node { id type from { id } }')),
    ).not.toHaveProperty('otherEnd');
    expect(fieldsOf(nestedQuery('name kind evidence { quote }', 'type'))).not.toHaveProperty('otherEnd');
  });

  it('follows fragments and type conditions', () => {
    expect(
      fieldsOf(`query { node(id: "x") { ...E } } fragment E on Entity { ... on City { province } aliases }`),
    ).toEqual({ entity: ['aliases', 'attributes'], relationship: [], evidence: [] });
  });

  it('counts the fields of interfaces that extend Entity as entity fields', () => {
    expect(fieldsOf(`query { entity(id: "x") { ... on Place { province } } }`)).toEqual({
      entity: ['attributes'],
      relationship: [],
      evidence: [],
    });
  });

  it('reads whole records for mutations, other root fields and fields it does not know', () => {
    expect(fieldsOf('mutation { retractEntity(id: "x", reason: "r") { id } }')).toBeNull();
    expect(fieldsOf('{ network(ids: ["city:wenzhou"]) { subgraph { nodes { id } } } }')).toBeNull();
    expect(fieldsOf('{ entity(id: "x") { id notAField } }')).toBeNull();
  });

  it('reads the parts a path shows, and whole records for a path that is exported', () => {
    expect(
      fieldsOf(
        '{ shortestPath(from: "a:b", to: "c:d") { length nodes { id name } relationships { id type } } }',
      ),
    ).toEqual({ entity: [], relationship: [], evidence: [] });
    expect(
      fieldsOf(
        '{ paths(from: "a:b", to: "c:d") { nodes { id description } relationships { id evidence { quote } } } }',
      ),
    ).toEqual({ entity: ['description'], relationship: ['evidence'], evidence: ['quote'] });
    expect(
      fieldsOf('{ shortestPath(from: "a:b", to: "c:d") { nodes { id } export(format: GEXF) { content } } }'),
    ).toBeNull();
    expect(fieldsOf('{ neighborhood(id: "a:b") { truncated nodes { id name } omitted { count } } }')).toEqual(
      {
        entity: [],
        relationship: [],
        evidence: [],
      },
    );
    expect(
      fieldsOf('{ neighborhood(id: "a:b") { nodes { id } export(format: D3) { content } } }'),
    ).toBeNull();
  });
});
