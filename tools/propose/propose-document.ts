import { analyseText } from './analyse-text.js';
import { buildEntities } from './build-entities.js';
import { splitClauses } from './clauses.js';
import { findMentions, type SentenceAnalysis } from './find-mentions.js';
import { findRelationships } from './find-relationships.js';
import type { KnownEntity } from './gazetteer.js';
import type { Mention } from './mention.js';
import type { EvidenceSpan, Proposal } from './proposal.js';
import { findSections, sectionAt } from './sections.js';

/** Options of {@link proposeDocument}. */
export interface ProposeOptions {
  /** Entities already curated, found by name and alias and proposed under their own ids. @default none */
  readonly known?: readonly KnownEntity[];
}

/**
 * Reads a document and proposes its entities and relationships, each with QUOTED evidence whose
 * offsets slice the text to the quote. Pure: the same text and options give the same proposal.
 */
export function proposeDocument(text: string, options: ProposeOptions = {}): Proposal {
  const sentences = analyseText(text);
  const sections = findSections(sentences, text);
  const analyses = findMentions(text, sentences, sections, options.known ? { known: options.known } : {});
  const clauseSpan = clauseSpanFinder(analyses);
  const entities = buildEntities(analyses, (mention) => {
    const span = mention.kind === 'TASK' ? { start: mention.start, end: mention.end } : clauseSpan(mention);
    const section = sectionAt(sections, span.start)?.heading;
    return { ...span, ...(section ? { section } : {}) };
  });
  const relationships = findRelationships({ text, analyses, entities, sections });
  return { entities: entities.entities, relationships };
}

/** The clause around a mention, as offsets: the shortest span of the text that states it. */
function clauseSpanFinder(
  analyses: readonly SentenceAnalysis[],
): (mention: Mention) => Pick<EvidenceSpan, 'start' | 'end'> {
  return (mention) => {
    const analysis = analyses[mention.sentence]!;
    const words = analysis.words;
    const clause = splitClauses(words).find(
      (candidate) => mention.firstWord >= candidate.first && mention.firstWord <= candidate.last,
    )!;
    let first = clause.first;
    let last = Math.max(clause.last, mention.lastWord);
    while (first < mention.firstWord && /^[,;]$|^and$/i.test(words[first]!.text)) first += 1;
    while (last > mention.lastWord && /^[,;.]$/.test(words[last]!.text)) last -= 1;
    return {
      start: Math.min(words[first]!.start, mention.start),
      end: Math.max(words[last]!.end, mention.end),
    };
  };
}
