import neo4j from 'neo4j-driver';
import type { Direction } from '../../../model/index.js';
import type { NeighborhoodRequest, ShortestPathRequest } from '../../knowledge-graph-store.js';
import { ENTITY_PROJECTION, RELATIONSHIP_PROJECTION } from '../neo4j-records.js';
import type { CypherQuery } from './cypher-query.js';

/** Most equally short paths read back to choose the first in id order. */
export const MAX_SHORTEST_PATHS = 1000;

/**
 * Neighbourhood on the server: `SHORTEST 1` from the centre to every entity within `depth` hops gives
 * each its distance (a breadth-first search in Neo4j, not path enumeration); the nearest `limit` are
 * kept by (distance, id), one more is read to know whether the cut dropped anything, and the
 * relationships among the kept entities come back in the same round trip.
 */
export function neighborhoodQuery(request: NeighborhoodRequest): CypherQuery {
  return {
    cypher: `MATCH (c:Entity {id: $id})
CALL (c) {
  OPTIONAL MATCH p = SHORTEST 1 (c)${step(request.direction)}{1,${hops(request.depth)}}(m:Entity)
  WHERE m <> c
  WITH m, length(p) AS distance
  ORDER BY distance, m.id
  LIMIT $others
  RETURN collect(m) AS reached
}
WITH c, reached, size(reached) >= $others AS truncated
WITH [c] + reached[0..$others - 1] AS kept, truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE ($types IS NULL OR type(r) IN $types) AND b IN kept
  WITH r ORDER BY r.id
  RETURN collect(${RELATIONSHIP_PROJECTION}) AS relationships
}
RETURN [n IN kept | ${ENTITY_PROJECTION}] AS nodes, relationships, truncated`,
    params: {
      id: request.id,
      types: request.relationshipTypes,
      // The centre takes one place of `limit`; one extra neighbour tells whether the cut dropped any.
      others: neo4j.int(request.limit),
    },
  };
}

/**
 * Every shortest path (ignoring direction), as ids, so the caller can choose the first in id order:
 * the same tie rule as the embedded store.
 */
export function shortestPathsQuery(request: ShortestPathRequest): CypherQuery {
  return {
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)${step('BOTH')}{1,${hops(request.maxHops)}}(b)
RETURN [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | r.id] AS relationshipIds
LIMIT $maxPaths`,
    params: {
      from: request.from,
      to: request.to,
      types: request.relationshipTypes,
      maxPaths: neo4j.int(MAX_SHORTEST_PATHS),
    },
  };
}

/** One hop of a quantified path pattern, filtered by `$types` and pointing the requested way. */
function step(direction: Direction): string {
  const relationship = '[r WHERE $types IS NULL OR type(r) IN $types]';
  if (direction === 'OUTGOING') return `-${relationship}->`;
  if (direction === 'INCOMING') return `<-${relationship}-`;
  return `-${relationship}-`;
}

/**
 * Quantifier bounds must be literals in Cypher 5. The API has already held the value to a small
 * integer; this re-checks it, so only a validated integer ever reaches the statement text.
 */
function hops(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 16) throw new Error(`Not a hop count: ${value}`);
  return value;
}
