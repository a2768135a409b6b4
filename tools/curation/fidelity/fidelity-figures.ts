import { evidenceKind, type EvidenceKind } from './evidence-kind.js';
import { fidelityRuleViolations, quoteNamesBothEnds } from './fidelity-rule.js';
import { median } from './quote-shape.js';
import { trimmableRelationshipQuotes, wholeSentenceQuotes } from './quote-pinpoint.js';
import type { RawDataset } from './raw-dataset.js';

/** The figures `npm run fidelity` prints (issue 12): how much of the graph the plan itself states. */
export interface FidelityFigures {
  /** Evidence records by kind, on entities and on relationships. */
  evidenceByKind: { entities: Record<EvidenceKind, number>; relationships: Record<EvidenceKind, number> };
  /**
   * Relationships with at least one QUOTED record and how many of those have one naming both ends; the
   * same for all but PART_OF_TASK, whose task the document names by its heading rather than in the quote.
   */
  quotedRelationships: { total: number; namingBothEnds: number };
  quotedRelationshipsOutsideTasks: { total: number; namingBothEnds: number };
  /** Relationships breaking the fidelity rule (only QUOTED, no quote naming both ends). */
  ruleViolations: string[];
  /**
   * QUOTED records, the distinct passages they quote, their mean and median length in characters, the
   * records that quote a whole sentence (and of those, a sentence of several clauses), and the
   * relationship quotes that could lose a whole clause and still name both ends.
   */
  quotes: {
    records: number;
    distinctPassages: number;
    meanLength: number;
    medianLength: number;
    wholeSentences: number;
    wholeMultiClauseSentences: number;
    trimmableRelationshipQuotes: number;
  };
  /** Entities all of whose relationships are PART_OF_TASK, and entities with no relationship at all. */
  entitiesOnlyLinkedToTask: string[];
  entitiesWithoutRelationships: string[];
  /** Distinct entities with a QUOTED record of their own in each section of the source, in source order. */
  namedThingsBySection: [section: string, count: number][];
}

const KINDS: readonly EvidenceKind[] = ['QUOTED', 'CITED', 'INFERRED', 'CURATED'];
const SECTIONS = [
  'Introduction',
  ...['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight'].map((n) => `Task ${n}`),
];

export function computeFidelityFigures(dataset: RawDataset): FidelityFigures {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const countKinds = (records: { evidence: RawDataset['entities'][number]['evidence'] }[]) => {
    const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<EvidenceKind, number>;
    for (const record of records)
      for (const evidence of record.evidence) counts[evidenceKind(evidence, sources)] += 1;
    return counts;
  };
  const quotedRelationships = dataset.relationships.filter((relationship) =>
    relationship.evidence.some((evidence) => evidenceKind(evidence, sources) === 'QUOTED'),
  );
  const quotes = [...dataset.entities, ...dataset.relationships].flatMap((record) =>
    record.evidence
      .filter((evidence) => evidenceKind(evidence, sources) === 'QUOTED')
      .map((e) => e.quote ?? ''),
  );
  const wholeSentences = wholeSentenceQuotes(dataset);
  const namingBothEnds = (relationships: RawDataset['relationships']) => ({
    total: relationships.length,
    namingBothEnds: relationships.filter((relationship) => quoteNamesBothEnds(relationship, dataset)).length,
  });
  const typesByEntity = new Map<string, Set<string>>();
  for (const relationship of dataset.relationships) {
    for (const end of [relationship.from, relationship.to]) {
      const types = typesByEntity.get(end) ?? new Set<string>();
      types.add(relationship.type);
      typesByEntity.set(end, types);
    }
  }
  const namedInSection = new Map(SECTIONS.map((section) => [section, 0]));
  for (const entity of dataset.entities) {
    const sections = new Set(
      entity.evidence
        .filter((e) => evidenceKind(e, sources) === 'QUOTED')
        .map((e) => e.section ?? 'Introduction'),
    );
    for (const section of sections) namedInSection.set(section, (namedInSection.get(section) ?? 0) + 1);
  }
  return {
    evidenceByKind: {
      entities: countKinds(dataset.entities),
      relationships: countKinds(dataset.relationships),
    },
    quotedRelationships: namingBothEnds(quotedRelationships),
    quotedRelationshipsOutsideTasks: namingBothEnds(
      quotedRelationships.filter((r) => r.type !== 'PART_OF_TASK'),
    ),
    ruleViolations: fidelityRuleViolations(dataset),
    quotes: {
      records: quotes.length,
      distinctPassages: new Set(quotes).size,
      meanLength: Math.round(
        quotes.reduce((sum, quote) => sum + quote.length, 0) / Math.max(quotes.length, 1),
      ),
      medianLength: median(quotes.map((quote) => quote.length)),
      wholeSentences: wholeSentences.length,
      wholeMultiClauseSentences: wholeSentences.filter((record) => record.severalClauses).length,
      trimmableRelationshipQuotes: trimmableRelationshipQuotes(dataset).length,
    },
    entitiesOnlyLinkedToTask: dataset.entities
      .filter((entity) => {
        const types = typesByEntity.get(entity.id);
        return types !== undefined && types.size === 1 && types.has('PART_OF_TASK');
      })
      .map((entity) => entity.id),
    entitiesWithoutRelationships: dataset.entities.filter((e) => !typesByEntity.has(e.id)).map((e) => e.id),
    namedThingsBySection: [...namedInSection],
  };
}
