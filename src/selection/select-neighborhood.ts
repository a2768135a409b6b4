import { NotFoundError } from '../errors.js';
import type { Direction, EntityKind, EvidenceKind, RelationshipType } from '../model/index.js';
import type { KnowledgeGraphStore, RecordFields, SubgraphRecord } from '../store/index.js';
import { DEFAULTS } from './argument-defaults.js';
import { assertEntityId } from './entity-id-arguments.js';
import { assertListLength, assertWithinLimit, LIMITS } from './limits.js';
import { neighborhoodSize } from './neighborhood-size.js';
import { parseTimeFilter, type TimeFilterInput } from './time-filter.js';

/** The neighbourhood of one entity, as `neighborhood(...)`, `/export/neighborhood` and `--neighborhood` ask. */
export interface NeighborhoodSelectionInput {
  id: string;
  depth?: number | null;
  limit?: number | null;
  relationshipTypes?: readonly RelationshipType[] | null;
  kinds?: readonly EntityKind[] | null;
  direction?: Direction | null;
  time?: TimeFilterInput | null;
  perNodeLimit?: number | null;
  evidenceKinds?: readonly EvidenceKind[] | null;
  /** The record parts the caller shows (a GraphQL selection); absent: whole records, as downloads need. */
  fields?: RecordFields | null;
}

/**
 * Checks a neighbourhood against the limits (BAD_USER_INPUT, LIMIT_EXCEEDED), fills in the defaults,
 * and fetches it; BAD_USER_INPUT for an id that is not one, NOT_FOUND when the entity does not exist.
 */
export async function selectNeighborhood(
  store: KnowledgeGraphStore,
  input: NeighborhoodSelectionInput,
): Promise<SubgraphRecord> {
  assertEntityId('id', input.id);
  const { depth, limit } = neighborhoodSize(input, 'Expand further from the entities you got back instead.');
  const perNodeLimit =
    input.perNodeLimit === null || input.perNodeLimit === undefined
      ? null
      : assertWithinLimit('perNodeLimit', input.perNodeLimit, LIMITS.neighborhoodNodes, 'Use a smaller cap.');
  const evidenceKinds = assertListLength('evidenceKinds', input.evidenceKinds, LIMITS.filterValues);
  const subgraph = await store.neighborhood({
    ids: [input.id],
    depth,
    limit,
    relationshipTypes: assertListLength('relationshipTypes', input.relationshipTypes, LIMITS.filterValues),
    direction: input.direction ?? DEFAULTS.direction,
    kinds: assertListLength('kinds', input.kinds, LIMITS.filterValues),
    time: parseTimeFilter(input.time),
    perNodeLimit,
    evidenceKinds,
    fields: input.fields ?? null,
  });
  if (!subgraph) throw new NotFoundError('entity', input.id);
  return subgraph;
}
