import type { RelationshipRecord } from '../model/index.js';
import { deriveRelationshipId } from '../model/index.js';
import { toEvidenceRecord } from '../validation/index.js';
import type { BasisCheck } from './basis-check.js';
import { claimId } from './claim-id.js';
import { DatasetError } from './dataset-error.js';
import { relationshipSchema } from './dataset-schema.js';
import type { EvidenceCheck } from './evidence-check.js';
import { parseWithSchema } from './parse-with-schema.js';
import { relationshipLabel } from './record-label.js';
import type { RawRecord } from './record-position.js';

/**
 * Validates the raw relationship records of one pass over a file: fields, the id (derived when the
 * record gives none), that both ends are among `entityIds`, that no id repeats within the pass, and
 * the evidence. The returned function remembers the ids it has seen.
 */
export function createRelationshipValidator(
  entityIds: ReadonlySet<string>,
  checkEvidence: EvidenceCheck,
  basis: BasisCheck | null = null,
): (record: RawRecord) => RelationshipRecord {
  const seenIds = new Set<string>();
  return ({ raw, position }) => {
    const parsed = parseWithSchema(relationshipSchema, raw, position, relationshipLabel(raw, position.index));
    const id = parsed.id ?? deriveRelationshipId(parsed.from, parsed.type, parsed.to);
    const label = `relationship "${id}"`;
    const fail = (field: string, problem: string) =>
      new DatasetError(position.file, label, field, problem, position.line);
    for (const end of ['from', 'to'] as const) {
      if (!entityIds.has(parsed[end])) throw fail(end, `no entity has the id "${parsed[end]}"`);
    }
    claimId(seenIds, id, 'relationship', position, label);
    basis?.relationship(id);
    const evidence = parsed.evidence.map(toEvidenceRecord);
    checkEvidence(evidence, position, label, basis);
    basis?.evidence(id, evidence, { file: position.file, line: position.line, record: label });
    return {
      id,
      type: parsed.type,
      from: parsed.from,
      to: parsed.to,
      properties: parsed.properties,
      evidence,
    };
  };
}

/** The record's id as an error names it: its own or derived from its ends, else its position. */
