import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type GraphQLCompositeType,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { EntityPart, EvidencePart, RecordFields, RelationshipPart } from '../store/index.js';

/**
 * The parts of entity and relationship records a query operation reads anywhere in it (see
 * RecordFields), so a store read can leave out what no field of the operation shows: the nested
 * entity query asks for an entity's id, name and kind and its evidence's quote and section, and the
 * descriptions, attributes and other evidence fields were most of the bytes Neo4j sent and the driver
 * decoded. One answer for the whole operation, not per position: records are primed into the
 * request's caches and may be read from there by any other field of the same operation.
 *
 * Null (whole records) for a mutation (its resolvers work on whole records), for a root field other
 * than the plain reads below (their resolvers read records for more than their fields), and for any
 * entity, relationship or evidence field this table does not know: a new field then costs bytes, never
 * a wrong answer. The one narrower part is an edge's `other` (RecordFields.otherEnd): those records
 * are kept where only `other` reads them. Worked out once per parsed operation (Apollo keeps parsed
 * documents, so a repeated query finds its answer in the WeakMap).
 */
export function recordFieldsOf(info: GraphQLResolveInfo): RecordFields | null {
  let fields = ANSWERS.get(info.operation);
  if (fields === undefined) {
    fields = fieldsOfOperation(info);
    ANSWERS.set(info.operation, fields);
  }
  return fields;
}

const ANSWERS = new WeakMap<OperationDefinitionNode, RecordFields | null>();

/** Root fields whose resolvers read records only to show their fields. */
const PLAIN_ROOT_FIELDS = new Set([
  '__typename',
  'entity',
  'entities',
  'neighborhood',
  'node',
  'nodes',
  'paths',
  'relationship',
  'relationships',
  'search',
  'shortestPath',
]);

/**
 * The fields of a Path and a Subgraph that only show their records' fields. Any other (`export`,
 * which writes whole records into a file) reads whole records.
 */
const CONTAINER_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = {
  Path: new Set(['__typename', 'length', 'nodes', 'relationships']),
  Subgraph: new Set(['__typename', 'nodes', 'relationships', 'truncated', 'omitted']),
};

/** Entity fields and the part each reads; `null`: none beyond id, kind and name. */
const ENTITY_FIELD_PARTS: Readonly<Record<string, EntityPart | null>> = {
  __typename: null,
  id: null,
  name: null,
  kind: null,
  relationships: null,
  degree: null,
  aliases: 'aliases',
  description: 'description',
  status: 'status',
  evidence: 'evidence',
  province: 'attributes',
  location: 'attributes',
  number: 'attributes',
  year: 'attributes',
  title: 'attributes',
};

const RELATIONSHIP_FIELD_PARTS: Readonly<Record<string, RelationshipPart | null>> = {
  __typename: null,
  id: null,
  type: null,
  from: null,
  to: null,
  evidence: 'evidence',
  hours: 'properties',
  year: 'properties',
  status: 'properties',
  validFrom: 'properties',
  validTo: 'properties',
  announced: 'properties',
};

const EVIDENCE_FIELD_PARTS: Readonly<Record<string, readonly EvidencePart[]>> = {
  __typename: [],
  kind: [],
  quote: ['quote'],
  start: ['offsets'],
  end: ['offsets'],
  section: ['section'],
  source: ['source'],
  citation: ['source'],
  note: ['note'],
  rationale: ['rationale'],
  basis: ['basis'],
  mentions: ['mentions'],
  context: ['source', 'offsets'],
};

/** Thrown inside the walk when a selection cannot be narrowed; the answer is then whole records. */
class WholeRecords extends Error {}

function fieldsOfOperation(info: GraphQLResolveInfo): RecordFields | null {
  const { operation, schema, fragments } = info;
  const root = schema.getQueryType();
  if (operation.operation !== 'query' || !root) return null;
  const rootFields = operation.selectionSet.selections;
  const entity = new Set<EntityPart>();
  const ends = {
    /** The operation reads an edge's `other`. */
    readsOtherEnd: false,
    /** The parts read where an entity is an edge's `other` (see RecordFields.otherEnd). */
    otherEnd: new Set<EntityPart>(),
    /** A relationship's `from` or `to` is read: it looks for the other ends in the entity loader. */
    readsFromOrTo: false,
  };
  const relationship = new Set<RelationshipPart>();
  const evidence = new Set<EvidencePart>();
  const entityType = schema.getType('Entity');

  // The Entity interface, the types that implement it, and the interfaces that extend it (Place).
  const isEntityType = (type: GraphQLCompositeType) =>
    type === entityType ||
    ((isObjectType(type) || isInterfaceType(type)) &&
      type.getInterfaces().some((face) => face === entityType));

  // `atOtherEnd`: the selection set is an edge's `other` (or a fragment inside one).
  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    depth: number,
    atOtherEnd: boolean,
  ): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'InlineFragment') {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (!type || !isCompositeType(type)) throw new WholeRecords();
        walk(selection.selectionSet, type, depth, atOtherEnd);
        continue;
      }
      if (selection.kind === 'FragmentSpread') {
        const fragment = fragments[selection.name.value];
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !type || !isCompositeType(type)) throw new WholeRecords();
        walk(fragment.selectionSet, type, depth, atOtherEnd);
        continue;
      }
      const name = selection.name.value;
      if (depth === 0 && parent === root && !PLAIN_ROOT_FIELDS.has(name)) throw new WholeRecords();
      note(parent, name, atOtherEnd);
      if (name.startsWith('__') || !selection.selectionSet) continue;
      const definition =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      const type = definition && getNamedType(definition.type);
      if (!type || !isCompositeType(type)) throw new WholeRecords();
      const isOtherEnd = parent.name === OTHER_END.type && name === OTHER_END.field;
      if (isOtherEnd) ends.readsOtherEnd = true;
      walk(selection.selectionSet, type, depth + 1, isOtherEnd);
    }
  };

  const note = (parent: GraphQLCompositeType, name: string, atOtherEnd: boolean): void => {
    if (isEntityType(parent)) {
      const part = ENTITY_FIELD_PARTS[name];
      if (part === undefined) throw new WholeRecords();
      if (part) entity.add(part);
      if (part && atOtherEnd) ends.otherEnd.add(part);
    } else if (parent.name === 'Relationship') {
      if (name === 'from' || name === 'to') ends.readsFromOrTo = true;
      const part = RELATIONSHIP_FIELD_PARTS[name];
      if (part === undefined) throw new WholeRecords();
      if (part) relationship.add(part);
    } else if (parent.name === 'Evidence') {
      const parts = EVIDENCE_FIELD_PARTS[name];
      if (parts === undefined) throw new WholeRecords();
      for (const part of parts) evidence.add(part);
    } else if (parent.name === 'Node' && name !== 'id' && name !== '__typename') {
      throw new WholeRecords();
    } else if (CONTAINER_FIELDS[parent.name] && !CONTAINER_FIELDS[parent.name]!.has(name)) {
      throw new WholeRecords();
    }
  };

  try {
    if (rootFields.length === 0) return null;
    walk(operation.selectionSet, root, 0, false);
  } catch (error) {
    if (error instanceof WholeRecords) return null;
    throw error;
  }
  return {
    entity: [...entity].sort(),
    relationship: [...relationship].sort(),
    evidence: [...evidence].sort(),
    // Only when the other ends need less than the rest, and no `from` or `to` would look for them in
    // the entity loader (they would cost a round trip there); else they are read like every entity.
    ...(ends.readsOtherEnd && ends.otherEnd.size < entity.size && !ends.readsFromOrTo
      ? { otherEnd: [...ends.otherEnd].sort() }
      : {}),
  };
}

/** The field whose entities are a page's other ends (RecordFields.otherEnd). */
const OTHER_END = { type: 'EntityRelationshipEdge', field: 'other' };
