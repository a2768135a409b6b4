import type { WriteBatch, WriteOperation } from '../../model/index.js';
import { parseRelationshipId } from '../../model/index.js';

/**
 * The records whose write locks a batch needs before it reads anything: each operation's target, and
 * for a relationship its two ends too, since writing it needs them to exist and retracting an end
 * deletes it. (Entity and relationship ids never collide: a relationship id holds `-[TYPE]->`.)
 */
export function lockKeysOf(batch: WriteBatch): string[] {
  return [...new Set(batch.operations.flatMap(lockKeysOfOperation))];
}

function lockKeysOfOperation(operation: WriteOperation): string[] {
  switch (operation.action) {
    case 'UPSERT_ENTITY':
      return [operation.entity.id];
    case 'RETRACT_ENTITY':
      return [operation.id];
    case 'UPSERT_RELATIONSHIP': {
      const { id, from, to } = operation.relationship;
      return [id, from, to];
    }
    case 'RETRACT_RELATIONSHIP': {
      const parts = parseRelationshipId(operation.id);
      return parts ? [operation.id, parts.from, parts.to] : [operation.id];
    }
  }
}
