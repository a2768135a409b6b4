import neo4j from 'neo4j-driver';
import type { NeighborhoodRequest } from '../../../knowledge-graph-store.js';
import { relationshipFilterOf } from '../parts/relationship-predicate.js';
import { asInteger, asList, asString, readColumn } from '../decode/row-values.js';
import { step } from '../parts/subgraph.js';
import type { Statement } from '../statement.js';

/**
 * One level of a capped expansion (`perNodeLimit`): for each frontier entity, its passing neighbours
 * sorted by id (the first `cap` of them) and how many it has.
 */
export function neighborhoodLevelQuery(
  frontier: readonly string[],
  request: NeighborhoodRequest,
): Statement<{ id: string; first: string[]; total: number }> {
  const filter = relationshipFilterOf(request);
  return {
    text: `UNWIND $frontier AS id
MATCH (u:Entity {id: id})
CALL (u) {
  OPTIONAL MATCH (u)${step(request.direction, filter.passes)}(v:Entity)
  WHERE v <> u AND ($kinds IS NULL OR v.kind IN $kinds)
  WITH DISTINCT v ORDER BY v.id
  RETURN collect(v.id) AS neighbours
}
RETURN id, neighbours[0..$cap] AS first, size(neighbours) AS total`,
    parameters: {
      frontier: [...frontier],
      kinds: request.kinds,
      cap: neo4j.int(request.perNodeLimit ?? 0),
      ...filter.parameters,
    },
    decode: (record) => ({
      id: asString(readColumn(record, 'id'), 'id'),
      first: asList(readColumn(record, 'first'), 'first', asString),
      total: asInteger(readColumn(record, 'total'), 'total'),
    }),
  };
}
