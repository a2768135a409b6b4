import neo4j from 'neo4j-driver';
import type { EntityRecord, RelationshipRecord } from '../../../../model/index.js';
import { parseCitationId, type EvidenceInRequest } from '../../../knowledge-graph-store.js';
import { ENTITY_PROJECTION, RELATIONSHIP_PROJECTION } from '../../neo4j-records.js';
import { nullableEntityFrom, nullableRelationshipFrom } from '../decode/records.js';
import { asInteger, asString, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** One evidence item citing the passage: the fact (an entity or a relationship) and the item's index. */
export interface CitingRow {
  factId: string;
  evidenceIndex: number;
  entity: EntityRecord | null;
  relationship: RelationshipRecord | null;
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
export function evidenceInQuery(request: EvidenceInRequest): Statement<CitingRow> {
  const after = request.after === null ? null : parseCitationId(request.after);
  return {
    text: `CALL () {
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
    parameters: {
      source: request.source,
      start: neo4j.int(request.start),
      end: neo4j.int(request.end),
      afterId: after?.factId ?? '',
      afterIndex: neo4j.int(after?.evidenceIndex ?? -1),
      limit: neo4j.int(request.first + 1),
    },
    decode: (record) => ({
      factId: asString(readColumn(record, 'id'), 'id'),
      evidenceIndex: asInteger(readColumn(record, 'evidenceIndex'), 'evidenceIndex'),
      entity: nullableEntityFrom(readColumn(record, 'entity')),
      relationship: nullableRelationshipFrom(readColumn(record, 'relationship')),
    }),
  };
}
