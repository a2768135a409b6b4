import * as queries from './cypher/index.js';
import { searchFieldsToNeo4j } from './neo4j-records.js';
import type { QueryRunner } from './query-runner.js';

const SLICE = 5000;

/**
 * Gives entities written by an earlier version the search fields this version stores on every write
 * (the search statement scores by them). On an up-to-date database it is one read that finds nothing;
 * otherwise it walks the entities in id order, a slice per transaction, so a large graph never needs
 * one huge transaction. Returns how many entities it filled in.
 */
export async function backfillSearchFields(runner: QueryRunner): Promise<number> {
  const [stale] = await runner.read('backfillSearchFields', queries.anyEntityWithoutSearchFieldsQuery());
  if (stale === undefined) return 0;
  let filled = 0;
  for (let after = ''; ;) {
    const [slice] = await runner.read('backfillSearchFields', queries.searchFieldsSliceQuery(after, SLICE));
    if (!slice) return filled;
    if (slice.missing.length > 0) {
      const rows = slice.missing.map((entity) => ({ id: entity.id, fields: searchFieldsToNeo4j(entity) }));
      await runner.write('backfillSearchFields', queries.setSearchFieldsQuery(rows));
      filled += rows.length;
    }
    after = slice.lastId;
  }
}
