import neo4j from 'neo4j-driver';
import type { NeighborsRequest } from '../../../knowledge-graph-store.js';
import { asInteger, asList, asString, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** One request's neighbour ids (sorted, cut at its limit) and how many it has in all. */
export interface NeighborsRow {
  /** The request's position in the batch. */
  index: number;
  ids: string[];
  total: number;
}

/** Many entities' neighbour ids (sorted, sliced) and totals in one round trip. */
export function neighborsQuery(requests: readonly NeighborsRequest[]): Statement<NeighborsRow> {
  return {
    text: `UNWIND $requests AS req
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
    parameters: {
      requests: requests.map((request, index) => ({
        index: neo4j.int(index),
        entityId: request.entityId,
        types: request.types,
        kinds: request.kinds,
        direction: request.direction,
        limit: neo4j.int(request.limit),
      })),
    },
    decode: (record) => ({
      index: asInteger(readColumn(record, 'index'), 'index'),
      ids: asList(readColumn(record, 'ids'), 'ids', asString),
      total: asInteger(readColumn(record, 'total'), 'total'),
    }),
  };
}
