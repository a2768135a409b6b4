import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** Ids that exist in the bundled dataset, so some generated operations reach deep into it. */
const REAL_IDS = [
  'city:wenzhou',
  'district:jiading',
  'city:taizhou',
  'plan:wenzhou-yrd-action-plan',
  'task:task-one',
  'city:wenzhou-[COOPERATES_WITH]->district:jiading',
];

/** Text that has meant trouble to search engines and query languages. */
const HOSTILE_TEXT = [
  'name:wenzhou AND kind:CITY',
  'jiad*',
  '*:*',
  'wenzhou~2',
  '"unclosed',
  '(a OR b',
  'a\\',
  '+-&&||!(){}[]^"~*?:\\/',
  "' OR 1=1 --",
  '") RETURN n //',
  '}) MATCH (n) DETACH DELETE n //',
  'MATCH (n) RETURN n',
  '$param',
  '`backtick`',
  '温州',
  'Ｗｅｎｚｈｏｕ',
  '\u0000',
  '\u202Eevil',
  '𝕎𝕖𝕟',
  'é'.normalize('NFD'),
  ' ',
  '',
  'a'.repeat(201),
  'x'.repeat(20_000),
];

const strings = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

const ids = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...REAL_IDS) },
  { weight: 1, arbitrary: strings },
  { weight: 1, arbitrary: fc.constantFrom('city:', ':', 'city:wenzhou-[NOPE]->x', 'Q2l0eToxMjM=') },
);

const ints = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom(0, -1, 20, 50, 51, 100, 101, 500, 501, 5000, 5001, 2_147_483_647, -2_147_483_648),
  fc.integer(),
  // Outside GraphQL's 32-bit Int: validation must refuse it.
  fc.constantFrom(2_147_483_648, 1e15),
);

const floats = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0.5, 1e308));

/** A GraphQL literal of a value of `type`, sometimes of the wrong type on purpose. */
function literal(gen: fc.GeneratorValue, type: GraphQLInputType, depth = 0): string {
  if (isNonNullType(type)) return literal(gen, type.ofType, depth);
  if (gen(fc.integer, { min: 0, max: 40 }) === 0) return 'null';
  if (isListType(type)) {
    const length = gen(fc.integer, { min: 0, max: depth > 1 ? 1 : 3 });
    return `[${Array.from({ length }, () => literal(gen, type.ofType, depth + 1)).join(', ')}]`;
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) || gen(fc.boolean),
    );
    return `{ ${fields.map((field) => `${field.name}: ${literal(gen, field.type, depth + 1)}`).join(', ')} }`;
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.name);
    return gen(fc.integer, { min: 0, max: 15 }) === 0 ? 'NOT_A_VALUE' : pick(gen, values);
  }
  switch (type.name) {
    case 'Int':
      return String(gen(() => ints));
    case 'Float':
      return String(gen(() => floats));
    case 'Boolean':
      return String(gen(fc.boolean));
    case 'ID':
      return JSON.stringify(gen(() => ids));
    default:
      return JSON.stringify(gen(() => strings));
  }
}

function pick<T>(gen: fc.GeneratorValue, items: readonly T[]): T {
  return items[gen(fc.integer, { min: 0, max: items.length - 1 })]!;
}

function argumentsOf(gen: fc.GeneratorValue, args: readonly GraphQLArgument[]): string {
  const chosen = args.filter((arg) => isNonNullType(arg.type) || gen(fc.integer, { min: 0, max: 2 }) === 0);
  if (chosen.length === 0) return '';
  return `(${chosen.map((arg) => `${arg.name}: ${literal(gen, arg.type)}`).join(', ')})`;
}

function selection(
  gen: fc.GeneratorValue,
  schema: GraphQLSchema,
  type: GraphQLCompositeType,
  depth: number,
): string {
  const parts: string[] = [];
  if (isAbstractType(type) && gen(fc.boolean)) {
    const possible = schema.getPossibleTypes(type);
    const target = pick(gen, possible);
    parts.push(`... on ${target.name} ${selection(gen, schema, target, depth)}`);
  }
  if (isObjectType(type) || isInterfaceType(type)) {
    const fields = Object.values(type.getFields());
    const count = gen(fc.integer, { min: 1, max: 3 });
    for (let index = 0; index < count; index += 1) {
      const field = pick(gen, fields);
      const named = getNamedType(field.type);
      const alias = gen(fc.integer, { min: 0, max: 9 }) === 0 ? `a${index}: ` : '';
      const head = `${alias}${field.name}${argumentsOf(gen, field.args)}`;
      if (isLeafType(named)) {
        parts.push(head);
      } else if (depth >= 3) {
        parts.push(`${head} { __typename }`);
      } else {
        parts.push(`${head} ${selection(gen, schema, named as GraphQLCompositeType, depth + 1)}`);
      }
    }
  }
  if (parts.length === 0 || gen(fc.integer, { min: 0, max: 5 }) === 0) parts.push('__typename');
  return `{ ${parts.join(' ')} }`;
}

/** A query operation built from the schema: valid in shape, with random (often hostile) argument values. */
export function schemaQueries(schema: GraphQLSchema): fc.Arbitrary<string> {
  const query = schema.getQueryType();
  if (!query) throw new Error('the schema has no Query type');
  return fc.gen().map((gen) => selection(gen, schema, getNullableType(query), 0));
}

/** Documents that are not valid GraphQL, or are valid but abusive. */
export function invalidDocuments(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.integer({ min: 1, max: 3000 }).map((depth) => `${'{ a '.repeat(depth)}${'}'.repeat(depth)}`),
    fc
      .integer({ min: 1, max: 400 })
      .map(
        (depth) =>
          `{ entity(id: "city:wenzhou") ${'{ relationships { edges { other '.repeat(depth)}{ id }${' } } }'.repeat(depth)} }`,
      ),
    fc
      .integer({ min: 16, max: 2000 })
      .map(
        (count) =>
          `{ ${Array.from({ length: count }, (_, index) => `a${index}: summary { entityCount }`).join(' ')} }`,
      ),
    fc
      .integer({ min: 1, max: 200 })
      .map((count) => `${'{'.repeat(count)}${'}'.repeat(Math.floor(count / 2))}`),
    fc.tuple(valid, fc.nat(), fc.string({ maxLength: 3 })).map(([query, at, text]) => {
      const cut = at % (query.length + 1);
      return query.slice(0, cut) + text + query.slice(cut + 1);
    }),
    fc.tuple(valid, fc.nat()).map(([query, at]) => query.slice(0, at % (query.length + 1))),
    fc.constantFrom(
      '{ ...f } fragment f on Query { ...f }',
      '{ ...missing }',
      'query { summary { entityCount } } query { summary { entityCount } }',
      '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
      '{ entity(id: "city:wenzhou") { name @skip(if: $undefined) } }',
      '{ summary { entityCount @deprecated } }',
    ),
  );
}
