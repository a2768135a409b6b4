import { DEFAULT_DATASET_DIR } from '../../src/config.js';
import { loadDataset } from '../../src/dataset/index.js';
import type { Dataset } from '../../src/model/index.js';

let cached: Promise<Dataset> | null = null;

/** The bundled Wenzhou–YRD dataset, loaded once per test file. */
export function bundledDataset(): Promise<Dataset> {
  return (cached ??= loadDataset(DEFAULT_DATASET_DIR));
}
