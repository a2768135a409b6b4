import { asString, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/**
 * The newest recorded change of any of the targets (`id` and `at`), or no row. Read under the
 * targets' locks, it is the change a new one must sort after (see orderAfter).
 */
export function latestChangeQuery(targetIds: readonly string[]): Statement<{ id: string; at: string }> {
  return {
    text: `UNWIND $targetIds AS targetId
MATCH (c:Change {targetId: targetId})
RETURN c.id AS id, c.at AS at
ORDER BY id DESC
LIMIT 1`,
    parameters: { targetIds: [...new Set(targetIds)] },
    decode: (record) => ({
      id: asString(readColumn(record, 'id'), 'id'),
      at: asString(readColumn(record, 'at'), 'at'),
    }),
  };
}
