import path from 'node:path';
import type { Config } from '../config.js';
import { loadDataset } from '../dataset/index.js';
import type { Logger } from '../logger.js';
import type { ServiceMetrics } from '../observability/index.js';
import { createEmbeddedStore, type JournalReport } from '../store/embedded/index.js';
import type { KnowledgeGraphStore } from '../store/index.js';
import { createNeo4jStore } from '../store/neo4j/index.js';

/**
 * Opens the store the configuration names: Neo4j when NEO4J_URI is set (its schema is ensured, its
 * data is whatever `npm run seed` loaded), else the embedded store with the dataset directory.
 */
export async function openStore(
  config: Config,
  logger: Logger,
  metrics?: ServiceMetrics,
): Promise<KnowledgeGraphStore> {
  const started = performance.now();
  if (config.neo4j) {
    const store = createNeo4jStore({
      ...config.neo4j,
      timeoutMs: config.queryTimeoutMs,
      ...(metrics ? { onRoundTrip: (name: string) => metrics.neo4jRoundTrips.inc({ query: name }) } : {}),
    });
    try {
      await store.ensureSchema();
    } catch (error) {
      // The service still starts: readiness reports the store as unreachable until Neo4j answers.
      logger.warn(
        { err: error, uri: config.neo4j.uri },
        'Neo4j is not reachable yet; serving with readiness false',
      );
    }
    logger.info(
      { store: store.kind, uri: config.neo4j.uri, ms: Math.round(performance.now() - started) },
      'Neo4j store opened',
    );
    return store;
  }
  const dataset = await loadDataset(config.datasetDir);
  // Writes are journaled per dataset, so pointing DATASET_DIR elsewhere does not replay them there.
  const journalFile = path.join(config.dataDir, `${dataset.id}.journal.jsonl`);
  // Filled in by onJournalOpened while the store opens (the cast keeps TypeScript from assuming null).
  let journalReport = null as JournalReport | null;
  const store = createEmbeddedStore({
    dataset,
    journalFile,
    timeoutMs: config.queryTimeoutMs,
    journalOnCorrupt: config.journalOnCorrupt,
    onReplayProblem: (batchId, error) =>
      logger.warn({ batchId, err: error }, 'a journaled write no longer applies to the dataset; skipped'),
    onJournalOpened: (report) => {
      journalReport = report;
      if (report.tornTail) {
        logger.warn(
          { journal: report.file, ...report.tornTail },
          'the journal ended in a write cut short by a crash (never acknowledged); cut it off',
        );
      }
      if (report.movedAside) {
        logger.error(
          { journal: report.file, ...report.movedAside },
          'the journal is damaged; moved it aside (JOURNAL_ON_CORRUPT=move-aside) and started from the dataset alone',
        );
      }
    },
  });
  logger.info(
    {
      store: store.kind,
      dataset: dataset.id,
      entities: dataset.entities.length,
      relationships: dataset.relationships.length,
      journal: journalFile,
      replayedBatches: journalReport?.replayed ?? 0,
      skippedBatches: journalReport?.skipped ?? 0,
      ms: Math.round(performance.now() - started),
    },
    'embedded store loaded',
  );
  return store;
}
