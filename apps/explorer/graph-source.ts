import {
  ExplorerNeighborhoodDocument,
  ExplorerPathsDocument,
  ExplorerShortestPathDocument,
  type ExplorerShortestPathQuery,
  type RelationshipType,
} from './generated/graphql.js';
import type { SubgraphPart } from './graph-model.js';
import { requestGraphQL } from './graphql-client.js';
import { RELATIONSHIP_STYLES } from './relationship-style.js';

/**
 * What an expansion without a type filter follows: every type but INVOLVES. Reported events are read in
 * the timeline under an entity's details; drawn as nodes, the score of events about Wenzhou would crowd
 * its cooperation network. An event itself still expands to what it involves.
 */
const DRAWN_TYPES = Object.keys(RELATIONSHIP_STYLES).filter(
  (type) => type !== 'INVOLVES',
) as RelationshipType[];

/** A neighbourhood as drawn; `truncated` when the server cut it at its limit. */
export type Neighborhood = SubgraphPart & { truncated: boolean };
export type PathPart = NonNullable<ExplorerShortestPathQuery['shortestPath']>;

/**
 * Neighbourhoods and paths, each asked of the server once per page: replaying a view (Back, Forward,
 * Undo, Redo) redraws from memory in milliseconds instead of asking again. A failed request is not
 * kept, so trying again asks again.
 */
export function createGraphSource() {
  const cache = new Map<string, Promise<unknown>>();
  const remember = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const known = cache.get(key) as Promise<T> | undefined;
    if (known) return known;
    const loading = load();
    cache.set(key, loading);
    loading.catch(() => cache.delete(key));
    return loading;
  };
  return {
    neighborhood(id: string, types: string[] | null): Promise<Neighborhood> {
      return remember(`n|${id}|${types?.join('+') ?? ''}`, async () => {
        const data = await requestGraphQL(ExplorerNeighborhoodDocument, {
          id,
          types: (types as RelationshipType[] | null) ?? (id.startsWith('event:') ? null : DRAWN_TYPES),
        });
        return data.neighborhood;
      });
    },
    /** Shortest paths under the type and date filters (a path must be walkable with what is shown). */
    paths(
      from: string,
      to: string,
      all: boolean,
      types: string[] | null,
      asOf: string | null,
    ): Promise<PathPart[]> {
      const variables = {
        from,
        to,
        types: types as RelationshipType[] | null,
        time: asOf ? { asOf } : null,
      };
      return remember(`p|${from}|${to}|${all}|${types?.join('+') ?? ''}|${asOf ?? ''}`, async () =>
        all
          ? (await requestGraphQL(ExplorerPathsDocument, variables)).paths
          : [(await requestGraphQL(ExplorerShortestPathDocument, variables)).shortestPath].filter(
              (path): path is PathPart => path !== null,
            ),
      );
    },
  };
}

export type GraphSource = ReturnType<typeof createGraphSource>;
