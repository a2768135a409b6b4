import neo4j from 'neo4j-driver';
import type { Direction } from '../../../model/index.js';
import type { GraphRequest, NeighborhoodRequest } from '../../knowledge-graph-store.js';
import { ENTITY_PROJECTION, RELATIONSHIP_PROJECTION } from '../neo4j-records.js';
import type { CypherQuery } from './cypher-query.js';
import { relationshipFilterParams, relationshipPredicate } from './relationship-predicate.js';

/**
 * The second half of every subgraph query: given `kept` (a list of entity nodes), every passing
 * relationship among them, by id, and the nodes projected.
 */
const INDUCED_SUBGRAPH = `CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE ${relationshipPredicate('r')} AND b IN kept
  WITH r ORDER BY r.id
  RETURN collect(${RELATIONSHIP_PROJECTION}) AS relationships
}
RETURN [n IN kept | ${ENTITY_PROJECTION}] AS nodes, relationships, truncated`;

/**
 * Neighbourhood on the server, in one round trip, level by level as the embedded store walks it: each
 * level is the passing neighbours of the entities kept so far that are not kept yet, in id order; the
 * first that fit under `limit` are kept, and a level that does not fit all ends the walk (`truncated`).
 * The levels are written out (depth is a checked literal), and each reads at most `limit + 1`
 * neighbours in id order, so a seed next to a hub costs a top-k sort, not every entity within reach
 * (a `SHORTEST 1` to each of them took 170 ms p50 at 1M entities for depth 2, 30 ms this way).
 * For requests without `perNodeLimit`.
 */
export function neighborhoodQuery(request: NeighborhoodRequest): CypherQuery {
  const levels = Array.from(
    { length: hops(request.depth) },
    () => `CALL (kept, frontier, truncated) {
  UNWIND (CASE WHEN truncated THEN [] ELSE frontier END) AS u
  MATCH (u)${step(request.direction)}(v:Entity)
  WHERE ($kinds IS NULL OR v.kind IN $kinds) AND NOT v IN kept
  WITH DISTINCT v
  ORDER BY v.id
  LIMIT $room
  RETURN collect(v) AS level
}
WITH kept + level[0..$limit - size(kept)] AS kept, level[0..$limit - size(kept)] AS frontier,
  truncated OR size(level) > $limit - size(kept) AS truncated`,
  );
  return {
    cypher: `MATCH (c:Entity) WHERE c.id IN $ids
WITH c ORDER BY c.id
WITH collect(c) AS seeds
WHERE size(seeds) > 0
WITH seeds[0..$limit] AS kept, seeds[0..$limit] AS frontier, size(seeds) > $limit AS truncated
${levels.join('\n')}
${INDUCED_SUBGRAPH}`,
    params: {
      ids: [...request.ids],
      kinds: request.kinds,
      limit: neo4j.int(request.limit),
      // One more than can be kept tells whether the cut dropped anything.
      room: neo4j.int(request.limit + 1),
      ...relationshipFilterParams(request.relationshipTypes, request.time, request.evidenceKinds ?? null),
    },
  };
}

/**
 * One level of a capped expansion (`perNodeLimit`): for each frontier entity, its passing neighbours
 * sorted by id (the first `cap` of them) and how many it has.
 */
export function neighborhoodLevelQuery(
  frontier: readonly string[],
  request: NeighborhoodRequest,
): CypherQuery {
  return {
    cypher: `UNWIND $frontier AS id
MATCH (u:Entity {id: id})
CALL (u) {
  OPTIONAL MATCH (u)${step(request.direction)}(v:Entity)
  WHERE v <> u AND ($kinds IS NULL OR v.kind IN $kinds)
  WITH DISTINCT v ORDER BY v.id
  RETURN collect(v.id) AS neighbours
}
RETURN id, neighbours[0..$cap] AS first, size(neighbours) AS total`,
    params: {
      frontier: [...frontier],
      kinds: request.kinds,
      cap: neo4j.int(request.perNodeLimit ?? 0),
      ...relationshipFilterParams(request.relationshipTypes, request.time, request.evidenceKinds ?? null),
    },
  };
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
): CypherQuery {
  return {
    cypher: `UNWIND range(0, size($kept) - 1) AS position
MATCH (n:Entity {id: $kept[position]})
WITH n ORDER BY position
WITH collect(n) AS kept, $truncated AS truncated
CALL (kept) {
  UNWIND $capped AS id
  MATCH (u:Entity {id: id})
  RETURN collect({id: id, inKept: COUNT { MATCH (u)${step(request.direction)}(v:Entity) WHERE v <> u AND v IN kept AND ($kinds IS NULL OR v.kind IN $kinds) RETURN DISTINCT v }}) AS cappedCounts
}
WITH kept, truncated, cappedCounts
${INDUCED_SUBGRAPH}, cappedCounts`,
    params: {
      kept: [...kept],
      capped: [...capped],
      truncated,
      kinds: request.kinds,
      ...relationshipFilterParams(request.relationshipTypes, request.time, request.evidenceKinds ?? null),
    },
  };
}

/** The whole graph filtered: entities by id, cut at `limit`, with their passing relationships. */
export function graphQuery(request: GraphRequest): CypherQuery {
  return {
    cypher: `CALL () {
  MATCH (n:Entity)
  WHERE n.id > '' AND ($kinds IS NULL OR n.kind IN $kinds)
  WITH n ORDER BY n.id
  LIMIT $room
  RETURN collect(n) AS candidates
}
WITH candidates[0..$limit] AS kept, size(candidates) > $limit AS truncated
${INDUCED_SUBGRAPH}`,
    params: {
      kinds: request.kinds,
      limit: neo4j.int(request.limit),
      room: neo4j.int(request.limit + 1),
      ...relationshipFilterParams(request.relationshipTypes, request.time, request.evidenceKinds ?? null),
    },
  };
}

/** One hop of a pattern, filtered by the relationship predicate and pointing the requested way. */
function step(direction: Direction): string {
  const relationship = `[r WHERE ${relationshipPredicate('r')}]`;
  if (direction === 'OUTGOING') return `-${relationship}->`;
  if (direction === 'INCOMING') return `<-${relationship}-`;
  return `-${relationship}-`;
}

/**
 * Quantifier bounds and SHORTEST counts must be literals in Cypher 5. The API has already held the
 * value to a small integer; this re-checks it, so only a validated integer reaches the statement text.
 */
export function hops(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 100) throw new Error(`Not a hop count: ${value}`);
  return value;
}
