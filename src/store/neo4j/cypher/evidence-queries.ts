import neo4j from 'neo4j-driver';
import { parseCitationId, type EvidenceInRequest } from '../../knowledge-graph-store.js';
import { ENTITY_PROJECTION, RELATIONSHIP_PROJECTION } from '../neo4j-records.js';
import type { CypherQuery } from './cypher-query.js';

/** The held text of some sources: rows `{ id, text }` (text null for a source without one). */
export function sourceTextsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: 'MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, s.text AS text',
    params: { ids: [...ids] },
  };
}

/** Which evidence items of a fact `x` cite the passage: QUOTED, of `$source`, overlapping it. */
const citingItems = (x: string) =>
  `UNWIND range(0, size(${x}.evidenceKinds) - 1) AS i
  WITH ${x}, i
  WHERE ${x}.evidenceKinds[i] = 'QUOTED' AND ${x}.evidenceSources[i] = $source
    AND ${x}.evidenceStarts[i] < $end AND ${x}.evidenceEnds[i] > $start
    AND (${x}.id > $afterId OR (${x}.id = $afterId AND i > $afterIndex))`;

/**
 * The facts citing a passage (see KnowledgeGraphStore.evidenceIn): every entity and relationship
 * whose evidence lists the source, ordered by id then evidence index, one more than the page to tell
 * whether there is a next. Evidence is held in property lists, which no index covers, so this scans
 * the facts that cite the source: an analyst's question about one passage, bounded by the page.
 */
export function evidenceInQuery(request: EvidenceInRequest): CypherQuery {
  const after = request.after === null ? null : parseCitationId(request.after);
  return {
    cypher: `CALL () {
  MATCH (n:Entity) WHERE $source IN n.evidenceSources
  ${citingItems('n')}
  RETURN n.id AS id, i AS evidenceIndex, ${ENTITY_PROJECTION} AS entity, null AS relationship
  UNION ALL
  MATCH ()-[r]->() WHERE $source IN r.evidenceSources
  ${citingItems('r')}
  RETURN r.id AS id, i AS evidenceIndex, null AS entity, ${RELATIONSHIP_PROJECTION} AS relationship
}
RETURN id, evidenceIndex, entity, relationship
ORDER BY id, evidenceIndex
LIMIT $limit`,
    params: {
      source: request.source,
      start: neo4j.int(request.start),
      end: neo4j.int(request.end),
      afterId: after?.factId ?? '',
      afterIndex: neo4j.int(after?.evidenceIndex ?? -1),
      limit: neo4j.int(request.first + 1),
    },
  };
}
