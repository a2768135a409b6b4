import {
  getArgumentValues,
  type FieldNode,
  type GraphQLInterfaceType,
  type GraphQLResolveInfo,
} from 'graphql';
import type { NextLevelRequest } from '../store/index.js';
import { pageRequest } from './connection.js';
import { assertListLength, DEFAULTS, LIMITS } from '../selection/index.js';
import { fieldsNamed } from './selected-fields.js';

/** The arguments of `Entity.relationships` that a read-ahead understands; any other one stops it. */
const UNDERSTOOD_ARGUMENTS = new Set(['types', 'evidenceKinds', 'direction', 'first', 'after']);

/**
 * What an entity's `relationships` field will be asked for one level down, read from the query:
 * `relationships { edges { other { relationships(…) } } }`. The resolver passes it to the store with
 * its own page, so both levels come back in one call and the level below finds its pages in the
 * loader's cache. Null when there is no such selection (see {@link relationshipsRequestOf}).
 */
export function nextLevelOf(info: GraphQLResolveInfo): NextLevelRequest | null {
  let next = NEXT_LEVELS.get(info.fieldNodes);
  if (next === undefined) {
    const edges = fieldsNamed(info.fieldNodes, 'edges', info);
    next = relationshipsRequestOf(
      fieldsNamed(fieldsNamed(edges, 'other', info), 'relationships', info),
      info,
    );
    NEXT_LEVELS.set(info.fieldNodes, next);
  }
  return next;
}

/**
 * Answers by field position. graphql-js gives every execution of one position in one request the same
 * `fieldNodes` array (it memoizes collecting subfields per execution), and one request has one set of
 * variables, so the ten neighbours of a nested read ask once, not ten times; a later request has new
 * arrays and asks again.
 */
const NEXT_LEVELS = new WeakMap<readonly FieldNode[], NextLevelRequest | null>();

/**
 * What an entity field (`entity(id:)`) will ask of its `relationships`, and of theirs one level down:
 * the root resolver fetches the entity with both in one store call. Null when it does not select
 * `relationships` in a way a read-ahead can answer.
 */
export function relationshipsAheadOf(
  info: GraphQLResolveInfo,
): { first: NextLevelRequest; next: NextLevelRequest | null } | null {
  const relationships = fieldsNamed(info.fieldNodes, 'relationships', info);
  const first = relationshipsRequestOf(relationships, info);
  if (!first) return null;
  const edges = fieldsNamed(relationships, 'edges', info);
  const next = relationshipsRequestOf(
    fieldsNamed(fieldsNamed(edges, 'other', info), 'relationships', info),
    info,
  );
  return { first, next };
}

/**
 * The page these `relationships` selections ask for, when they all ask for the same first page. Null
 * when there is none, when they differ, when one pages with `after` or uses an argument the read-ahead
 * does not know (a filter it would not apply), or when the arguments are out of bounds (the field itself
 * then reports the error when it runs). A null only costs a store call; a wrong guess would cost a
 * wrong answer, so anything unsure is null.
 */
function relationshipsRequestOf(
  nodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
): NextLevelRequest | null {
  if (nodes.length === 0) return null;
  const field = (info.schema.getType('Entity') as GraphQLInterfaceType).getFields()['relationships']!;
  try {
    const requests = nodes.map((node) => {
      if (node.arguments?.some((argument) => !UNDERSTOOD_ARGUMENTS.has(argument.name.value))) return null;
      const args = getArgumentValues(field, node, info.variableValues) as {
        types?: NextLevelRequest['types'];
        evidenceKinds?: NextLevelRequest['evidenceKinds'];
        direction?: NextLevelRequest['direction'] | null;
        first?: number | null;
        after?: string | null;
      };
      if (args.after) return null;
      return {
        types: assertListLength('types', args.types, LIMITS.filterValues),
        evidenceKinds: assertListLength('evidenceKinds', args.evidenceKinds, LIMITS.filterValues),
        direction: args.direction ?? DEFAULTS.direction,
        first: pageRequest(args.first, null).first,
      };
    });
    const [first] = requests;
    if (!first || requests.some((request) => JSON.stringify(request) !== JSON.stringify(first))) return null;
    return first;
  } catch {
    return null;
  }
}
