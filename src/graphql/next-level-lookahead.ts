import { getArgumentValues, type GraphQLInterfaceType, type GraphQLResolveInfo } from 'graphql';
import type { NextLevelRequest } from '../store/index.js';
import { pageRequest } from './connection.js';
import { assertListLength, LIMITS } from './limits.js';
import { fieldsNamed } from './selected-fields.js';

/**
 * What an entity's `relationships` field will be asked for one level down, read from the query:
 * `relationships { edges { other { relationships(…) } } }`. The resolver passes it to the store with
 * its own page, so both levels come back in one call and the level below finds its pages in the
 * loader's cache. Null when there is no such selection, when it appears with different arguments,
 * when it pages with `after`, or when its arguments are out of bounds (the field itself then reports
 * the error when it runs).
 */
export function nextLevelOf(info: GraphQLResolveInfo): NextLevelRequest | null {
  const edges = fieldsNamed(info.fieldNodes, 'edges', info);
  const nested = fieldsNamed(fieldsNamed(edges, 'other', info), 'relationships', info);
  if (nested.length === 0) return null;
  const field = (info.schema.getType('Entity') as GraphQLInterfaceType).getFields()['relationships']!;
  try {
    const requests = nested.map((node) => {
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
