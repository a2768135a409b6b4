import neo4j, { type Integer } from 'neo4j-driver';
import { RELATIONSHIP_TYPES, type Direction } from '../../../../model/index.js';
import type { SubgraphRecord } from '../../../knowledge-graph-store.js';
import type { RecordFields } from '../../../record-fields.js';
import { entityProjectionOf, relationshipProjectionOf } from '../../neo4j-records.js';
import { subgraphFromColumns } from '../decode/records.js';
import { readColumn } from '../decode/row-values.js';
import type { Neo4jRecord } from '../statement.js';

/**
 * Above this many outgoing (or incoming) relationships an entity's list is not read to find the
 * relationships among the kept entities (see inducedSubgraph). A statement parameter, so a test can
 * move it and see the same answer come back by every route.
 */
export const DENSE_DEGREE = 1000;

/**
 * What looking up the relationships between two hubs by id costs, in relationships read from a list:
 * one index seek per type (19), each measured at 17 to 25 µs on the 10k bench graph against 1.2 to 1.5
 * µs per relationship read. A hub's outgoing list is read instead when it is shorter than this many
 * for each incoming hub kept, so many middling hubs are not looked up pair by pair.
 */
export const HUB_PAIR_COST = 400;

/**
 * The second half of every subgraph statement: given `kept` (a list of entity nodes), every
 * relationship among them that `passes` (a relationship predicate on `r`, or null for every one), by
 * id, and the nodes projected with the parts in `fields` (see RecordFields; null: whole records). A
 * neighbourhood drawn by names and types read every record's evidence and description before (issue
 * 15). Needs `denseDegreeParams()` among the parameters.
 *
 * Each relationship a→b among the kept is found once, by the cheapest of three routes:
 * - from a's outgoing list, when a has at most $denseDegree outgoing relationships, or at most
 *   $hubPairCost for each kept entity with more than $denseDegree incoming ones (see HUB_PAIR_COST);
 * - else from b's incoming list, when b has at most $denseDegree incoming ones;
 * - else (two hubs) by its id, which names both ends and the type (`a-[TYPE]->b`, `#n` for the
 *   second and later; model/ids.ts, and every write and the seeding are validated against it), one
 *   index seek per type on the `rel_<type>_id` indexes.
 * Why: reading every kept entity's outgoing list read each hub's whole list to keep a handful. On the
 * 1M bench graph one depth-2 neighbourhood of 84 entities read 47,743 relationships to return 102,
 * and the median neighbourhood spent most of its time there (docs/performance.md, 5 December 2026).
 * A prefix seek also finds ids whose other end only starts with b's id, so the ends are checked. The
 * price on a graph without hubs: about 0.3 to 0.5 ms more per depth-2 neighbourhood on the 10k graph.
 */
export function inducedSubgraph(fields: RecordFields | null | undefined, passes: string | null): string {
  const passing = (condition: string) => (passes === null ? condition : `${passes} AND ${condition}`);
  const byId = RELATIONSHIP_TYPES.map(
    (type) => `      MATCH ()-[r:${type}]->() WHERE r.id STARTS WITH a.id + '-[${type}]->' + b.id RETURN r`,
  ).join('\n      UNION ALL\n');
  return `CALL (kept) {
  UNWIND kept AS n
  WITH n, COUNT { (n)-->() } AS outgoing, COUNT { ()-->(n) } > $denseDegree AS toHub
  WITH collect(n) AS members, collect({node: n, outgoing: outgoing}) AS outgoingCounts,
    collect(CASE WHEN toHub THEN null ELSE n END) AS toLight, collect(CASE WHEN toHub THEN n END) AS toHubs
  WITH members, toLight, toHubs, [tally IN outgoingCounts
    WHERE tally.outgoing > $denseDegree AND tally.outgoing > size(toHubs) * $hubPairCost | tally.node] AS fromHubs
  WITH members, toLight, toHubs, fromHubs, [n IN members WHERE NOT n IN fromHubs] AS fromLight
  CALL (members, fromLight, fromHubs, toLight, toHubs) {
    UNWIND fromLight AS a
    MATCH (a)-[r]->(b)
    WHERE ${passing('b IN members')}
    RETURN r
    UNION ALL
    UNWIND (CASE WHEN size(fromHubs) = 0 THEN [] ELSE toLight END) AS b
    MATCH (a)-[r]->(b)
    WHERE ${passing('a IN fromHubs')}
    RETURN r
    UNION ALL
    UNWIND fromHubs AS a
    UNWIND toHubs AS b
    CALL (a, b) {
${byId}
    }
    WITH a, b, r
    WHERE ${passing('startNode(r) = a AND endNode(r) = b')}
    RETURN r
  }
  WITH r ORDER BY r.id
  RETURN collect(${relationshipProjectionOf(fields, true)}) AS relationships
}
RETURN [n IN kept | ${entityProjectionOf(fields)}] AS nodes, relationships, truncated`;
}

/** The parameters inducedSubgraph needs besides the relationship filter's. */
export function denseDegreeParams(): { denseDegree: Integer; hubPairCost: Integer } {
  return { denseDegree: neo4j.int(DENSE_DEGREE), hubPairCost: neo4j.int(HUB_PAIR_COST) };
}

/** The `nodes`, `relationships` and `truncated` columns inducedSubgraph returns. */
export function subgraphColumnsFrom(record: Neo4jRecord): Omit<SubgraphRecord, 'omitted'> {
  return subgraphFromColumns(
    readColumn(record, 'nodes'),
    readColumn(record, 'relationships'),
    readColumn(record, 'truncated'),
  );
}

/**
 * One hop of a pattern pointing the requested way, filtered by `passes` (a relationship predicate on
 * `r`, or null for none).
 */
export function step(direction: Direction, passes: string | null): string {
  const relationship = passes === null ? '[r]' : `[r WHERE ${passes}]`;
  if (direction === 'OUTGOING') return `-${relationship}->`;
  if (direction === 'INCOMING') return `<-${relationship}-`;
  return `-${relationship}-`;
}
