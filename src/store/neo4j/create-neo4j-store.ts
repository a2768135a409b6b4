import neo4j from 'neo4j-driver';
import { prepareQuery } from '../../search/index.js';
import type { KnowledgeGraphStore, RelationshipPage } from '../knowledge-graph-store.js';
import { citationId } from '../knowledge-graph-store.js';
import * as queries from './cypher/index.js';
import {
  importDataset,
  type ImportableDataset,
  type ImportOptions,
  type ImportSummary,
} from './import-dataset.js';
import { entityFrom, relationshipFrom } from './cypher/decode/records.js';
import { QueryRunner } from './query-runner.js';
import { readHistory, writeBatch } from './write-batch.js';
import { cappedNeighborhood } from './capped-neighborhood.js';
import { findPaths, findShortestPath } from './find-paths.js';
import { backfillSearchFields } from './backfill-search-fields.js';
import { backfillBasisLinks } from './backfill-basis-links.js';

export interface Neo4jStoreOptions {
  /** `neo4j://` (routing: clusters, Aura with `neo4j+s://`) or `bolt://` (one server). */
  uri: string;
  user: string;
  password: string;
  /** @default 'neo4j' */
  database?: string;
  /** Time limit of each transaction, enforced by the server. @default 10000 */
  timeoutMs?: number;
  /**
   * Time limit of each transaction of `ensureSchema` (index builds, the search-field and basis-link backfills): start-up
   * work on a large graph, not a request, so not bound by `timeoutMs`. @default 300000
   */
  startupTimeoutMs?: number;
  /** Connections kept per server. @default 50 */
  maxConnectionPoolSize?: number;
  /** Called once per round trip; for metrics and round-trip tests. */
  onRoundTrip?: (name: string) => void;
}

/** The Neo4j store: the port, plus the set-up and loading a production store needs. */
export interface Neo4jStore extends KnowledgeGraphStore {
  readonly kind: 'neo4j';
  /**
   * Creates constraints and indexes if they are missing and waits for them to come online, then gives
   * records written by an earlier version what this one stores with them (search fields, basis links).
   * Idempotent.
   */
  ensureSchema(): Promise<void>;
  /**
   * Upserts a dataset (a whole `Dataset`, or records streamed from `openDataset`) in batches, each its
   * own transaction; safe to run again after a failure. One import at a time.
   */
  importDataset(dataset: ImportableDataset, options?: ImportOptions): Promise<ImportSummary>;
  /**
   * Deletes every entity, relationship and source, and the curation history and record locks with them
   * (tests and re-seeding): history kept past its records would describe a graph that is gone.
   */
  deleteAll(): Promise<void>;
}

/**
 * Opens a driver (one per store, one store per process) and returns the Neo4j adapter. The driver
 * connects lazily: a server that is down makes calls fail with STORE_UNAVAILABLE, not this factory.
 */
export function createNeo4jStore(options: Neo4jStoreOptions): Neo4jStore {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    // Counts and years are far below 2^53: plain numbers keep driver types out of the rest of the code.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    // A refused connection fails at once whatever these say (a read meets a stopped server in a few
    // milliseconds, test/faults/neo4j-outage.test.ts). They bound the other outages: a server that
    // accepts connections but never answers holds a call for the acquisition timeout (5.0 s measured),
    // one that drops packets for the connection timeout, and a caller waits at most that long for a
    // connection of a busy pool, instead of the driver's minute.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    // Only writes are retried by the driver (reads are auto-commit transactions, see QueryRunner): a
    // leader switch in a cluster is over in about a second. The driver pauses 1 s before its first
    // retry whatever this says, so a write to a server that is down fails after about 1 s.
    maxTransactionRetryTime: 1_000,
    userAgent: 'yrd-graph',
  });
  const runnerOptions = {
    driver,
    database: options.database ?? 'neo4j',
    ...(options.onRoundTrip ? { onRoundTrip: options.onRoundTrip } : {}),
  };
  const runner = new QueryRunner({ ...runnerOptions, timeoutMs });
  const startupRunner = new QueryRunner({ ...runnerOptions, timeoutMs: options.startupTimeoutMs ?? 300_000 });
  const store: Neo4jStore = {
    kind: 'neo4j',

    async getEntities(ids) {
      if (ids.length === 0) return [];
      const entities = await runner.read('getEntities', queries.getEntitiesQuery(ids));
      const byId = new Map(entities.map((entity) => [entity.id, entity]));
      return ids.map((id) => byId.get(id) ?? null);
    },

    async getRelationships(ids) {
      const keys = queries.relationshipKeysOf(ids);
      if (keys.length === 0) return ids.map(() => null);
      const relationships = await runner.read('getRelationships', queries.getRelationshipsQuery(keys));
      const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
      return ids.map((id) => byId.get(id) ?? null);
    },

    async listEntities(filter, page, options) {
      const list = queries.listEntitiesQuery(filter, page);
      if (!options?.withTotalCount) {
        return pageOf(await runner.read('listEntities', list), page.first);
      }
      const counted = queries.withTotalCount(list, queries.countEntitiesQuery(filter), 'entity', entityFrom);
      const [{ items, count }] = await readOne(runner.read('listEntities', counted));
      return { ...pageOf(items, page.first), totalCount: count };
    },

    async countEntities(filter) {
      const [count] = await readOne(runner.read('countEntities', queries.countEntitiesQuery(filter)));
      return count;
    },

    async listRelationships(filter, page, options) {
      const list = queries.listRelationshipsQuery(filter, page);
      if (!options?.withTotalCount) {
        return pageOf(await runner.read('listRelationships', list), page.first);
      }
      const counted = queries.withTotalCount(
        list,
        queries.countRelationshipsQuery(filter),
        'relationship',
        relationshipFrom,
      );
      const [{ items, count }] = await readOne(runner.read('listRelationships', counted));
      return { ...pageOf(items, page.first), totalCount: count };
    },

    async countRelationships(filter) {
      const [count] = await readOne(
        runner.read('countRelationships', queries.countRelationshipsQuery(filter)),
      );
      return count;
    },

    async relationshipsOf(requests) {
      const pages: RelationshipPage[] = requests.map(() => ({ items: [], hasNextPage: false, others: [] }));
      // One statement per direction, type filter and next level: a GraphQL field's batch shares them,
      // so this is one round trip in practice, and the pattern can name the types.
      await Promise.all(
        queries.groupRelationshipsOfRequests(requests).map(async (group) => {
          const batch = group.positions.map((position) => requests[position]!);
          const rows = await runner.read('relationshipsOf', queries.relationshipsOfQuery(group, batch));
          for (const row of rows) {
            const page = relationshipPageFrom(row, batch[row.index]!.first);
            if (group.next) {
              const first = group.next.first;
              const byId = new Map(
                row.nextPages.map((next) => [next.entityId, relationshipPageFrom(next, first)]),
              );
              page.nextPages = page.others.map((other) => byId.get(other.id)!);
            }
            if (row.entity !== undefined) page.entity = row.entity;
            pages[group.positions[row.index]!] = page;
          }
        }),
      );
      return pages;
    },

    async degrees(ids) {
      if (ids.length === 0) return [];
      const rows = await runner.read('degrees', queries.degreesQuery(ids));
      return rows.map((row) => row.degree);
    },

    async search(request) {
      const query = prepareQuery(request.query);
      if (query.tokens.length === 0 || request.first <= 0) return [];
      return runner.read(
        'search',
        queries.searchQuery(query, request.kinds, request.first, request.fields ?? null),
      );
    },

    async neighborhood(request) {
      if (request.perNodeLimit !== null) return cappedNeighborhood(runner, request);
      const [subgraph] = await runner.read('neighborhood', queries.neighborhoodQuery(request));
      return subgraph ? { ...subgraph, omitted: [] } : null;
    },

    async graph(request) {
      const [subgraph] = await readOne(runner.read('graph', queries.graphQuery(request)));
      return { ...subgraph, omitted: [] };
    },

    async shortestPath(request) {
      if (request.from === request.to) {
        const [path] = await store.paths({ ...request, mode: 'ALL_SHORTEST', throughKinds: null, first: 1 });
        return path ?? null;
      }
      return findShortestPath(runner, request);
    },

    async paths(request) {
      if (request.from === request.to) {
        const [entity] = await store.getEntities([request.from]);
        return entity ? [{ nodes: [entity], relationships: [] }] : [];
      }
      return findPaths(runner, request);
    },

    async neighbors(requests) {
      if (requests.length === 0) return [];
      const rows = await runner.read('neighbors', queries.neighborsQuery(requests));
      const byIndex = new Map(rows.map(({ index, ids, total }) => [index, { ids, total }]));
      return requests.map((_request, index) => byIndex.get(index) ?? { ids: [], total: 0 });
    },

    async mostConnected(first) {
      return runner.read('mostConnected', queries.mostConnectedQuery(first));
    },

    async listSources() {
      return runner.read('listSources', queries.listSourcesQuery());
    },

    async sourceTexts(ids) {
      if (ids.length === 0) return [];
      const rows = await runner.read('sourceTexts', queries.sourceTextsQuery(ids));
      const texts = new Map(rows.map((row) => [row.id, row.text]));
      return ids.map((id) => texts.get(id) ?? null);
    },

    async evidenceIn(request) {
      const rows = await runner.read('evidenceIn', queries.evidenceInQuery(request));
      const items = rows.map(({ factId, evidenceIndex, entity, relationship }) => ({
        id: citationId(factId, evidenceIndex),
        entity,
        relationship,
        evidenceIndex,
      }));
      return items.length > request.first
        ? { items: items.slice(0, request.first), hasNextPage: true }
        : { items, hasNextPage: false };
    },

    async summary() {
      const [summary] = await readOne(runner.read('summary', queries.summaryQuery()));
      return summary;
    },

    async timeline(request, listOptions) {
      const [events, counted] = await Promise.all([
        runner.read('timeline', queries.timelineQuery(request)),
        listOptions?.withTotalCount
          ? readOne(runner.read('timelineCount', queries.timelineCountQuery(request)))
          : null,
      ]);
      const page = pageOf(events, request.first);
      return counted ? { ...page, totalCount: counted[0] } : page;
    },

    async progress(request) {
      const [itemRows, cooperationRows] = await Promise.all([
        runner.read('progressItems', queries.progressItemsQuery(request)),
        runner.read('progressCooperations', queries.progressCooperationsQuery(request)),
      ]);
      return {
        items: itemRows.slice(0, request.limit),
        cooperations: cooperationRows.slice(0, request.limit),
        truncated: itemRows.length > request.limit || cooperationRows.length > request.limit,
      };
    },

    write(batch) {
      return writeBatch(runner, batch);
    },

    history(filter, page) {
      return readHistory(runner, filter.targetId, page);
    },

    async ping() {
      await runner.read('ping', queries.pingQuery());
    },

    async close() {
      await driver.close();
    },

    async ensureSchema() {
      for (const statement of queries.schemaStatements())
        await startupRunner.write('ensureSchema', statement);
      await startupRunner.write('awaitIndexes', queries.awaitIndexesQuery());
      await backfillSearchFields(startupRunner);
      await backfillBasisLinks(startupRunner);
    },

    importDataset(dataset, importOptions) {
      return importDataset(runner, dataset, importOptions);
    },

    async deleteAll() {
      // In slices, so a large graph never needs one huge transaction.
      for (;;) {
        const [deleted] = await readOne(runner.write('deleteAll', queries.deleteAllSliceQuery()));
        if (deleted === 0) return;
      }
    },
  };
  return store;
}

function pageOf<T>(items: T[], first: number): { items: T[]; hasNextPage: boolean } {
  return items.length > first
    ? { items: items.slice(0, first), hasNextPage: true }
    : { items, hasNextPage: false };
}

/** A page of relationships and their other ends, cut to `first`. */
function relationshipPageFrom(row: queries.RelationshipsAndOthers, first: number): RelationshipPage {
  const page = pageOf(row.relationships, first);
  return { ...page, others: row.others.slice(0, page.items.length) };
}

/** The rows of a statement that always answers with exactly one row (an aggregate). */
async function readOne<Row>(rows: Promise<Row[]>): Promise<[Row]> {
  const [row, ...rest] = await rows;
  if (row === undefined || rest.length > 0) throw new Error('A one-row statement did not answer one row');
  return [row];
}
