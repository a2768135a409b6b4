import type { RelationshipType } from '../model/index.js';
import type { KnowledgeGraphStore, SubgraphRecord } from '../store/index.js';
import { DEFAULTS } from './argument-defaults.js';
import { assertEntityIds } from './entity-id-arguments.js';
import { findInStore, requireEntities, type FindEntities } from './find-entities.js';
import { assertListLength, LIMITS } from './limits.js';
import { neighborhoodSize } from './neighborhood-size.js';
import { assertSearchText } from './search-text.js';
import { parseTimeFilter, type TimeFilterInput } from './time-filter.js';

/** Seeds a `theme` search contributes to a network. */
export const THEME_SEEDS = 10;

/** A network as `network(...)` asks for it: seeds by id (`around`), by a search (`theme`), or both. */
export interface NetworkSelectionInput {
  around?: readonly string[] | null;
  theme?: string | null;
  /** Left out: the cooperation graph (DEFAULTS); null: every type. */
  relationshipTypes?: readonly RelationshipType[] | null;
  depth?: number | null;
  limit?: number | null;
  time?: TimeFilterInput | null;
}

export interface NetworkSelection {
  /** The seeds' ids, `around` first, each once. */
  seedIds: string[];
  /** Empty when there are no seeds (a theme that finds nothing). */
  subgraph: SubgraphRecord;
}

const empty = (): SubgraphRecord => ({ nodes: [], relationships: [], truncated: false, omitted: [] });

/**
 * Checks a network against the limits (BAD_USER_INPUT, LIMIT_EXCEEDED) with the neighbourhood's
 * defaults, finds its seeds (NOT_FOUND for an unknown id in `around`) and fetches the entities within
 * `depth` hops of them over the chosen relationship types, in both directions.
 */
export async function selectNetwork(
  store: KnowledgeGraphStore,
  input: NetworkSelectionInput,
  findEntities: FindEntities = findInStore(store),
): Promise<NetworkSelection> {
  const { depth, limit } = neighborhoodSize(input, 'Grow the network from more seeds instead.');
  const relationshipTypes = assertListLength(
    'relationshipTypes',
    input.relationshipTypes === undefined ? DEFAULTS.networkRelationshipTypes : input.relationshipTypes,
    LIMITS.filterValues,
  );
  const time = parseTimeFilter(input.time);
  const around = assertListLength('around', input.around, LIMITS.nodesPerCall) ?? [];
  assertEntityIds('around', around);
  const theme =
    input.theme === null || input.theme === undefined ? null : assertSearchText('theme', input.theme);
  await requireEntities(around, findEntities);
  const seedIds = [...around];
  if (theme !== null) {
    const hits = await store.search({ query: theme, kinds: null, first: THEME_SEEDS });
    seedIds.push(...hits.map((hit) => hit.entity.id));
  }
  const ids = [...new Set(seedIds)];
  if (ids.length === 0) return { seedIds: [], subgraph: empty() };
  const subgraph = await store.neighborhood({
    ids,
    depth,
    limit,
    relationshipTypes,
    direction: 'BOTH',
    kinds: null,
    time,
    perNodeLimit: null,
  });
  return { seedIds: ids, subgraph: subgraph ?? empty() };
}
