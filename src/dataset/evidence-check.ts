import type { EvidenceRecord } from '../model/index.js';
import type { DatasetHeader } from './read-dataset-header.js';
import { DatasetError } from './dataset-error.js';
import type { RecordPosition } from './record-position.js';
import { SourceTextIndex } from './source-text-index.js';

/** Throws a DatasetError for the first evidence item that cites an unknown source or misquotes one. */
export type EvidenceCheck = (
  evidence: readonly EvidenceRecord[],
  position: RecordPosition,
  record: string,
) => void;

/**
 * Checks evidence against the dataset's sources: every source must be listed in dataset.yaml, and a
 * quote of a PRIMARY source must be a verbatim part of its text.
 */
export function createEvidenceCheck(header: Pick<DatasetHeader, 'sources' | 'sourceTexts'>): EvidenceCheck {
  const known = new Set(header.sources.map((source) => source.id));
  const texts = new Map(
    Object.entries(header.sourceTexts).map(([id, text]) => [id, new SourceTextIndex(text)]),
  );
  return (evidence, position, record) => {
    evidence.forEach((item, index) => {
      const fail = (field: string, problem: string) =>
        new DatasetError(position.file, record, `evidence[${index}].${field}`, problem, position.line);
      if (!known.has(item.source)) throw fail('source', `unknown source "${item.source}"`);
      const text = texts.get(item.source);
      if (text !== undefined && !text.contains(item.quote)) {
        throw fail(
          'quote',
          `the quote is not a verbatim part of source "${item.source}": "${truncate(item.quote)}"`,
        );
      }
    });
  };
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
