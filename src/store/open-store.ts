import type { Config } from '../config.js';
import { loadDataset } from '../dataset/index.js';
import type { Logger } from '../logger.js';
import { createEmbeddedStore } from './embedded/index.js';
import type { KnowledgeGraphStore } from './knowledge-graph-store.js';

/** Opens the store the configuration names: Neo4j when NEO4J_URI is set, else the embedded store. */
export async function openStore(config: Config, logger: Logger): Promise<KnowledgeGraphStore> {
  const started = performance.now();
  const dataset = await loadDataset(config.datasetDir);
  const store = createEmbeddedStore({ dataset });
  logger.info(
    {
      store: store.kind,
      dataset: dataset.id,
      entities: dataset.entities.length,
      relationships: dataset.relationships.length,
      ms: Math.round(performance.now() - started),
    },
    'embedded store loaded',
  );
  return store;
}
