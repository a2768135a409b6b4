import { BadInputError, NotFoundError } from '../errors.js';
import type { EntityKind, RelationshipType } from '../model/index.js';
import type { KnowledgeGraphStore, SubgraphRecord } from '../store/index.js';
import { DEFAULTS } from './argument-defaults.js';
import { assertEntityIds } from './entity-id-arguments.js';
import { findInStore, requireEntities, type FindEntities } from './find-entities.js';
import { assertListLength, assertWithinLimit, LIMITS } from './limits.js';
import { parseTimeFilter, type TimeFilterInput } from './time-filter.js';

/** A part of the graph to analyse or export (`GraphSelection` in the schema, `/export/graph`, `--graph`). */
export interface GraphSelectionInput {
  around?: readonly string[] | null;
  depth?: number | null;
  relationshipTypes?: readonly RelationshipType[] | null;
  kinds?: readonly EntityKind[] | null;
  time?: TimeFilterInput | null;
  limit?: number | null;
}

/**
 * Checks a selection against the limits (BAD_USER_INPUT, LIMIT_EXCEEDED) and fetches it: with
 * `around`, the neighbourhood of those seeds (NOT_FOUND for an unknown seed, checked first); without,
 * the whole graph filtered. The subgraph is `truncated` when `limit` cut it; callers decide whether
 * that is acceptable.
 */
export async function selectSubgraph(
  store: KnowledgeGraphStore,
  selection: GraphSelectionInput | null | undefined,
  findEntities: FindEntities = findInStore(store),
): Promise<SubgraphRecord> {
  const limit = assertWithinLimit(
    'limit',
    selection?.limit ?? DEFAULTS.selectionNodes,
    LIMITS.selectionNodes,
    'Narrow the selection with `kinds`, `relationshipTypes` or `around` with a small `depth`.',
  );
  const relationshipTypes = assertListLength(
    'relationshipTypes',
    selection?.relationshipTypes,
    LIMITS.filterValues,
  );
  const kinds = assertListLength('kinds', selection?.kinds, LIMITS.filterValues);
  const time = parseTimeFilter(selection?.time);
  const around = assertListLength('around', selection?.around, LIMITS.nodesPerCall);
  if (around === null) return store.graph({ kinds, relationshipTypes, time, limit });
  if (around.length === 0) {
    throw new BadInputError(
      '`around` needs at least one entity id; leave it out to select the whole graph.',
      'around',
    );
  }
  assertEntityIds('around', around);

  const depth = assertWithinLimit(
    'depth',
    selection?.depth ?? DEFAULTS.selectionDepth,
    LIMITS.neighborhoodDepth,
    'Select around the entities you got back instead.',
  );
  await requireEntities(around, findEntities);
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
