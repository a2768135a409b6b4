import type { GraphSelection, RelationshipType } from './generated/graphql.js';
import { GraphQLRequestError } from './graphql-client.js';
import type { ViewFilters } from './view-state.js';

/** What is drawn, as the analytics and export queries need it. */
export interface ShownGraph {
  /** Every drawn entity id. */
  entities: string[];
  /** The entities whose neighbourhoods were loaded (the drawing is their depth-1 neighbourhood). */
  seeds: string[];
  filters: ViewFilters;
}

/**
 * Runs `query` on a `GraphSelection` of exactly the drawn entities (`around` them, depth 0). A server
 * that refuses that (depth 0, or more `around` ids than it takes) is asked again for the depth-1
 * neighbourhood of the seeds, which is what the drawing was loaded from.
 */
export async function queryShownGraph<T>(
  shown: ShownGraph,
  query: (selection: GraphSelection) => Promise<T>,
): Promise<T> {
  const common = {
    relationshipTypes: shown.filters.types as RelationshipType[] | null,
    time: shown.filters.asOf ? { asOf: shown.filters.asOf } : null,
    limit: 2000,
  };
  try {
    return await query({ around: shown.entities, depth: 0, ...common });
  } catch (error) {
    const refused =
      error instanceof GraphQLRequestError &&
      (error.code === 'BAD_USER_INPUT' || error.code === 'LIMIT_EXCEEDED');
    if (!refused || shown.seeds.length === 0) throw error;
    return query({ around: shown.seeds, depth: 1, ...common });
  }
}
