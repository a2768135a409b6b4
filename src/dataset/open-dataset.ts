import type { EntityRecord, RelationshipRecord } from '../model/index.js';
import { countRecords } from './count-records.js';
import { createEntityValidator } from './entity-validator.js';
import { createEvidenceCheck } from './evidence-check.js';
import { readDatasetHeader, type DatasetHeader } from './read-dataset-header.js';
import { readRawRecords, type RecordKind } from './read-raw-records.js';
import { createRelationshipValidator } from './relationship-validator.js';

/**
 * A dataset directory opened for streaming: the header is read and checked, the records are read
 * (and validated) as they are iterated, so a dataset larger than memory can be passed through.
 */
export interface DatasetReader extends DatasetHeader {
  /**
   * The entities in file order, each validated; throws a DatasetError at the first invalid one. Every
   * call reads the file again. The ids read are added to `entityIds` (which also catches a duplicate).
   */
  entities(entityIds?: Set<string>): AsyncIterable<EntityRecord>;
  /**
   * The relationships in file order, each validated, their ends checked against `entityIds` (the ids
   * an `entities()` pass collected). Every call reads the file again.
   */
  relationships(entityIds: ReadonlySet<string>): AsyncIterable<RelationshipRecord>;
  /** How many records of a kind there are (non-blank lines of JSON Lines), without validating them. */
  count(kind: RecordKind): Promise<number>;
}

/** Opens a dataset directory (docs/dataset-format.md): reads dataset.yaml and the source texts now, records later. */
export async function openDataset(directory: string): Promise<DatasetReader> {
  const header = await readDatasetHeader(directory);
  const checkEvidence = createEvidenceCheck(header);
  return {
    ...header,
    async *entities(entityIds = new Set<string>()) {
      const validate = createEntityValidator(entityIds, checkEvidence);
      for await (const record of readRawRecords(directory, 'entities')) yield validate(record);
    },
    async *relationships(entityIds) {
      const validate = createRelationshipValidator(entityIds, checkEvidence);
      for await (const record of readRawRecords(directory, 'relationships')) yield validate(record);
    },
    count: (kind) => countRecords(directory, kind),
  };
}
