import type { EntityKind, RelationshipStatus, RelationshipType } from '../../src/model/index.js';
import type { Mention } from './mention.js';
import type { ProposedEntity } from './proposal.js';

/** Kinds that are places: the far end of "X in P". */
export const PLACE_KINDS: ReadonlySet<EntityKind> = new Set(['CITY', 'DISTRICT', 'REGION']);

/** Records a candidate relationship; the first clause found for a (from, type, to) is kept. */
export type Propose = (
  type: RelationshipType,
  from: Mention | ProposedEntity,
  to: Mention | ProposedEntity,
  reason: string,
  span: { start: number; end: number },
  status?: RelationshipStatus,
  hours?: number,
) => void;
