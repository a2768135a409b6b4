import type { NeighborhoodRequest, SubgraphRecord } from '../../../knowledge-graph-store.js';
import { relationshipFilterOf } from '../parts/relationship-predicate.js';
import { asInteger, asList, asMap, asString, readColumn, type Reader } from '../decode/row-values.js';
import { denseDegreeParams, inducedSubgraph, step, subgraphColumnsFrom } from '../parts/subgraph.js';
import type { Statement } from '../statement.js';

/** The kept subgraph, and for each capped entity how many of its neighbours are among the kept. */
export interface KeptSubgraphRow extends Omit<SubgraphRecord, 'omitted'> {
  cappedCounts: { id: string; inKept: number }[];
}

/**
 * The end of a capped expansion: the kept entities and their relationships, and for each capped
 * entity how many of its neighbours are among the kept (the rest were left out).
 */
export function keptSubgraphQuery(
  kept: readonly string[],
  capped: readonly string[],
  truncated: boolean,
  request: NeighborhoodRequest,
): Statement<KeptSubgraphRow> {
  const { parameters: filter, passes } = relationshipFilterOf(request);
  return {
    text: `UNWIND range(0, size($kept) - 1) AS position
MATCH (n:Entity {id: $kept[position]})
WITH n ORDER BY position
WITH collect(n) AS kept, $truncated AS truncated
CALL (kept) {
  UNWIND $capped AS id
  MATCH (u:Entity {id: id})
  RETURN collect({id: id, inKept: COUNT { MATCH (u)${step(request.direction, passes)}(v:Entity) WHERE v <> u AND v IN kept AND ($kinds IS NULL OR v.kind IN $kinds) RETURN DISTINCT v }}) AS cappedCounts
}
WITH kept, truncated, cappedCounts
${inducedSubgraph(request.fields, passes)}, cappedCounts`,
    parameters: {
      kept: [...kept],
      capped: [...capped],
      truncated,
      kinds: request.kinds,
      ...filter,
      ...denseDegreeParams(),
    },
    decode: (record) => ({
      ...subgraphColumnsFrom(record),
      cappedCounts: asList(readColumn(record, 'cappedCounts'), 'cappedCounts', cappedCountFrom),
    }),
  };
}

const cappedCountFrom: Reader<{ id: string; inKept: number }> = (value, what, key, element) => {
  const map = asMap(value, what, key, element);
  return {
    id: asString(map['id'], 'cappedCounts[]', 'id'),
    inKept: asInteger(map['inKept'], 'cappedCounts[]', 'inKept'),
  };
};
