import type { RelationshipRecord } from '../model/index.js';
import { deriveRelationshipId, parseRelationshipId } from '../model/index.js';
import { DatasetError } from './dataset-error.js';
import { relationshipSchema } from './dataset-schema.js';
import type { EvidenceCheck } from './evidence-check.js';
import { parseWithSchema } from './parse-with-schema.js';
import type { RawRecord } from './record-position.js';
import { toEvidenceRecord } from './to-evidence-record.js';

/**
 * Validates the raw relationship records of one pass over a file: fields, the id (derived when the
 * record gives none), that both ends are among `entityIds`, that no id repeats within the pass, and
 * the evidence. The returned function remembers the ids it has seen.
 */
export function createRelationshipValidator(
  entityIds: ReadonlySet<string>,
  checkEvidence: EvidenceCheck,
): (record: RawRecord) => RelationshipRecord {
  const seenIds = new Set<string>();
  return ({ raw, position }) => {
    const parsed = parseWithSchema(relationshipSchema, raw, position, `relationship #${position.index + 1}`);
    const derived = deriveRelationshipId(parsed.from, parsed.type, parsed.to);
    const id = parsed.id ?? derived;
    const label = `relationship "${id}"`;
    const fail = (field: string, problem: string) =>
      new DatasetError(position.file, label, field, problem, position.line);
    const parts = parseRelationshipId(id);
    if (!parts || parts.from !== parsed.from || parts.to !== parsed.to || parts.type !== parsed.type) {
      throw fail('id', `must be "${derived}" or that with a #n suffix`);
    }
    for (const end of ['from', 'to'] as const) {
      if (!entityIds.has(parsed[end])) throw fail(end, `no entity has the id "${parsed[end]}"`);
    }
    if (seenIds.has(id)) throw fail('id', 'duplicate id (give the second one a #2 suffix)');
    seenIds.add(id);
    const evidence = parsed.evidence.map(toEvidenceRecord);
    checkEvidence(evidence, position, label);
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
