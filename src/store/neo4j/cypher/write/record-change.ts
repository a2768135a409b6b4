import type { ChangeRecord } from '../../../../model/index.js';
import { ignoreRow, type Statement } from '../statement.js';

/**
 * Records changes as (:Change) nodes, in one round trip however many (a hub's retraction brings one
 * per relationship). MERGE on the id: the driver's retry of a whole write transaction (on a deadlock,
 * say) cannot record a change twice.
 */
export function recordChangesQuery(changes: readonly ChangeRecord[]): Statement<void> {
  return {
    text: 'UNWIND $changes AS change\nMERGE (c:Change {id: change.id}) SET c += change',
    parameters: { changes },
    decode: ignoreRow,
  };
}
