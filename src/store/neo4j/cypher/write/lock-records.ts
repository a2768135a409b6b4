import { asInteger, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/**
 * Takes the write lock of each record id for the rest of the transaction. Neo4j reads are only
 * read-committed: two transactions can both read "no such entity" and both report a creation. A
 * transaction that first writes to a node holds that node's exclusive lock until it ends, so every
 * curation write first writes to one `(:WriteLock {id})` node per record it touches, and only then
 * reads what is there (the Neo4j manual's cure for lost updates). MERGE on the uniquely-constrained
 * `id` makes two transactions that create the same lock node wait for each other instead of both
 * creating one. The ids are locked in sorted order, so writers of overlapping records queue in the
 * same order; a deadlock that still happens is a transient error the driver retries.
 */
export function lockRecordsQuery(ids: readonly string[]): Statement<number> {
  return {
    text: `UNWIND $ids AS id
MERGE (lock:WriteLock {id: id})
SET lock.held = true
REMOVE lock.held
RETURN count(lock) AS locked`,
    parameters: { ids: [...new Set(ids)].sort() },
    decode: (record) => asInteger(readColumn(record, 'locked'), 'locked'),
  };
}
