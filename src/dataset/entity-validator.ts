import type { EntityRecord } from '../model/index.js';
import { toEvidenceRecord } from '../validation/index.js';
import type { BasisCheck } from './basis-check.js';
import { claimId } from './claim-id.js';
import { entitySchema } from './dataset-schema.js';
import type { EvidenceCheck } from './evidence-check.js';
import { parseWithSchema } from './parse-with-schema.js';
import { entityLabel } from './record-label.js';
import type { RawRecord } from './record-position.js';

/**
 * Validates the raw entity records of one pass over a file: fields (src/validation's schema), that the id is
 * new, and the evidence. Each valid id is added to `entityIds`, which is what relationships are
 * then checked against. Throws a DatasetError naming the record by id (or by position).
 */
export function createEntityValidator(
  entityIds: Set<string>,
  checkEvidence: EvidenceCheck,
  basis: BasisCheck | null = null,
): (record: RawRecord) => EntityRecord {
  return ({ raw, position }) => {
    const label = entityLabel(raw, position.index);
    const parsed = parseWithSchema(entitySchema, raw, position, label);
    claimId(entityIds, parsed.id, 'entity', position, label);
    const evidence = parsed.evidence.map(toEvidenceRecord);
    checkEvidence(evidence, position, label, basis);
    basis?.evidence(parsed.id, evidence, { file: position.file, line: position.line, record: label });
    return {
      id: parsed.id,
      kind: parsed.kind,
      name: parsed.name,
      aliases: parsed.aliases,
      description: parsed.description ?? null,
      ...(parsed.status === undefined ? {} : { status: parsed.status }),
      attributes: parsed.attributes,
      evidence,
    };
  };
}
