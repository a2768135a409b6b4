import type { EntityKind, RelationshipType } from '../model/index.js';
import type { KnowledgeGraphStore, PathRecord, PathsRequest, RecordFields } from '../store/index.js';
import { DEFAULTS } from './argument-defaults.js';
import { assertEntityId } from './entity-id-arguments.js';
import { findInStore, requireEntities, type FindEntities } from './find-entities.js';
import { assertListLength, assertPageSize, assertWithinLimit, LIMITS } from './limits.js';
import { parseTimeFilter, type TimeFilterInput } from './time-filter.js';

/** Several paths between two entities, as `paths(...)` asks. */
export interface PathsSelectionInput {
  from: string;
  to: string;
  mode?: PathsRequest['mode'] | null;
  maxHops?: number | null;
  first?: number | null;
  relationshipTypes?: readonly RelationshipType[] | null;
  throughKinds?: readonly EntityKind[] | null;
  time?: TimeFilterInput | null;
  /** The record parts the caller shows (a GraphQL selection); absent: whole records. */
  fields?: RecordFields | null;
}

/**
 * Checks a paths request against the limits and fetches the paths, shortest first: BAD_USER_INPUT for
 * an end that is not an id, NOT_FOUND when an end is not an entity, an empty list when no path of at
 * most `maxHops` joins them.
 */
export async function selectPaths(
  store: KnowledgeGraphStore,
  input: PathsSelectionInput,
  findEntities: FindEntities = findInStore(store),
): Promise<PathRecord[]> {
  assertEntityId('from', input.from);
  assertEntityId('to', input.to);
  const maxHops = assertWithinLimit(
    'maxHops',
    input.maxHops ?? DEFAULTS.pathHops,
    LIMITS.pathHops,
    'Paths longer than that rarely explain a connection.',
  );
  const first = assertPageSize(
    input.first ?? DEFAULTS.paths,
    LIMITS.paths,
    'Narrow the paths with `relationshipTypes` or `throughKinds`.',
  );
  const paths = await store.paths({
    from: input.from,
    to: input.to,
    mode: input.mode ?? DEFAULTS.pathMode,
    relationshipTypes: assertListLength('relationshipTypes', input.relationshipTypes, LIMITS.filterValues),
    throughKinds: assertListLength('throughKinds', input.throughKinds, LIMITS.filterValues),
    maxHops,
    first,
    time: parseTimeFilter(input.time),
    fields: input.fields ?? null,
  });
  // A path proves both ends exist; only an empty answer needs the lookup, which saves a round trip.
  if (paths.length === 0) await requireEntities([input.from, input.to], findEntities);
  return paths;
}
