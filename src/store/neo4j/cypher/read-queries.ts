import neo4j from 'neo4j-driver';
import { isEntityKind, KIND_TYPE_NAMES, type EntityKind } from '../../../model/index.js';
import type { EntityFilter, RelationshipFilter, PageRequest } from '../../knowledge-graph-store.js';
import { ENTITY_PROJECTION, RELATIONSHIP_PROJECTION } from '../neo4j-records.js';
import type { CypherQuery } from './cypher-query.js';
import { relationshipTypeAlternation } from './relationship-type-alternation.js';

/**
 * Builders for the simple reads: lookups by id, keyset pages and counts. Every value from a request
 * is a parameter; `after` defaults to '' (every id sorts after it) so the id index serves both the
 * range and the order.
 */

export function getEntitiesQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (n:Entity) WHERE n.id IN $ids RETURN ${ENTITY_PROJECTION} AS entity`,
    params: { ids: [...new Set(ids)] },
  };
}

/** Relationship ids name their start entity, so each lookup starts from an indexed node. */
export function getRelationshipsQuery(keys: readonly { id: string; from: string }[]): CypherQuery {
  return {
    cypher: `UNWIND $keys AS key
MATCH (:Entity {id: key.from})-[r]->()
WHERE r.id = key.id
RETURN ${RELATIONSHIP_PROJECTION} AS relationship`,
    params: { keys },
  };
}

export function listEntitiesQuery(filter: EntityFilter, page: PageRequest): CypherQuery {
  const params = { after: page.after ?? '', limit: neo4j.int(page.first + 1) };
  if (filter.kinds === null) {
    return {
      cypher: `MATCH (n:Entity)
WHERE n.id > $after
RETURN ${ENTITY_PROJECTION} AS entity
ORDER BY n.id
LIMIT $limit`,
      params,
    };
  }
  // Each kind reads its own page from its label's id index, already in order, and the pages are
  // merged: 21 index entries per kind for a page of 20, where filtering the id index by kind would
  // walk every entity of the other kinds in between (16,094 db hits for two kinds at 100k).
  const branches = [...new Set(filter.kinds)].map(
    (kind) => `  MATCH (n:Entity:${kindLabel(kind)}) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $limit`,
  );
  if (branches.length === 0) return { cypher: 'UNWIND [] AS entity RETURN entity', params: {} };
  return {
    cypher: `CALL () {
${branches.join('\n  UNION ALL\n')}
}
WITH n ORDER BY n.id LIMIT $limit
RETURN ${ENTITY_PROJECTION} AS entity`,
    params,
  };
}

/** A kind's label, checked against the closed vocabulary before it is written into a statement. */
function kindLabel(kind: EntityKind): string {
  if (!isEntityKind(kind)) throw new Error(`Not an entity kind: ${JSON.stringify(kind)}`);
  return KIND_TYPE_NAMES[kind];
}

export function countEntitiesQuery(filter: EntityFilter): CypherQuery {
  if (filter.kinds === null) return { cypher: 'MATCH (n:Entity) RETURN count(n) AS count', params: {} };
  if (filter.kinds.length === 0) return { cypher: 'RETURN 0 AS count', params: {} };
  // One COUNT per literal kind label reads Neo4j's count store instead of the entities.
  // A kind label is only ever on entities, so the single label reads the count store.
  const counts = [...new Set(filter.kinds)].map((kind) => `COUNT { (:${kindLabel(kind)}) }`);
  return { cypher: `RETURN ${counts.join(' + ')} AS count`, params: {} };
}

export function listRelationshipsQuery(filter: RelationshipFilter, page: PageRequest): CypherQuery {
  return {
    cypher: `MATCH ()-[r${relationshipTypeAlternation(filter.types)}]->()
WHERE r.id > $after
RETURN ${RELATIONSHIP_PROJECTION} AS relationship
ORDER BY r.id
LIMIT $limit`,
    params: { after: page.after ?? '', limit: neo4j.int(page.first + 1) },
  };
}

/**
 * A list statement and its count statement as one: the page (collected in its order) and the count,
 * each in its own subquery, so an empty page still brings its count. Columns: `items`, `count`.
 */
export function withTotalCount(list: CypherQuery, count: CypherQuery, column: string): CypherQuery {
  const indent = (cypher: string, by: string) => cypher.replaceAll('\n', `\n${by}`);
  return {
    cypher: `CALL () {
  CALL () {
    ${indent(list.cypher, '    ')}
  }
  RETURN collect(${column}) AS items
}
CALL () {
  ${indent(count.cypher, '  ')}
}
RETURN items, count`,
    params: { ...list.params, ...count.params },
  };
}

export function countRelationshipsQuery(filter: RelationshipFilter): CypherQuery {
  // One COUNT per literal type reads Neo4j's count store instead of scanning relationships.
  const types = filter.types ?? null;
  if (types === null) return { cypher: 'MATCH ()-[r]->() RETURN count(r) AS count', params: {} };
  if (types.length === 0) return { cypher: 'RETURN 0 AS count', params: {} };
  const counts = types.map((type) => `COUNT { ()-[${relationshipTypeAlternation([type])}]->() }`);
  return { cypher: `RETURN ${counts.join(' + ')} AS count`, params: {} };
}

export function degreesQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-->() } + COUNT { (n)<--() } - COUNT { (n)-->(n) } END AS degree`,
    params: { ids },
  };
}

export function listSourcesQuery(): CypherQuery {
  return {
    cypher:
      'MATCH (s:Source) RETURN s {.id, .kind, .title, .publisher, .published, .url} AS source ORDER BY s.position',
    params: {},
  };
}
