import { NothingFoundError } from '../errors.js';
import type { RelationshipType } from '../model/index.js';
import type { KnowledgeGraphStore, PathRecord, RecordFields } from '../store/index.js';
import { DEFAULTS } from './argument-defaults.js';
import { assertEntityId } from './entity-id-arguments.js';
import { findInStore, requireEntities, type FindEntities } from './find-entities.js';
import { assertListLength, assertWithinLimit, LIMITS } from './limits.js';
import { parseTimeFilter, type TimeFilterInput } from './time-filter.js';

/** A shortest path, as `shortestPath(...)`, `/export/path` and `--path` ask. */
export interface PathSelectionInput {
  from: string;
  to: string;
  maxHops?: number | null;
  relationshipTypes?: readonly RelationshipType[] | null;
  time?: TimeFilterInput | null;
  /** The record parts the caller shows (a GraphQL selection); absent: whole records, as downloads need. */
  fields?: RecordFields | null;
}

/**
 * Checks a shortest-path request against the limits and fetches the path: BAD_USER_INPUT for an end
 * that is not an id, NOT_FOUND when an end is not an entity, null when no path of at most `maxHops`
 * joins them.
 */
export async function selectShortestPath(
  store: KnowledgeGraphStore,
  input: PathSelectionInput,
  findEntities: FindEntities = findInStore(store),
): Promise<PathRecord | null> {
  assertEntityId('from', input.from);
  assertEntityId('to', input.to);
  const maxHops = assertWithinLimit(
    'maxHops',
    input.maxHops ?? DEFAULTS.pathHops,
    LIMITS.pathHops,
    'Paths longer than that rarely explain a connection; try `neighborhood`.',
  );
  const path = await store.shortestPath({
    from: input.from,
    to: input.to,
    maxHops,
    relationshipTypes: assertListLength('relationshipTypes', input.relationshipTypes, LIMITS.filterValues),
    time: parseTimeFilter(input.time),
    fields: input.fields ?? null,
  });
  // A path proves both ends exist; only a missing one needs the lookup, which saves a round trip.
  if (!path) await requireEntities([input.from, input.to], findEntities);
  return path;
}

/** The shortest path a download asks for: as `selectShortestPath`, and NOT_FOUND when none fits. */
export async function selectPath(store: KnowledgeGraphStore, input: PathSelectionInput): Promise<PathRecord> {
  const path = await selectShortestPath(store, input);
  if (!path) {
    const maxHops = input.maxHops ?? DEFAULTS.pathHops;
    throw new NothingFoundError(
      `No path of at most ${maxHops} relationships joins "${input.from}" and "${input.to}". Raise \`maxHops\` or allow more \`relationshipTypes\`.`,
      { from: input.from, to: input.to },
    );
  }
  return path;
}
