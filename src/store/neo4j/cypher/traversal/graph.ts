import neo4j from 'neo4j-driver';
import type { GraphRequest, SubgraphRecord } from '../../../knowledge-graph-store.js';
import { relationshipFilterOf } from '../parts/relationship-predicate.js';
import { denseDegreeParams, inducedSubgraph, subgraphColumnsFrom } from '../parts/subgraph.js';
import type { Statement } from '../statement.js';

/** The whole graph filtered: entities by id, cut at `limit`, with their passing relationships. */
export function graphQuery(request: GraphRequest): Statement<Omit<SubgraphRecord, 'omitted'>> {
  const filter = relationshipFilterOf(request);
  return {
    text: `CALL () {
  MATCH (n:Entity)
  WHERE n.id > '' AND ($kinds IS NULL OR n.kind IN $kinds)
  WITH n ORDER BY n.id
  LIMIT $room
  RETURN collect(n) AS candidates
}
WITH candidates[0..$limit] AS kept, size(candidates) > $limit AS truncated
${inducedSubgraph(null, filter.passes)}`,
    parameters: {
      kinds: request.kinds,
      limit: neo4j.int(request.limit),
      room: neo4j.int(request.limit + 1),
      ...filter.parameters,
      ...denseDegreeParams(),
    },
    decode: subgraphColumnsFrom,
  };
}
