import { createHash } from 'node:crypto';
import {
  KIND_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  type EntityRecord,
  type RelationshipRecord,
  type RelationshipType,
  type SourceRecord,
} from '../../model/index.js';
import {
  importEntitiesQuery,
  importRelationshipsQuery,
  upsertSourcesQuery,
  type EntityRow,
  type RelationshipRow,
  type WriteCounts,
} from './cypher/index.js';
import { basisIdsOf } from '../common/basis-dependents.js';
import { entityToNeo4j, relationshipToNeo4j, sourceToNeo4j } from './neo4j-records.js';
import type { QueryRunner } from './query-runner.js';
import { WriteWindow } from './write-window.js';

/**
 * What an import reads: a whole `Dataset` (its arrays), or records streamed from a dataset too large
 * to hold (`openDataset`). Each iterable is read once, entities before relationships.
 */
export interface ImportableDataset {
  sources: readonly SourceRecord[];
  /** The text of each PRIMARY source, stored with it (writes check quotes against it). */
  sourceTexts: Readonly<Record<string, string>>;
  entities: Iterable<EntityRecord> | AsyncIterable<EntityRecord>;
  relationships: Iterable<RelationshipRecord> | AsyncIterable<RelationshipRecord>;
  /** How many records the iterables hold, for progress; arrays are counted without it. */
  counts?: { entities: number; relationships: number };
}

export interface ImportOptions {
  /** Rows per write transaction. @default 2000 */
  batchSize?: number;
  /**
   * Write transactions in flight at once. Two let the next batch be read and prepared while the
   * server writes the last one. @default 2
   */
  concurrency?: number;
  /** Told after every batch; `total` is null when a streamed dataset did not say its counts. */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  phase: 'sources' | 'entities' | 'relationships';
  done: number;
  total: number | null;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  sources: ImportCounts;
  entities: ImportCounts;
  relationships: ImportCounts;
  /** Time of the whole import, and of each phase (what a rate per phase is computed over). */
  milliseconds: number;
  phaseMilliseconds: { sources: number; entities: number; relationships: number };
}

/**
 * Loads a dataset with batched `UNWIND` writes, one write transaction per batch, sources first, then
 * entities, then relationships (whose ends must exist, so the entity writes finish first). Records
 * are streamed: at most a few batches are held at a time. Every batch is idempotent (a content hash
 * per row: unchanged rows are not written), so a load that failed half-way is completed by running it
 * again, and a second run of the same data changes nothing. Meant for one loader at a time (see
 * importEntitiesQuery).
 */
export async function importDataset(
  runner: QueryRunner,
  dataset: ImportableDataset,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 2000;
  const window = new WriteWindow(options.concurrency ?? 2);
  const report = options.onProgress ?? (() => {});

  const sourceRows = dataset.sources.map((source, index) => ({
    props: withHash(sourceToNeo4j(source, index, dataset.sourceTexts[source.id])),
  }));
  const sourcesPhase = createPhase('sources', sourceRows.length, report);
  for (let start = 0; start < sourceRows.length; start += batchSize) {
    const batch = sourceRows.slice(start, start + batchSize);
    await window.submit(() =>
      sourcesPhase.write(batch.length, runner.write('importSources', upsertSourcesQuery(batch))),
    );
  }
  await window.drain();

  const sourcesDone = performance.now();
  const entities = createPhase('entities', countOf(dataset.entities, dataset.counts?.entities), report);
  await streamInBatches(window, dataset.entities, entityRow, batchSize, (batch) =>
    entities.write(batch.length, runner.write('importEntities', importEntitiesQuery(batch))),
  );

  const entitiesDone = performance.now();
  const relationships = createPhase(
    'relationships',
    countOf(dataset.relationships, dataset.counts?.relationships),
    report,
  );
  // Relationship types cannot be parameters, so each batch holds one type: one buffer per type.
  const byType = new Map<RelationshipType, RelationshipRow[]>(RELATIONSHIP_TYPES.map((type) => [type, []]));
  const send = (type: RelationshipType, batch: RelationshipRow[]) =>
    window.submit(() =>
      relationships.write(
        batch.length,
        runner.write('importRelationships', importRelationshipsQuery(type, batch)),
      ),
    );
  await drainingOnError(window, async () => {
    for await (const relationship of dataset.relationships) {
      const buffer = byType.get(relationship.type)!;
      buffer.push(relationshipRow(relationship));
      if (buffer.length >= batchSize) {
        byType.set(relationship.type, []);
        await send(relationship.type, buffer);
      }
    }
    for (const [type, buffer] of byType) if (buffer.length > 0) await send(type, buffer);
  });
  const finished = performance.now();

  return {
    sources: sourcesPhase.counts,
    entities: entities.counts,
    relationships: relationships.counts,
    milliseconds: Math.round(finished - started),
    phaseMilliseconds: {
      sources: Math.round(sourcesDone - started),
      entities: Math.round(entitiesDone - sourcesDone),
      relationships: Math.round(finished - entitiesDone),
    },
  };
}

/** One phase's counts and progress, added up as its batches finish (in any order). */
function createPhase(
  phase: ImportProgress['phase'],
  total: number | null,
  report: (progress: ImportProgress) => void,
) {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  let done = 0;
  return {
    counts,
    async write(rows: number, written: Promise<WriteCounts[]>): Promise<void> {
      const [result] = await written;
      const created = result?.created ?? 0;
      const updated = result?.updated ?? 0;
      counts.created += created;
      counts.updated += updated;
      counts.unchanged += rows - created - updated;
      done += rows;
      report({ phase, done, total });
    },
  };
}

/** Reads `records`, turns them into rows, and writes them `batchSize` at a time; waits for every write. */
async function streamInBatches<R, Row>(
  window: WriteWindow,
  records: Iterable<R> | AsyncIterable<R>,
  toRow: (record: R) => Row,
  batchSize: number,
  write: (batch: Row[]) => Promise<void>,
): Promise<void> {
  await drainingOnError(window, async () => {
    let batch: Row[] = [];
    for await (const record of records) {
      batch.push(toRow(record));
      if (batch.length >= batchSize) {
        const full = batch;
        batch = [];
        await window.submit(() => write(full));
      }
    }
    if (batch.length > 0) await window.submit(() => write(batch));
  });
}

/**
 * Runs `work`, then waits for the writes it started. If reading fails (an invalid record in a
 * streamed dataset), the writes already started still finish before the error is thrown, so the
 * caller never closes the driver under them.
 */
async function drainingOnError(window: WriteWindow, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    await window.drain().catch(() => {});
    throw error;
  }
  await window.drain();
}

function countOf(records: unknown, stated: number | undefined): number | null {
  return stated ?? (Array.isArray(records) ? records.length : null);
}

/** An entity as an upsert row (see upsertEntitiesQuery). */
export function entityRow(entity: EntityRecord): EntityRow {
  // The label is hashed too: a change of kind is a change.
  return {
    props: withHash(entityToNeo4j(entity), KIND_TYPE_NAMES[entity.kind]),
    label: KIND_TYPE_NAMES[entity.kind],
    basis: basisIdsOf(entity.evidence),
  };
}

/** A relationship as an upsert row (see upsertRelationshipsQuery). */
export function relationshipRow(relationship: RelationshipRecord): RelationshipRow {
  return {
    from: relationship.from,
    to: relationship.to,
    props: withHash(relationshipToNeo4j(relationship)),
    basis: basisIdsOf(relationship.evidence),
  };
}

/** Adds `contentHash`: what the upserts compare to skip unchanged rows. */
function withHash(props: Record<string, unknown>, salt = ''): Record<string, unknown> {
  const hash = createHash('sha256').update(salt).update(JSON.stringify(props)).digest('base64url');
  return { ...props, contentHash: hash };
}
