import type { PathsRequest } from '../../../knowledge-graph-store.js';
import { asInteger, readColumn } from '../decode/row-values.js';
import { hops } from '../parts/hops.js';
import { relationshipPredicate } from '../parts/relationship-predicate.js';
import type { Neo4jRecord, Statement } from '../statement.js';
import { decodePathRow, pathColumns, pathParameters, type PathRow } from './path-row.js';

/** A row of kShortestPathsQuery: a path (or none), and `lengths`, the distinct lengths it read. */
export interface KShortestPathRow extends PathRow {
  lengths: number;
}

/**
 * The trails of the `groups` shortest lengths (`SHORTEST k GROUPS`), kept only when simple (Cypher's
 * paths never repeat a relationship but may repeat an entity, the port's never repeat an entity),
 * ordered like allShortestPathsQuery, `first` of them. For K_SHORTEST requests that need paths longer
 * than the shortest; entities inside a path must be of `throughKinds`.
 *
 * Every row tells `found`, the trails read (at most MAX_PATHS_READ + 1), and `lengths`, how many
 * distinct lengths they have. A length can hold only trails that revisit an entity, so the simple
 * paths may be fewer than `first` although longer ones exist: `lengths` tells the caller whether
 * asking for more groups can find more (fewer lengths than `groups` means there are no more). So
 * that the counts always arrive, a statement that keeps no path (no trail is simple, or there is no
 * trail) returns one row without a path.
 */
export function kShortestPathsQuery(request: PathsRequest, groups: number): Statement<KShortestPathRow> {
  return {
    text: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${hops(groups)} GROUPS (a)((x)-[r WHERE ${relationshipPredicate('r')}]-(y WHERE y = b OR $throughKinds IS NULL OR y.kind IN $throughKinds)){1,${hops(request.maxHops)}}(b)
WITH p LIMIT $readAtMost
WITH collect(p) AS paths
WITH size(paths) AS found,
  size(reduce(seen = [], q IN paths | CASE WHEN length(q) IN seen THEN seen ELSE seen + length(q) END)) AS lengths,
  [q IN paths WHERE all(i IN range(0, length(q) - 1) WHERE NOT nodes(q)[i] IN nodes(q)[i + 1..])] AS simple
UNWIND CASE WHEN size(simple) = 0 THEN [null] ELSE simple END AS p
WITH found, lengths, p ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
LIMIT $first
RETURN found, lengths, ${pathColumns(request.fields)}`,
    parameters: pathParameters(request),
    decode: decodeKShortestPathRow,
  };
}

function decodeKShortestPathRow(record: Neo4jRecord): KShortestPathRow {
  return { ...decodePathRow(record), lengths: asInteger(readColumn(record, 'lengths'), 'lengths') };
}
