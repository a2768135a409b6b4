import { RELATIONSHIP_TYPES } from '../../model/index.js';
import * as queries from './cypher/index.js';
import type { QueryRunner } from './query-runner.js';

const SLICE = 5000;

/**
 * Gives the records written by an earlier version the basis links this version keeps on every write
 * (cypher/parts/basis-links.ts), so a retraction's check sees what they rest on. On a database that
 * has them it is one read of a marker node; otherwise it walks the entities, then each relationship
 * type, in id order, a slice per transaction, and sets the marker last, so a start cut short does it
 * again (a slice replaces a record's links, so doing one twice is harmless).
 */
export async function backfillBasisLinks(runner: QueryRunner): Promise<void> {
  const done = await runner.read('backfillBasisLinks', queries.basisLinksBackfilledQuery());
  if (done.length > 0) return;
  for (const of of ['entities', ...RELATIONSHIP_TYPES] as const) {
    for (let after: string | null = ''; after !== null;) {
      const [lastId]: (string | null)[] = await runner.write(
        'backfillBasisLinks',
        queries.basisLinksSliceQuery(of, after, SLICE),
      );
      after = lastId ?? null;
    }
  }
  await runner.write('backfillBasisLinks', queries.markBasisLinksBackfilledQuery());
}
