import type { EvidenceRecord } from '../model/index.js';
import { basisOf, findEvidenceProblem, type SourceLookup } from '../validation/index.js';
import type { BasisCheck } from './basis-check.js';
import { DatasetError } from './dataset-error.js';
import type { DatasetHeader } from './read-dataset-header.js';
import type { RecordPosition } from './record-position.js';

/**
 * Throws a DatasetError for the first evidence item that breaks a rule of src/validation (an unknown
 * source, a quote not at its offsets, a CITED record without a REFERENCE source), and hands the ids
 * INFERRED records rest on to `basis`, which checks them once every record is read.
 */
export type EvidenceCheck = (
  evidence: readonly EvidenceRecord[],
  position: RecordPosition,
  record: string,
  basis: BasisCheck | null,
) => void;

/** The evidence check of a dataset, against the sources and texts its dataset.yaml names. */
export function createEvidenceCheck(header: Pick<DatasetHeader, 'sources' | 'sourceTexts'>): EvidenceCheck {
  const sources = new Map(header.sources.map((source) => [source.id, source]));
  const lookup: SourceLookup = { source: (id) => sources.get(id), text: (id) => header.sourceTexts[id] };
  return (evidence, position, record, basis) => {
    const problem = findEvidenceProblem(evidence, lookup);
    if (problem) {
      throw new DatasetError(
        position.file,
        record,
        `evidence[${problem.index}].${problem.field}`,
        problem.message,
        position.line,
      );
    }
    for (const { index, id } of basisOf(evidence)) {
      basis?.refer(id, {
        file: position.file,
        line: position.line,
        record,
        field: `evidence[${index}].basis`,
      });
    }
  };
}
