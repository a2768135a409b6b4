import type { Clause } from './clauses.js';
import type { SentenceAnalysis } from './find-mentions.js';
import type { Mention } from './mention.js';
import type { EvidenceSpan, ProposedEntity } from './proposal.js';
import { sectionAt, type Section } from './sections.js';

export function spanOf(analysis: SentenceAnalysis, clause: Clause): { start: number; end: number } {
  const words = analysis.words;
  let first = clause.first;
  let last = clause.last;
  while (first < last && /^[,;]$|^and$/i.test(words[first]!.text)) first += 1;
  while (last > first && /^[,;.]$/.test(words[last]!.text)) last -= 1;
  return { start: words[first]!.start, end: words[last]!.end };
}

/**
 * The QUOTED evidence of a relationship: the span, and for each end the words that name it when the
 * quote names it by neither name nor alias ("It" for the city), or a note that it does not name it.
 */
export function evidenceFor(
  text: string,
  sections: readonly Section[],
  span: { start: number; end: number },
  ends: ReadonlyArray<readonly [ProposedEntity, Mention | undefined]>,
): EvidenceSpan {
  const quote = text.slice(span.start, span.end);
  const mentions: Record<string, string> = {};
  const unnamed: string[] = [];
  for (const [entity, mention] of ends) {
    if ([entity.name, ...entity.aliases].some((name) => namesIn(quote, name))) continue;
    const surface = mention ? text.slice(mention.start, mention.end) : undefined;
    if (surface && mention!.start >= span.start && mention!.end <= span.end) mentions[entity.id] = surface;
    else unnamed.push(entity.id);
  }
  const section = sectionAt(sections, span.start)?.heading;
  return {
    start: span.start,
    end: span.end,
    ...(section ? { section } : {}),
    ...(Object.keys(mentions).length > 0 ? { mentions } : {}),
    ...(unnamed.length > 0 ? { unnamed } : {}),
  };
}

function namesIn(quote: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(quote);
}
