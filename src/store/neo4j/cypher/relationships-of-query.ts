import neo4j from 'neo4j-driver';
import type { RelationshipsOfRequest } from '../../knowledge-graph-store.js';
import { RELATIONSHIP_PROJECTION } from '../neo4j-records.js';
import type { CypherQuery } from './cypher-query.js';

/**
 * Pages of many entities' relationships in one round trip. Each request keeps its own filter and
 * page: LIMIT cannot vary per row, so each page is sorted and sliced inside its own subquery.
 */
export function relationshipsOfQuery(requests: readonly RelationshipsOfRequest[]): CypherQuery {
  return {
    cypher: `UNWIND $requests AS req
CALL (req) {
  OPTIONAL MATCH (e:Entity {id: req.entityId})-[r]-()
  WHERE r.id > req.after
    AND (req.types IS NULL OR type(r) IN req.types)
    AND (req.direction = 'BOTH'
      OR (req.direction = 'OUTGOING' AND startNode(r) = e)
      OR (req.direction = 'INCOMING' AND endNode(r) = e))
  WITH DISTINCT r
  ORDER BY r.id
  WITH req, collect(r) AS sorted
  RETURN [r IN sorted[0..req.limit] | ${RELATIONSHIP_PROJECTION}] AS relationships
}
RETURN req.index AS index, relationships`,
    params: {
      requests: requests.map((request, index) => ({
        index: neo4j.int(index),
        entityId: request.entityId,
        types: request.types,
        direction: request.direction,
        after: request.after ?? '',
        limit: neo4j.int(request.first + 1),
      })),
    },
  };
}
