import {
  getArgumentValues,
  type FieldNode,
  type GraphQLInterfaceType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { NextLevelRequest } from '../store/index.js';
import { pageRequest } from './connection.js';
import { assertListLength, LIMITS } from './limits.js';

/**
 * What an entity's `relationships` field will be asked for one level down, read from the query:
 * `relationships { edges { other { relationships(…) } } }`. The resolver passes it to the store with
 * its own page, so both levels come back in one call and the level below finds its pages in the
 * loader's cache. Null when there is no such selection, when it appears with different arguments,
 * when it pages with `after`, or when its arguments are out of bounds (the field itself then reports
 * the error when it runs).
 */
export function nextLevelOf(info: GraphQLResolveInfo): NextLevelRequest | null {
  const fieldsNamed = (name: string) => (selectionSets: (SelectionSetNode | undefined)[]) =>
    selectionSets.flatMap((set) => collectFields(set, name, info));
  const edges = fieldsNamed('edges')(info.fieldNodes.map((node) => node.selectionSet));
  const others = fieldsNamed('other')(edges.map((node) => node.selectionSet));
  const nested = fieldsNamed('relationships')(others.map((node) => node.selectionSet));
  if (nested.length === 0) return null;
  const field = (info.schema.getType('Entity') as GraphQLInterfaceType).getFields()['relationships']!;
  try {
    const requests = nested.map((node) => {
      const args = getArgumentValues(field, node, info.variableValues) as {
        types?: NextLevelRequest['types'];
        direction?: NextLevelRequest['direction'] | null;
        first?: number | null;
        after?: string | null;
      };
      if (args.after) return null;
      return {
        types: assertListLength('types', args.types, LIMITS.filterValues),
        direction: args.direction ?? 'BOTH',
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

/** The fields called `name` directly in a selection set, looking through fragments. */
function collectFields(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  info: GraphQLResolveInfo,
  visited = new Set<string>(),
): FieldNode[] {
  return (selectionSet?.selections ?? []).flatMap((selection): FieldNode[] => {
    if (selection.kind === 'Field') return selection.name.value === name ? [selection] : [];
    if (selection.kind === 'InlineFragment')
      return collectFields(selection.selectionSet, name, info, visited);
    if (visited.has(selection.name.value)) return [];
    visited.add(selection.name.value);
    return collectFields(info.fragments[selection.name.value]?.selectionSet, name, info, visited);
  });
}
