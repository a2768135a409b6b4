import type { CypherQuery } from './cypher-query.js';

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
export function lockRecordsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MERGE (lock:WriteLock {id: id})
SET lock.held = true
REMOVE lock.held
RETURN count(lock) AS locked`,
    params: { ids: [...new Set(ids)].sort() },
  };
}

/**
 * The newest recorded change of any of the targets (`id` and `at`), or no row. Read under the
 * targets' locks, it is the change a new one must sort after (see orderAfter).
 */
export function latestChangeQuery(targetIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $targetIds AS targetId
MATCH (c:Change {targetId: targetId})
RETURN c.id AS id, c.at AS at
ORDER BY id DESC
LIMIT 1`,
    params: { targetIds: [...new Set(targetIds)] },
  };
}
