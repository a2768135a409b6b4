/** Times loadDataset and createEmbeddedStore on a dataset directory: `tsx tools/bench/load-check.ts DIR`. */
import { loadDataset } from '../../src/dataset/index.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';

const directory = process.argv[2]!;
const rss = () => Math.round(process.memoryUsage().rss / 1048576);
const t0 = performance.now();
const dataset = await loadDataset(directory);
const t1 = performance.now();
const store = createEmbeddedStore({ dataset });
const t2 = performance.now();
(globalThis as { gc?: () => void }).gc?.();
console.log(
  JSON.stringify({
    directory,
    entities: dataset.entities.length,
    relationships: dataset.relationships.length,
    loadDatasetMs: Math.round(t1 - t0),
    createEmbeddedStoreMs: Math.round(t2 - t1),
    entitiesPerSecond: Math.round(dataset.entities.length / ((t2 - t0) / 1000)),
    relationshipsPerSecond: Math.round(dataset.relationships.length / ((t2 - t0) / 1000)),
    rssMb: rss(),
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1048576),
  }),
);
await store.close();
