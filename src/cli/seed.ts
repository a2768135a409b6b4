import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { DatasetError, loadDataset } from '../dataset/index.js';
import { isKgError } from '../errors.js';
import { createNeo4jStore } from '../store/neo4j/index.js';
import { createProgressReporter } from './progress-reporter.js';

const USAGE = `Usage: npm run seed -- [--dataset DIR] [--batch-size N]

Loads a dataset directory into the Neo4j named by NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD,
NEO4J_DATABASE). Idempotent: entities and relationships are upserted by id, and a second run of the
same data changes nothing. Each batch is its own transaction; a load that fails half-way is
completed by running it again.

  --dataset DIR     dataset directory (default: DATASET_DIR or the bundled seed/wenzhou-yrd)
  --batch-size N    rows per transaction (default 2000)`;

/** `npm run seed`: load a dataset into Neo4j and print what changed. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string' },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig({ ...process.env, ...(values.dataset ? { DATASET_DIR: values.dataset } : {}) });
  if (!config.neo4j) {
    console.error(`NEO4J_URI is not set: there is no Neo4j to load into.\n\n${USAGE}`);
    return 2;
  }
  const batchSize = Number(values['batch-size'] ?? 2000);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 50_000) {
    console.error('--batch-size must be a whole number from 1 to 50000.');
    return 2;
  }

  const loadStarted = performance.now();
  const dataset = await loadDataset(config.datasetDir);
  console.error(
    `Read ${dataset.entities.length} entities and ${dataset.relationships.length} relationships from ${config.datasetDir} in ${Math.round(performance.now() - loadStarted)} ms.`,
  );
  const store = createNeo4jStore({ ...config.neo4j, timeoutMs: 120_000 });
  try {
    await store.ensureSchema();
    const progress = createProgressReporter();
    const summary = await store.importDataset(dataset, {
      batchSize,
      onProgress: ({ phase, done, total }) => progress.update(phase, done, total),
    });
    progress.finish();
    const seconds = summary.milliseconds / 1000;
    const rate = (count: number, milliseconds: number) =>
      Math.round((count * 1000) / Math.max(milliseconds, 1));
    console.log(
      [
        `Loaded ${dataset.id} into ${config.neo4j.uri} in ${seconds.toFixed(2)} s:`,
        `  entities       ${line(summary.entities)} (${rate(dataset.entities.length, summary.phaseMilliseconds.entities)}/s)`,
        `  relationships  ${line(summary.relationships)} (${rate(dataset.relationships.length, summary.phaseMilliseconds.relationships)}/s)`,
        `  sources        ${line(summary.sources)}`,
      ].join('\n'),
    );
    return 0;
  } finally {
    await store.close();
  }
}

function line(counts: { created: number; updated: number; unchanged: number }): string {
  return `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DatasetError || isKgError(error)) {
      console.error(`Seeding failed: ${error.message}`);
    } else {
      console.error('Seeding failed:', error);
    }
    process.exit(1);
  },
);
