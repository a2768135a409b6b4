import type { Proposal } from '../proposal.js';
import { matchEntity } from './match-entities.js';
import type { CuratedDataset } from './read-curated.js';

/** Recall figures of one proposal against the curated dataset. */
export interface RecallScore {
  readonly entitiesFound: number;
  readonly entitiesTotal: number;
  /** Of the curated entities found, how many by a proposal of the same kind. */
  readonly entitiesFoundWithKind: number;
  readonly relationshipsFound: number;
  readonly relationshipsTotal: number;
  /** Curated ids no proposal matches, and document-backed relationships not found, for the report. */
  readonly missedEntities: readonly string[];
  readonly missedRelationships: readonly string[];
}

/** Types whose direction carries no meaning (docs/dataset-format.md: "symmetric in meaning; stored once"). */
const SYMMETRIC = new Set(['COOPERATES_WITH']);

/**
 * Recall of the curated entities (matched by {@link matchEntity}) and of the document-backed
 * relationships (those with QUOTED evidence): a curated relationship is found when a proposed one
 * has the same type, its `from` matches the curated `from` and its `to` the curated `to` (either
 * way round only for COOPERATES_WITH).
 */
export function scoreProposal(proposal: Proposal, curated: CuratedDataset): RecallScore {
  const matchesOf = new Map(
    proposal.entities.map((entity) => [entity.id, matchEntity(entity, curated.entities)]),
  );
  const found = new Set<string>();
  const foundWithKind = new Set<string>();
  for (const entity of proposal.entities) {
    for (const id of matchesOf.get(entity.id)!) {
      found.add(id);
      if (curated.entities.find((candidate) => candidate.id === id)?.kind === entity.kind)
        foundWithKind.add(id);
    }
  }
  const backed = curated.relationships.filter((relationship) => relationship.documentBacked);
  const isFound = (relationship: (typeof backed)[number]): boolean =>
    proposal.relationships.some((candidate) => {
      if (candidate.type !== relationship.type) return false;
      const from = matchesOf.get(candidate.from)!;
      const to = matchesOf.get(candidate.to)!;
      if (from.has(relationship.from) && to.has(relationship.to)) return true;
      return SYMMETRIC.has(relationship.type) && from.has(relationship.to) && to.has(relationship.from);
    });
  const missedRelationships = backed.filter((relationship) => !isFound(relationship));
  return {
    entitiesFound: found.size,
    entitiesTotal: curated.entities.length,
    entitiesFoundWithKind: foundWithKind.size,
    relationshipsFound: backed.length - missedRelationships.length,
    relationshipsTotal: backed.length,
    missedEntities: curated.entities.filter((entity) => !found.has(entity.id)).map((entity) => entity.id),
    missedRelationships: missedRelationships.map(
      (relationship) => `${relationship.from}-[${relationship.type}]->${relationship.to}`,
    ),
  };
}
