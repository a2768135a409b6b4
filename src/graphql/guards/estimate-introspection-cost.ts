import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
} from 'graphql';

/** What an introspection selection is costed with: the schema it describes, and the document's parts. */
export interface IntrospectionCostContext {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** The request's variables, for `@skip`/`@include`. */
  variables: Record<string, unknown>;
}

/**
 * The sets of introspection objects that `__schema` lists whole: every type (`types`), every field of
 * every type (`types { fields }`), and so on. A selection on one of them is costed once for the whole
 * set, by the set's real size, rather than per item by the largest item.
 */
type WholeSet =
  'types' | 'fields' | 'fieldArgs' | 'inputFields' | 'enumValues' | 'directives' | 'directiveArgs';

/** What a selection runs on: one whole set, or one object (a `__Type` with how many `ofType` levels it can still have). */
type Scope = { set: WholeSet } | { one: IntrospectionTypeName; wrappers: number };

type IntrospectionTypeName =
  '__Schema' | '__Type' | '__Field' | '__InputValue' | '__EnumValue' | '__Directive';

const SET_TYPE: Record<WholeSet, IntrospectionTypeName> = {
  types: '__Type',
  fields: '__Field',
  fieldArgs: '__InputValue',
  inputFields: '__InputValue',
  enumValues: '__EnumValue',
  directives: '__Directive',
  directiveArgs: '__InputValue',
};

/** The sizes of a schema's introspection: each whole set, and the most one object lists of each kind. */
interface IntrospectionSizes {
  total: Record<WholeSet | 'interfaces' | 'possibleTypes', number>;
  most: Record<'fields' | 'args' | 'inputFields' | 'enumValues' | 'interfaces' | 'possibleTypes', number>;
  /** The most wrappers (`[X!]!` has three) around a type a field or argument refers to. */
  wrappers: number;
}

const sizesBySchema = new WeakMap<GraphQLSchema, IntrospectionSizes>();

function introspectionSizes(schema: GraphQLSchema): IntrospectionSizes {
  const known = sizesBySchema.get(schema);
  if (known) return known;
  const sizes: IntrospectionSizes = {
    total: {
      types: 0,
      fields: 0,
      fieldArgs: 0,
      inputFields: 0,
      enumValues: 0,
      directives: 0,
      directiveArgs: 0,
      interfaces: 0,
      possibleTypes: 0,
    },
    most: { fields: 0, args: 0, inputFields: 0, enumValues: 0, interfaces: 0, possibleTypes: 0 },
    wrappers: 0,
  };
  const count = (
    list: 'fields' | 'inputFields' | 'enumValues' | 'interfaces' | 'possibleTypes',
    n: number,
  ) => {
    sizes.total[list] += n;
    sizes.most[list] = Math.max(sizes.most[list], n);
  };
  const refer = (type: GraphQLType) => {
    let wrappers = 0;
    for (let at = type; isListType(at) || isNonNullType(at); at = at.ofType) wrappers++;
    sizes.wrappers = Math.max(sizes.wrappers, wrappers);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    sizes.total.types++;
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = Object.values(type.getFields());
      count('fields', fields.length);
      count('interfaces', type.getInterfaces().length);
      for (const field of fields) {
        sizes.total.fieldArgs += field.args.length;
        sizes.most.args = Math.max(sizes.most.args, field.args.length);
        refer(field.type);
        for (const arg of field.args) refer(arg.type);
      }
    }
    if (isInterfaceType(type) || isUnionType(type))
      count('possibleTypes', schema.getPossibleTypes(type).length);
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      count('inputFields', fields.length);
      for (const field of fields) refer(field.type);
    }
    if (isEnumType(type)) count('enumValues', type.getValues().length);
  }
  for (const directive of schema.getDirectives()) {
    sizes.total.directives++;
    sizes.total.directiveArgs += directive.args.length;
    sizes.most.args = Math.max(sizes.most.args, directive.args.length);
    for (const arg of directive.args) refer(arg.type);
  }
  sizesBySchema.set(schema, sizes);
  return sizes;
}

/**
 * The cost of `__schema` or `__type`, counted as the rest of the cost is (an object 1, a list 1 plus
 * its items), but with the lists sized by the schema itself: a selection on what `__schema { types }`
 * lists whole (every type, every field of every type, their arguments, input fields and enum values,
 * every directive) costs the real total once; anywhere else (`type`, `ofType`, `interfaces`,
 * `possibleTypes`, `__type`) one object costs its largest possible list. `ofType` costs nothing past
 * the most wrappers any reference has (it is null there), so a deeper `typeDepth` costs nothing more.
 * So the standard introspection query costs about the objects it returns, and a query that re-lists
 * fields under each field's type costs what it multiplies.
 */
export function estimateIntrospectionCost(node: FieldNode, context: IntrospectionCostContext): number {
  const sizes = introspectionSizes(context.schema);
  const scope: Scope =
    node.name.value === '__schema' ? { one: '__Schema', wrappers: 0 } : { one: '__Type', wrappers: 0 };
  return 1 + selectionCost(node.selectionSet, scope, sizes, context);
}

/** The fragments being spread, innermost last. */
const spreading = new Set<FragmentDefinitionNode>();

function selectionCost(
  selectionSet: SelectionSetNode | undefined,
  scope: Scope,
  sizes: IntrospectionSizes,
  context: IntrospectionCostContext,
): number {
  let cost = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (!included(selection, context.variables)) continue;
    if (selection.kind === Kind.FIELD) cost += fieldCost(selection, scope, sizes, context);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      cost += selectionCost(selection.selectionSet, scope, sizes, context);
    else {
      // Validation refuses fragment cycles before anything is costed; a cycle here would cost nothing.
      const fragment = context.fragments.get(selection.name.value);
      if (!fragment || spreading.has(fragment)) continue;
      spreading.add(fragment);
      cost += selectionCost(fragment.selectionSet, scope, sizes, context);
      spreading.delete(fragment);
    }
  }
  return cost;
}

/** A list field of an introspection type: what its items are, and how many there can be. */
interface ListOf {
  item: IntrospectionTypeName;
  /** The whole set its items form when it is read on every object of its own whole set. */
  set?: WholeSet;
  /** Its length on one object at most. */
  most: number;
  /** Its items on every object of its whole set, when they are not a whole set themselves (references). */
  total?: number;
}

function listOf(typeName: IntrospectionTypeName, field: string, sizes: IntrospectionSizes): ListOf | null {
  const { most, total } = sizes;
  switch (`${typeName}.${field}`) {
    case '__Schema.types':
      return { item: '__Type', set: 'types', most: total.types };
    case '__Schema.directives':
      return { item: '__Directive', set: 'directives', most: total.directives };
    case '__Type.fields':
      return { item: '__Field', set: 'fields', most: most.fields };
    case '__Type.inputFields':
      return { item: '__InputValue', set: 'inputFields', most: most.inputFields };
    case '__Type.enumValues':
      return { item: '__EnumValue', set: 'enumValues', most: most.enumValues };
    case '__Type.interfaces':
      return { item: '__Type', most: most.interfaces, total: total.interfaces };
    case '__Type.possibleTypes':
      return { item: '__Type', most: most.possibleTypes, total: total.possibleTypes };
    case '__Field.args':
      return { item: '__InputValue', set: 'fieldArgs', most: most.args };
    case '__Directive.args':
      return { item: '__InputValue', set: 'directiveArgs', most: most.args };
    default:
      return null;
  }
}

/** The object fields of the introspection types, and how many `ofType` levels the object they return may have. */
function objectOf(
  typeName: IntrospectionTypeName,
  field: string,
  wrappers: number,
  sizes: IntrospectionSizes,
): { item: IntrospectionTypeName; wrappers: number } | null {
  switch (`${typeName}.${field}`) {
    case '__Schema.queryType':
    case '__Schema.mutationType':
    case '__Schema.subscriptionType':
      return { item: '__Type', wrappers: 0 };
    case '__Field.type':
    case '__InputValue.type':
      return { item: '__Type', wrappers: sizes.wrappers };
    // A named type's `ofType` is null; a wrapper's is the type it wraps.
    case '__Type.ofType':
      return wrappers > 0 ? { item: '__Type', wrappers: wrappers - 1 } : null;
    default:
      return null;
  }
}

function fieldCost(
  node: FieldNode,
  scope: Scope,
  sizes: IntrospectionSizes,
  context: IntrospectionCostContext,
): number {
  const name = node.name.value;
  const whole = 'set' in scope;
  const typeName = whole ? SET_TYPE[scope.set] : scope.one;
  const costOfOne = (item: IntrospectionTypeName, wrappers: number) =>
    selectionCost(node.selectionSet, { one: item, wrappers }, sizes, context);
  const list = listOf(typeName, name, sizes);
  if (list) {
    if (whole) {
      // Read on every object of a whole set (`types { fields }`): 1 per object, and the items of all
      // of them, a whole set themselves (every field of every type) or references (every interface).
      const items = list.set
        ? selectionCost(node.selectionSet, { set: list.set }, sizes, context)
        : (list.total ?? 0) * costOfOne(list.item, 0);
      return sizes.total[scope.set] + items;
    }
    // `__schema { types }` and `{ directives }` list their whole set once.
    if (typeName === '__Schema' && list.set) {
      return 1 + selectionCost(node.selectionSet, { set: list.set }, sizes, context);
    }
    return 1 + list.most * costOfOne(list.item, 0);
  }
  const object = objectOf(typeName, name, whole ? 0 : scope.wrappers, sizes);
  if (!object) return 0; // Scalars, enums and lists of them (`locations`), and `ofType` past the last wrapper.
  return (whole ? sizes.total[scope.set] : 1) * (1 + costOfOne(object.item, object.wrappers));
}

/** Whether `@skip`/`@include` keep a selection (one whose `if` cannot be read is kept: execution refuses it). */
function included(
  node: Parameters<typeof getDirectiveValues>[1],
  variables: Record<string, unknown>,
): boolean {
  if (!node.directives?.length) return true;
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] !== false;
  } catch {
    return true;
  }
}
