import { evidenceKind } from './evidence-kind.js';
import { namesEntity } from './names-entity.js';
import { relationshipId, type RawDataset, type RawRelationship } from './raw-dataset.js';

/**
 * The fidelity rule (docs/data-fidelity.md): a relationship whose evidence is only QUOTED has at least
 * one QUOTED record whose quote names both ends, or it must carry an INFERRED record saying why.
 * Returns the ids of the relationships that break it, in file order.
 */
export function fidelityRuleViolations(dataset: RawDataset): string[] {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  return dataset.relationships
    .filter((relationship) => {
      const kinds = relationship.evidence.map((evidence) => evidenceKind(evidence, sources));
      return kinds.every((kind) => kind === 'QUOTED') && !quoteNamesBothEnds(relationship, dataset, entities);
    })
    .map(relationshipId);
}

/** Whether one of the relationship's QUOTED records names both of its ends. */
export function quoteNamesBothEnds(
  relationship: RawRelationship,
  dataset: RawDataset,
  entities: ReadonlyMap<string, RawDataset['entities'][number]> = new Map(
    dataset.entities.map((e) => [e.id, e]),
  ),
): boolean {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const from = entities.get(relationship.from);
  const to = entities.get(relationship.to);
  if (from === undefined || to === undefined) return false;
  return relationship.evidence.some(
    (evidence) =>
      evidenceKind(evidence, sources) === 'QUOTED' &&
      namesEntity(evidence, from) &&
      namesEntity(evidence, to),
  );
}
