import type { Dataset, EntityRecord, RelationshipRecord } from '../model/index.js';
import { BasisCheck } from './basis-check.js';
import { openDataset } from './open-dataset.js';
import { StringPool } from './string-pool.js';

/**
 * Reads and validates a whole dataset directory (docs/dataset-format.md) into memory. Throws a
 * `DatasetError` naming the file, the record and the field of the first problem; returns records in
 * file order. Records share their repeated strings (see StringPool), which is what holding a large
 * dataset in memory needs. To pass a dataset through without holding it, stream it with `openDataset`.
 */
export async function loadDataset(directory: string): Promise<Dataset> {
  const reader = await openDataset(directory);
  const pool = new StringPool();
  const entityIds = new Set<string>();
  const basis = new BasisCheck();
  const entities: EntityRecord[] = [];
  for await (const entity of reader.entities(entityIds, basis)) entities.push(pool.entity(entity));
  const relationships: RelationshipRecord[] = [];
  for await (const relationship of reader.relationships(entityIds, basis)) {
    relationships.push(pool.relationship(relationship));
  }
  basis.assertResolved(entityIds);
  return {
    id: reader.id,
    title: reader.title,
    sources: reader.sources,
    entities,
    relationships,
    sourceTexts: reader.sourceTexts,
  };
}
