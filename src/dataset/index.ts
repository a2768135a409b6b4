export { loadDataset } from './load-dataset.js';
export { openDataset, type DatasetReader } from './open-dataset.js';
export type { DatasetHeader } from './read-dataset-header.js';
export type { RecordKind } from './read-raw-records.js';
export { claimId } from './claim-id.js';
export { DatasetError } from './dataset-error.js';
export { BasisCheck } from './basis-check.js';
export { recordsOfYamlText } from './read-yaml-records.js';
export { entityLabel, relationshipLabel } from './record-label.js';
