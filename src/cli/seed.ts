import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { DatasetError, openDataset } from '../dataset/index.js';
import { isKgError } from '../errors.js';
import { createNeo4jStore, type ImportCounts } from '../store/neo4j/index.js';
import { createProgressReporter } from './progress-reporter.js';

const USAGE = `Usage: npm run seed -- [--dataset DIR] [--batch-size N] [--concurrency N]

Loads a dataset directory into the Neo4j named by NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD,
NEO4J_DATABASE). Records are streamed (JSON Lines at any size). The whole dataset is validated
first: an invalid record refuses the load, naming its file, line and id, before anything is written.
Idempotent: entities and relationships are upserted by id, and a second run of the same data changes
nothing. Each batch is its own transaction; a load that fails half-way (the database went away) is
completed by running it again. Run one seed at a time.

  --dataset DIR      dataset directory (default: DATASET_DIR or the bundled seed/wenzhou-yrd)
  --batch-size N     rows per transaction (default 2000)
  --concurrency N    transactions in flight (default 2)`;

/** `npm run seed`: stream a dataset into Neo4j, with progress, and print what changed and how fast. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string' },
      'batch-size': { type: 'string' },
      concurrency: { type: 'string' },
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
  const concurrency = Number(values.concurrency ?? 2);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
    console.error('--concurrency must be a whole number from 1 to 16.');
    return 2;
  }

  const readStarted = performance.now();
  const dataset = await openDataset(config.datasetDir);
  const counts = {
    entities: await dataset.count('entities'),
    relationships: await dataset.count('relationships'),
  };
  console.error(
    `Read ${dataset.sources.length} sources and counted ${counts.entities} entities and ${counts.relationships} relationships in ${config.datasetDir} in ${Math.round(performance.now() - readStarted)} ms.`,
  );
  // A pass that keeps nothing, so a bad record (or an inference resting on an id no record has, which
  // only the end of the data can tell) refuses the whole load: nothing is loaded in part.
  const validateStarted = performance.now();
  await dataset.validate();
  console.error(`Validated every record in ${Math.round(performance.now() - validateStarted)} ms.`);
  const store = createNeo4jStore({ ...config.neo4j, timeoutMs: 120_000 });
  try {
    await store.ensureSchema();
    const progress = createProgressReporter();
    // The relationships are checked against the entity ids the entity pass collects.
    const entityIds = new Set<string>();
    const summary = await store.importDataset(
      {
        sources: dataset.sources,
        sourceTexts: dataset.sourceTexts,
        entities: dataset.entities(entityIds),
        relationships: dataset.relationships(entityIds),
        counts,
      },
      { batchSize, concurrency, onProgress: ({ phase, done, total }) => progress.update(phase, done, total) },
    );
    progress.finish();
    const phases = summary.phaseMilliseconds;
    console.log(
      [
        `Loaded ${dataset.id} into ${config.neo4j.uri} in ${(summary.milliseconds / 1000).toFixed(2)} s:`,
        `  sources        ${line(summary.sources, phases.sources)}`,
        `  entities       ${line(summary.entities, phases.entities)}`,
        `  relationships  ${line(summary.relationships, phases.relationships)}`,
      ].join('\n'),
    );
    return 0;
  } finally {
    await store.close();
  }
}

/** What a phase changed, its time and its rate (records read per second, changed or not). */
function line(counts: ImportCounts, milliseconds: number): string {
  const records = counts.created + counts.updated + counts.unchanged;
  const rate = Math.round((records * 1000) / Math.max(milliseconds, 1));
  return `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged in ${(milliseconds / 1000).toFixed(1)} s (${rate}/s)`;
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
