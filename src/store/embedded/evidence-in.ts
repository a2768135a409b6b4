import { compareText } from '../../search/index.js';
import type { Deadline } from '../common/deadline.js';
import {
  citationId,
  type CitationRecord,
  type EvidenceInRequest,
  type Page,
} from '../knowledge-graph-store.js';
import type { InMemoryGraph } from './in-memory-graph.js';

/**
 * The facts citing a passage (see KnowledgeGraphStore.evidenceIn), by a scan of every record's
 * evidence: an analyst's question about one passage, not a hot path, so no index is kept for it.
 */
export function evidenceInOf(
  graph: InMemoryGraph,
  request: EvidenceInRequest,
  deadline: Deadline,
): Page<CitationRecord> {
  const found: CitationRecord[] = [];
  const scan = (
    records: readonly {
      id: string;
      evidence: readonly { kind: string; source: string | null; start?: number; end?: number }[];
    }[],
    wrap: (index: number, position: number) => CitationRecord,
  ) => {
    records.forEach((record, position) => {
      deadline.check();
      record.evidence.forEach((item, index) => {
        if (
          item.kind === 'QUOTED' &&
          item.source === request.source &&
          (item.start ?? 0) < request.end &&
          (item.end ?? 0) > request.start
        ) {
          const citation = wrap(index, position);
          if (request.after === null || compareText(citation.id, request.after) > 0) found.push(citation);
        }
      });
    });
  };
  scan(graph.sortedEntities, (index, position) => {
    const entity = graph.sortedEntities[position]!;
    return { id: citationId(entity.id, index), entity, relationship: null, evidenceIndex: index };
  });
  scan(graph.sortedRelationships, (index, position) => {
    const relationship = graph.sortedRelationships[position]!;
    return { id: citationId(relationship.id, index), entity: null, relationship, evidenceIndex: index };
  });
  found.sort((a, b) => compareText(a.id, b.id));
  return { items: found.slice(0, request.first), hasNextPage: found.length > request.first };
}
