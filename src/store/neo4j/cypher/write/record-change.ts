import type { ChangeRecord } from '../../../../model/index.js';
import { ignoreRow, type Statement } from '../statement.js';

/**
 * Records a change as a (:Change) node. MERGE on its id: the driver's retry of a whole write
 * transaction (on a deadlock, say) cannot record a change twice.
 */
export function recordChangeQuery(change: ChangeRecord): Statement<void> {
  return {
    text: 'MERGE (c:Change {id: $change.id}) SET c += $change',
    parameters: { change },
    decode: ignoreRow,
  };
}
