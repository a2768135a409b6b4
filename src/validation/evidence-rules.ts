import type { EvidenceRecord, SourceRecord } from '../model/index.js';
import type { EvidenceInputRecord } from './record-schemas.js';

/** What the evidence rules need to know about the sources: their kinds and the held texts. */
export interface SourceLookup {
  source(id: string): SourceRecord | undefined;
  /** The text of a PRIMARY source the service holds; undefined otherwise. */
  text(id: string): string | undefined;
}

/** A rule an evidence record breaks: the field under `evidence[i]` and what is wrong. */
export interface EvidenceProblem {
  index: number;
  field: string;
  message: string;
}

/**
 * The first problem of `evidence` against the sources, or null: a QUOTED record quotes a held PRIMARY
 * source verbatim at its offsets and its mentions occur in the quote; a CITED record cites a REFERENCE
 * source. (The shape of each record is evidenceSchema's; the ids `basis` names are checked against the
 * whole graph by the caller, see basisOf.)
 */
export function findEvidenceProblem(
  evidence: readonly EvidenceRecord[],
  sources: SourceLookup,
): EvidenceProblem | null {
  for (const [index, item] of evidence.entries()) {
    const problem = (field: string, message: string): EvidenceProblem => ({ index, field, message });
    if (item.kind === 'INFERRED') continue;
    const source = item.source === null ? undefined : sources.source(item.source);
    if (!source) return problem('source', `names no known source ("${item.source}"); see \`sources\``);
    if (item.kind === 'CITED') {
      if (source.kind !== 'REFERENCE') {
        return problem(
          'source',
          `a CITED record cites a REFERENCE source, and "${source.id}" is ${source.kind} (quote it as QUOTED instead)`,
        );
      }
      continue;
    }
    const text = sources.text(source.id);
    if (source.kind !== 'PRIMARY' || text === undefined) {
      return problem(
        'source',
        `a QUOTED record quotes a PRIMARY source whose text the service holds, and "${source.id}" is not one (use CITED)`,
      );
    }
    const quote = item.quote ?? '';
    const start = item.start ?? 0;
    const end = item.end ?? 0;
    if (text.slice(start, end) !== quote) {
      const found = text.indexOf(quote);
      // Two different mistakes, two fixes: a misquote needs the source's words, a good quote the right offsets.
      if (found === -1) {
        return problem(
          'quote',
          `not a verbatim part of source "${source.id}": "${truncate(quote)}"; copy it exactly as the source has it`,
        );
      }
      return problem(
        'start',
        `the text of "${source.id}" at ${start}..${end} is "${truncate(text.slice(start, end))}", not the quote; the quote is at ${found}..${found + quote.length}`,
      );
    }
    for (const [entity, words] of Object.entries(item.mentions ?? {})) {
      if (!quote.toLowerCase().includes(words.toLowerCase())) {
        return problem(`mentions.${entity}`, `"${words}" does not occur in the quote`);
      }
    }
  }
  return null;
}

/** The ids the INFERRED records of `evidence` rest on (each must name an entity or relationship). */
export function basisOf(evidence: readonly EvidenceRecord[]): { index: number; id: string }[] {
  return evidence.flatMap((item, index) => (item.basis ?? []).map((id) => ({ index, id })));
}

/**
 * A parsed evidence item as the stores hold it: the fields its kind uses, section and source null
 * when absent, nothing else. Records built this way compare equal after a round trip through a store.
 */
export function toEvidenceRecord(item: EvidenceInputRecord): EvidenceRecord {
  switch (item.kind) {
    case 'QUOTED': {
      const record: EvidenceRecord = {
        kind: 'QUOTED',
        source: item.source,
        section: item.section ?? null,
        quote: item.quote,
        start: item.start,
        end: item.end,
      };
      if (item.mentions && Object.keys(item.mentions).length > 0) record.mentions = item.mentions;
      return record;
    }
    case 'CITED':
      return { kind: 'CITED', source: item.source, section: item.section ?? null, note: item.note };
    case 'INFERRED':
      return {
        kind: 'INFERRED',
        source: null,
        section: null,
        rationale: item.rationale,
        basis: item.basis,
      };
  }
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
