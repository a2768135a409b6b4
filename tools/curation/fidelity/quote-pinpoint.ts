import { evidenceKind } from './evidence-kind.js';
import { namesEntity } from './names-entity.js';
import { clauseTrimmings, hasSeveralClauses, isWholeSentence, sentencesOf } from './quote-shape.js';
import { relationshipId, type RawDataset, type RawEntity, type RawEvidence } from './raw-dataset.js';

/** A QUOTED record of the dataset, with the id of the entity or relationship that carries it. */
export interface QuotedRecord {
  id: string;
  evidence: RawEvidence & { quote: string };
}

/** Every QUOTED record of the dataset, entities first, in file order. */
export function quotedRecords(dataset: RawDataset): QuotedRecord[] {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const records = [
    ...dataset.entities.map((entity) => ({ id: entity.id, evidence: entity.evidence })),
    ...dataset.relationships.map((r) => ({ id: relationshipId(r), evidence: r.evidence })),
  ];
  return records.flatMap(({ id, evidence }) =>
    evidence
      .filter((item): item is RawEvidence & { quote: string } => item.quote !== undefined)
      .filter((item) => evidenceKind(item, sources) === 'QUOTED')
      .map((item) => ({ id, evidence: item })),
  );
}

/** The QUOTED records whose quote is a whole sentence of its source, and whether that sentence has several clauses. */
export function wholeSentenceQuotes(dataset: RawDataset): (QuotedRecord & { severalClauses: boolean })[] {
  const sentences = new Map(
    [...dataset.texts].map(([id, text]) => [id, sentencesOf(text).map((s) => text.slice(s.start, s.end))]),
  );
  return quotedRecords(dataset)
    .filter((record) =>
      isWholeSentence(record.evidence.quote, sentences.get(record.evidence.source ?? '') ?? []),
    )
    .map((record) => ({ ...record, severalClauses: hasSeveralClauses(record.evidence.quote) }));
}

/**
 * The QUOTED records of relationships that name both ends but could lose a whole clause at their
 * start or end and still name both (by the words its `mentions` pin, where it pins them): the quote is
 * longer than the clause that states the link. Each
 * comes with the shortest such trimming (a curator still judges whether it keeps the verb).
 */
export function trimmableRelationshipQuotes(dataset: RawDataset): (QuotedRecord & { shorter: string })[] {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  return dataset.relationships.flatMap((relationship) => {
    const from = entities.get(relationship.from);
    const to = entities.get(relationship.to);
    if (from === undefined || to === undefined) return [];
    const namesBoth = (evidence: RawEvidence) => namesEntity(evidence, from) && namesEntity(evidence, to);
    return relationship.evidence.flatMap((evidence) => {
      if (evidence.quote === undefined || evidence.kind === 'CITED' || evidence.kind === 'INFERRED')
        return [];
      if (evidenceKind(evidence, sources) !== 'QUOTED' || !namesBoth(evidence)) return [];
      // Where the record pins the words that name an end (`mentions`), a shorter span must keep them:
      // "Wenzhou" in "branches in Wenzhou" is not the Wenzhou that "will further contact".
      const keepsEnd = (span: string, end: RawEntity) => {
        const pinned = evidence.mentions?.[end.id];
        const named = pinned === undefined ? end : { ...end, name: pinned, aliases: [] };
        return namesEntity({ quote: span }, named);
      };
      const shorter = clauseTrimmings(evidence.quote).find(
        (span) => keepsEnd(span.quote, from) && keepsEnd(span.quote, to),
      );
      return shorter === undefined
        ? []
        : [
            {
              id: relationshipId(relationship),
              evidence: { ...evidence, quote: evidence.quote },
              shorter: shorter.quote,
            },
          ];
    });
  });
}
