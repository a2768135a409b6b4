import type { WriteBatch, WriteOperation } from '../../model/index.js';
import { parseRelationshipId } from '../../model/index.js';
import { basisIdsOf } from '../common/basis-dependents.js';

/**
 * The records whose write locks a batch needs before it reads anything: each operation's target, and
 * for a relationship its two ends too, since writing it needs them to exist and retracting an end
 * deletes it. An upsert also locks each id its INFERRED evidence rests on (a relationship with its
 * ends): a retraction of that id then waits for the upsert and sees the record resting on it, or the
 * upsert waits and finds the id gone. (Entity and relationship ids never collide: a relationship id
 * holds `-[TYPE]->`.)
 */
export function lockKeysOf(batch: WriteBatch): string[] {
  return [...new Set(batch.operations.flatMap(lockKeysOfOperation))];
}

function lockKeysOfOperation(operation: WriteOperation): string[] {
  switch (operation.action) {
    case 'UPSERT_ENTITY':
      return [operation.entity.id, ...basisIdsOf(operation.entity.evidence).flatMap(withEnds)];
    case 'RETRACT_ENTITY':
      return [operation.id];
    case 'UPSERT_RELATIONSHIP': {
      const { id, from, to, evidence } = operation.relationship;
      return [id, from, to, ...basisIdsOf(evidence).flatMap(withEnds)];
    }
    case 'RETRACT_RELATIONSHIP':
      return withEnds(operation.id);
  }
}

/** An entity id alone; a relationship id with its two ends. */
function withEnds(id: string): string[] {
  const parts = parseRelationshipId(id);
  return parts ? [id, parts.from, parts.to] : [id];
}
