import type { EntityRecord, RelationshipRecord } from '../model/index.js';
import { BasisCheck } from './basis-check.js';
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
  entities(entityIds?: Set<string>, basis?: BasisCheck): AsyncIterable<EntityRecord>;
  /**
   * The relationships in file order, each validated, their ends checked against `entityIds` (the ids
   * an `entities()` pass collected). Every call reads the file again.
   */
  relationships(entityIds: ReadonlySet<string>, basis?: BasisCheck): AsyncIterable<RelationshipRecord>;
  /**
   * Reads and validates every record without keeping any, then checks the ids INFERRED evidence rests
   * on: what a streamed load runs first, so a dataset with a bad record is refused before anything is
   * written. Throws the first DatasetError.
   */
  validate(): Promise<void>;
  /** How many records of a kind there are (non-blank lines of JSON Lines), without validating them. */
  count(kind: RecordKind): Promise<number>;
}

/** Opens a dataset directory (docs/dataset-format.md): reads dataset.yaml and the source texts now, records later. */
export async function openDataset(directory: string): Promise<DatasetReader> {
  const header = await readDatasetHeader(directory);
  const checkEvidence = createEvidenceCheck(header);
  const reader: DatasetReader = {
    ...header,
    async *entities(entityIds = new Set<string>(), basis) {
      const validate = createEntityValidator(entityIds, checkEvidence, basis ?? null);
      for await (const record of readRawRecords(directory, 'entities')) yield validate(record);
    },
    async *relationships(entityIds, basis) {
      const validate = createRelationshipValidator(entityIds, checkEvidence, basis ?? null);
      for await (const record of readRawRecords(directory, 'relationships')) yield validate(record);
    },
    async validate() {
      const entityIds = new Set<string>();
      const basis = new BasisCheck();
      for await (const _entity of reader.entities(entityIds, basis));
      for await (const _relationship of reader.relationships(entityIds, basis));
      basis.assertResolved(entityIds);
    },
    count: (kind) => countRecords(directory, kind),
  };
  return reader;
}
