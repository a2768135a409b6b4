import type { EvidenceKind, RelationshipRecord } from '../model/index.js';
import type { ExportableSubgraph } from './exportable-subgraph.js';

/**
 * The subgraph as the export of a neighbourhood read with `evidenceKinds` writes it: each relationship
 * with only its evidence of those kinds, so an analyst who asks for `[QUOTED]` gets what the document
 * states and nothing else, from every door (GraphQL's `export`, `/export`, `npm run export`). Copies:
 * the records a request's loaders cache keep all their evidence. Unchanged without kinds.
 */
export function withEvidenceOfKinds<T extends ExportableSubgraph>(
  subgraph: T,
  kinds: readonly EvidenceKind[] | null | undefined,
): T {
  if (!kinds) return subgraph;
  return { ...subgraph, relationships: subgraph.relationships.map((item) => withEvidenceOf(item, kinds)) };
}

function withEvidenceOf(
  relationship: RelationshipRecord,
  kinds: readonly EvidenceKind[],
): RelationshipRecord {
  return { ...relationship, evidence: relationship.evidence.filter((item) => kinds.includes(item.kind)) };
}
