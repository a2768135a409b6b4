import { BadInputError, NotFoundError } from '../errors.js';
import { assertListLength, assertWithinLimit, LIMITS } from '../graphql/limits.js';
import { parseTimeFilter } from '../graphql/time-filter.js';
import type { EntityKind, EntityRecord, RelationshipType } from '../model/index.js';
import type { KnowledgeGraphStore, SubgraphRecord } from '../store/index.js';

/** The limits of a graph selection (`GraphSelection` in the schema, `/export/graph` over HTTP). */
export const SELECTION_LIMITS = {
  /** `limit` when none is given. */
  defaultNodes: 2000,
  /** Most entities one selection may hold. */
  maxNodes: 5000,
  /** `depth` when none is given. */
  defaultDepth: 2,
  /** Most hops from the `around` seeds. */
  maxDepth: LIMITS.neighborhoodDepth,
  /** Most seed ids in `around`. */
  maxSeeds: LIMITS.nodesPerCall,
} as const;

/** A part of the graph to analyse or export, as the `GraphSelection` input gives it. */
export interface GraphSelectionInput {
  around?: readonly string[] | null;
  depth?: number | null;
  relationshipTypes?: readonly RelationshipType[] | null;
  kinds?: readonly EntityKind[] | null;
  time?: { asOf?: string | null; from?: string | null; to?: string | null } | null;
  limit?: number | null;
}

/** How to look seeds up: by default the store; resolvers pass their entity DataLoader. */
export type FindEntities = (ids: readonly string[]) => Promise<readonly (EntityRecord | Error | null)[]>;

/**
 * Checks a selection against the limits (BAD_USER_INPUT, LIMIT_EXCEEDED) and fetches it: with
 * `around`, the neighbourhood of those seeds (NOT_FOUND for an unknown seed, checked first); without,
 * the whole graph filtered. The subgraph is `truncated` when `limit` cut it; callers decide whether
 * that is acceptable.
 */
export async function selectSubgraph(
  store: KnowledgeGraphStore,
  selection: GraphSelectionInput | null | undefined,
  findEntities: FindEntities = (ids) => store.getEntities(ids),
): Promise<SubgraphRecord> {
  const limit = assertWithinLimit(
    'limit',
    selection?.limit ?? SELECTION_LIMITS.defaultNodes,
    SELECTION_LIMITS.maxNodes,
    'Narrow the selection with `kinds`, `relationshipTypes` or `around` with a small `depth`.',
  );
  const relationshipTypes = assertListLength(
    'relationshipTypes',
    selection?.relationshipTypes,
    LIMITS.filterValues,
  );
  const kinds = assertListLength('kinds', selection?.kinds, LIMITS.filterValues);
  const time = parseTimeFilter(selection?.time);
  const around = assertListLength('around', selection?.around, SELECTION_LIMITS.maxSeeds);
  if (around === null) return store.graph({ kinds, relationshipTypes, time, limit });
  if (around.length === 0) {
    throw new BadInputError(
      '`around` needs at least one entity id; leave it out to select the whole graph.',
      'around',
    );
  }

  const depth = assertWithinLimit(
    'depth',
    selection?.depth ?? SELECTION_LIMITS.defaultDepth,
    SELECTION_LIMITS.maxDepth,
    'Select around the entities you got back instead.',
  );
  const seeds = await findEntities(around);
  around.forEach((id, index) => {
    const seed = seeds[index];
    if (!seed || seed instanceof Error) throw new NotFoundError('entity', id);
  });
  const subgraph = await store.neighborhood({
    ids: around,
    depth,
    relationshipTypes,
    direction: 'BOTH',
    limit,
    kinds,
    time,
    perNodeLimit: null,
  });
  // The seeds were just found, so only a concurrent delete gets here.
  if (!subgraph) throw new NotFoundError('entity', around[0] ?? '');
  return subgraph;
}
