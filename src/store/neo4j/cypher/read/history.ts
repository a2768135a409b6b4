import neo4j from 'neo4j-driver';
import type { ChangeRecord } from '../../../../model/index.js';
import type { PageRequest } from '../../../knowledge-graph-store.js';
import { CHANGE_PROJECTION } from '../../neo4j-records.js';
import { changeFrom } from '../decode/records.js';
import { readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** Recorded changes (of one target, or all) in id (time) order, a keyset page, one more than `first`. */
export function historyQuery(targetId: string | null, page: PageRequest): Statement<ChangeRecord> {
  return {
    text: `MATCH (c:Change)
WHERE c.id > $after AND ($targetId IS NULL OR c.targetId = $targetId)
RETURN ${CHANGE_PROJECTION} AS change
ORDER BY c.id
LIMIT $limit`,
    parameters: { after: page.after ?? '', targetId, limit: neo4j.int(page.first + 1) },
    decode: (record) => changeFrom(readColumn(record, 'change')),
  };
}
