import neo4j from 'neo4j-driver';
import type { NeighborsRequest } from '../../knowledge-graph-store.js';
import { ENTITY_PROJECTION } from '../neo4j-records.js';
import type { CypherQuery } from './cypher-query.js';

/** Many entities' neighbour ids (sorted, sliced) and totals in one round trip. */
export function neighborsQuery(requests: readonly NeighborsRequest[]): CypherQuery {
  return {
    cypher: `UNWIND $requests AS req
CALL (req) {
  OPTIONAL MATCH (e:Entity {id: req.entityId})-[r]-(v:Entity)
  WHERE v <> e
    AND (req.types IS NULL OR type(r) IN req.types)
    AND (req.kinds IS NULL OR v.kind IN req.kinds)
    AND (req.direction = 'BOTH'
      OR (req.direction = 'OUTGOING' AND startNode(r) = e)
      OR (req.direction = 'INCOMING' AND endNode(r) = e))
  WITH DISTINCT v.id AS id
  WHERE id IS NOT NULL
  ORDER BY id
  WITH req, collect(id) AS ids
  RETURN ids[0..req.limit] AS ids, size(ids) AS total
}
RETURN req.index AS index, ids, total`,
    params: {
      requests: requests.map((request, index) => ({
        index: neo4j.int(index),
        entityId: request.entityId,
        types: request.types,
        kinds: request.kinds,
        direction: request.direction,
        limit: neo4j.int(request.limit),
      })),
    },
  };
}

/** The entities with the most relationships (a self-loop counts once), ties by id. */
export function mostConnectedQuery(first: number): CypherQuery {
  return {
    cypher: `MATCH (n:Entity)
WITH n, COUNT { (n)-->() } + COUNT { (n)<--() } - COUNT { (n)-->(n) } AS degree
ORDER BY degree DESC, n.id
LIMIT $first
RETURN ${ENTITY_PROJECTION} AS entity, degree`,
    params: { first: neo4j.int(first) },
  };
}
