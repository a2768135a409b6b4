export { loadDataset } from './load-dataset.js';
export { DatasetError } from './dataset-error.js';
