import { createHash } from 'node:crypto';
import {
  KIND_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  type Dataset,
  type EntityRecord,
  type RelationshipRecord,
} from '../../model/index.js';
import { upsertEntitiesQuery, upsertRelationshipsQuery, upsertSourcesQuery } from './cypher/index.js';
import { entityToNeo4j, relationshipToNeo4j, sourceToNeo4j } from './neo4j-records.js';
import type { QueryRunner } from './query-runner.js';

export interface ImportProgress {
  phase: 'sources' | 'entities' | 'relationships';
  done: number;
  total: number;
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
 * Loads a dataset with batched `UNWIND` upserts, one write transaction per batch, sources first, then
 * entities, then relationships (whose ends must exist). Every batch is idempotent, so a load that
 * failed half-way is completed by running it again, and a second run of the same data changes nothing.
 */
export async function importDataset(
  runner: QueryRunner,
  dataset: Dataset,
  options: { batchSize?: number; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 2000;
  const report = options.onProgress ?? (() => {});

  const sourceRows = dataset.sources.map((source, index) => ({
    props: withHash(sourceToNeo4j(source, index, dataset.sourceTexts[source.id])),
  }));
  const sources = await inBatches(
    sourceRows,
    batchSize,
    (rows) => runner.write('importSources', upsertSourcesQuery(rows)),
    (done) => report({ phase: 'sources', done, total: sourceRows.length }),
  );

  const sourcesDone = performance.now();
  const entityRows = dataset.entities.map(entityRow);
  const entities = await inBatches(
    entityRows,
    batchSize,
    (rows) => runner.write('importEntities', upsertEntitiesQuery(rows)),
    (done) => report({ phase: 'entities', done, total: entityRows.length }),
  );

  const entitiesDone = performance.now();
  // Relationship types cannot be parameters, so each batch holds one type.
  const relationships: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  let relationshipsDone = 0;
  for (const type of RELATIONSHIP_TYPES) {
    const rows = dataset.relationships
      .filter((relationship) => relationship.type === type)
      .map(relationshipRow);
    const counts = await inBatches(
      rows,
      batchSize,
      (batch) => runner.write('importRelationships', upsertRelationshipsQuery(type, batch)),
      (done) =>
        report({
          phase: 'relationships',
          done: relationshipsDone + done,
          total: dataset.relationships.length,
        }),
    );
    relationshipsDone += rows.length;
    relationships.created += counts.created;
    relationships.updated += counts.updated;
    relationships.unchanged += counts.unchanged;
  }
  const finished = performance.now();
  return {
    sources,
    entities,
    relationships,
    milliseconds: Math.round(finished - started),
    phaseMilliseconds: {
      sources: Math.round(sourcesDone - started),
      entities: Math.round(entitiesDone - sourcesDone),
      relationships: Math.round(finished - entitiesDone),
    },
  };
}

async function inBatches<T>(
  rows: readonly T[],
  batchSize: number,
  write: (batch: T[]) => Promise<Record<string, unknown>[]>,
  onBatch: (done: number) => void,
): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const [result] = await write(batch);
    const created = Number(result?.['created'] ?? 0);
    const updated = Number(result?.['updated'] ?? 0);
    counts.created += created;
    counts.updated += updated;
    counts.unchanged += batch.length - created - updated;
    onBatch(Math.min(start + batchSize, rows.length));
  }
  return counts;
}

/** An entity as an upsert row (see upsertEntitiesQuery). */
export function entityRow(entity: EntityRecord): { props: Record<string, unknown>; label: string } {
  // The label is hashed too: a change of kind is a change.
  return {
    props: withHash(entityToNeo4j(entity), KIND_TYPE_NAMES[entity.kind]),
    label: KIND_TYPE_NAMES[entity.kind],
  };
}

/** A relationship as an upsert row (see upsertRelationshipsQuery). */
export function relationshipRow(relationship: RelationshipRecord): {
  from: string;
  to: string;
  props: Record<string, unknown>;
} {
  return { from: relationship.from, to: relationship.to, props: withHash(relationshipToNeo4j(relationship)) };
}

/** Adds `contentHash`: what the upserts compare to skip unchanged rows. */
function withHash(props: Record<string, unknown>, salt = ''): Record<string, unknown> {
  const hash = createHash('sha256').update(salt).update(JSON.stringify(props)).digest('base64url');
  return { ...props, contentHash: hash };
}
