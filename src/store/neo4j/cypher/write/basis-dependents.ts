import neo4j from 'neo4j-driver';
import type { BasisDependent } from '../../../common/basis-dependents.js';
import { asString, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/**
 * The records whose INFERRED evidence rests on one of `basisIds`, other than those in `leaving` (the
 * records the write removes): at most `limit` (dependent, basis) pairs, in id order. A seek on the
 * `basis_link_basis` index per id, never a scan of the records.
 *
 * The seek is named (`USING INDEX SEEK`) because the planner, costing by sampled statistics, may read
 * the whole index instead: on the bundled dataset after some writes it chose a NodeIndexScan and a
 * filter, whose cost grows with every link the graph holds, for a check that runs before each
 * retraction. `USING INDEX` alone only names the index, and on 4 December 2026 (the dataset with a
 * few more links) the planner scanned it even so.
 */
export function basisDependentsQuery(
  basisIds: readonly string[],
  leaving: readonly string[],
  limit: number,
): Statement<BasisDependent> {
  return {
    text: `UNWIND $basisIds AS basisId
MATCH (link:BasisLink {basis: basisId})
USING INDEX SEEK link:BasisLink(basis)
WHERE NOT link.dependent IN $leaving
RETURN DISTINCT link.dependent AS dependentId, link.basis AS basisId
ORDER BY dependentId, basisId
LIMIT $limit`,
    parameters: { basisIds: [...new Set(basisIds)], leaving: [...new Set(leaving)], limit: neo4j.int(limit) },
    decode: (record) => ({
      dependentId: asString(readColumn(record, 'dependentId'), 'dependentId'),
      basisId: asString(readColumn(record, 'basisId'), 'basisId'),
    }),
  };
}
