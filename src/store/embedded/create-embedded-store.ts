import type { ChangeRecord, Dataset, EntityRecord, RelationshipRecord } from '../../model/index.js';
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from '../../model/index.js';
import { compareText, prepareQuery, scoreEntity, TopHits } from '../../search/index.js';
import { StoreUnavailableError } from '../../errors.js';
import type {
  EntityFilter,
  KnowledgeGraphStore,
  RelationshipFilter,
  RelationshipPage,
  RelationshipsOfRequest,
  SearchHitRecord,
  SummaryRecord,
} from '../knowledge-graph-store.js';
import { InMemoryGraph } from './in-memory-graph.js';
import { WriteJournal, type JournalRecovery, type OnCorruptJournal } from './write-journal.js';
import { createDeadline } from '../common/deadline.js';
import {
  applyWriteBatch,
  assertBatchGrounded,
  assertNoBasisRetracted,
  sourceLookupOf,
  stateOf,
  type GraphState,
} from '../common/apply-write-batch.js';
import { orderAfter } from '../common/order-after.js';
import { pageOfSortedLists } from './sorted-page.js';
import { evidenceInOf } from './evidence-in.js';
import { progressOf, timelineOf } from './events-of.js';
import { pathsOf } from './find-paths.js';
import { pathAdjacencyOf } from './path-adjacency.js';
import { relationshipFilter } from './relationship-filter.js';
import { filteredGraphOf, neighborhoodOf, neighboursOf, shortestPathOf } from './traverse.js';

export interface EmbeddedStoreOptions {
  /** The dataset to serve (see loadDataset). */
  dataset: Dataset;
  /**
   * Where writes are journaled (appended and fsynced before a write returns) and replayed from on
   * start; its directory is locked for this process while the store is open (see WriteJournal).
   * Without it, writes live only as long as the process.
   */
  journalFile?: string;
  /**
   * What to do when the journal has a damaged line before its last (see WriteJournal.open).
   * @default 'stop'
   */
  journalOnCorrupt?: OnCorruptJournal;
  /** Told once, after the replay, what the journal held and what opening it repaired. */
  onJournalOpened?: (report: JournalReport) => void;
  /**
   * Time limit of one store call: traversals and searches check it as they go and fail with TIMEOUT.
   * @default 10000
   */
  timeoutMs?: number;
  /** Told about journal batches that no longer apply to the dataset (and were skipped). */
  onReplayProblem?: (batchId: string, error: Error) => void;
}

/** What the start found in the journal. */
export interface JournalReport extends Omit<JournalRecovery, 'batches'> {
  file: string;
  /** Batches replayed onto the dataset. */
  replayed: number;
  /** Batches that no longer apply to the dataset (each also told to `onReplayProblem`). */
  skipped: number;
}

/**
 * The embedded store: the whole graph in this process's memory, indexed at start. Zero set-up, the
 * same behaviour as the Neo4j store (the conformance suite holds both), for development, tests and
 * graphs that fit in memory.
 */
export function createEmbeddedStore(options: EmbeddedStoreOptions): KnowledgeGraphStore {
  const sources = sourceLookupOf(options.dataset);
  let state = stateOf(options.dataset);
  const history: ChangeRecord[] = [];
  const opened = options.journalFile
    ? WriteJournal.open(options.journalFile, { onCorrupt: options.journalOnCorrupt ?? 'stop' })
    : null;
  let journal = opened?.journal ?? null;
  let skipped = 0;
  for (const batch of opened?.batches ?? []) {
    try {
      // As it was applied when it was acknowledged: today's record rules are not held against it.
      const applied = applyWriteBatch(state, batch, sources, { recordRules: false });
      state = applied.state;
      history.push(...applied.changes);
    } catch (error) {
      skipped++;
      options.onReplayProblem?.(batch.id, error as Error);
    }
  }
  if (opened && options.journalFile) {
    options.onJournalOpened?.({
      file: options.journalFile,
      replayed: opened.batches.length - skipped,
      skipped,
      tornTail: opened.tornTail,
      movedAside: opened.movedAside,
    });
  }
  const graphOf = (current: GraphState) => {
    const built = new InMemoryGraph({
      ...options.dataset,
      entities: [...current.entities.values()],
      relationships: [...current.relationships.values()],
    });
    // Built with the graph, not on the first path request: at 1M entities that request would spend
    // its whole time limit building it (the bench's first shortest path timed out after 10 s).
    pathAdjacencyOf(built);
    return built;
  };
  let graph: InMemoryGraph | null = graphOf(state);
  const deadline = () => createDeadline(options.timeoutMs ?? 10_000);
  const open = (): InMemoryGraph => {
    if (!graph) throw new StoreUnavailableError('the embedded store is closed', false);
    return graph;
  };
  const entityId = (entity: EntityRecord): string => entity.id;
  const relationshipId = (relationship: RelationshipRecord): string => relationship.id;

  const countEntities = (filter: EntityFilter): number => {
    const g = open();
    if (!filter.kinds) return g.entities.size;
    return [...new Set(filter.kinds)].reduce(
      (sum, kind) => sum + (g.entitiesByKind.get(kind)?.length ?? 0),
      0,
    );
  };
  const countRelationships = (filter: RelationshipFilter): number => {
    const g = open();
    if (!filter.types) return g.relationships.size;
    return [...new Set(filter.types)].reduce(
      (sum, type) => sum + (g.relationshipsByType.get(type)?.length ?? 0),
      0,
    );
  };

  return {
    kind: 'embedded',

    async getEntities(ids) {
      const g = open();
      return ids.map((id) => g.entities.get(id) ?? null);
    },

    async getRelationships(ids) {
      const g = open();
      return ids.map((id) => g.relationships.get(id) ?? null);
    },

    async listEntities(filter, page, options) {
      const g = open();
      const lists = filter.kinds
        ? filter.kinds.map((kind) => g.entitiesByKind.get(kind) ?? [])
        : [g.sortedEntities];
      const found = pageOfSortedLists(lists, entityId, page.after, page.first);
      return options?.withTotalCount ? { ...found, totalCount: countEntities(filter) } : found;
    },

    async countEntities(filter) {
      return countEntities(filter);
    },

    async listRelationships(filter, page, options) {
      const g = open();
      const lists = filter.types
        ? filter.types.map((type) => g.relationshipsByType.get(type) ?? [])
        : [g.sortedRelationships];
      const found = pageOfSortedLists(lists, relationshipId, page.after, page.first);
      return options?.withTotalCount ? { ...found, totalCount: countRelationships(filter) } : found;
    },

    async countRelationships(filter) {
      return countRelationships(filter);
    },

    async relationshipsOf(requests) {
      const g = open();
      const pageOf = (request: RelationshipsOfRequest): RelationshipPage => {
        const accept =
          request.types || request.evidenceKinds
            ? relationshipFilter(request.types, null, request.evidenceKinds ?? null)
            : null;
        const lists = g
          .relationshipLists(request.entityId, request.direction)
          .map((list) => (accept ? list.filter(accept) : list));
        const page = pageOfSortedLists(lists, relationshipId, request.after, request.first);
        const others = page.items.map((relationship) =>
          g.entities.get(relationship.from === request.entityId ? relationship.to : relationship.from)!,
        );
        const next = request.next;
        if (!next) return { ...page, others };
        const nextPages = others.map((other) => pageOf({ entityId: other.id, ...next, after: null }));
        return { ...page, others, nextPages };
      };
      return requests.map((request) =>
        request.withEntity
          ? { ...pageOf(request), entity: g.entities.get(request.entityId) ?? null }
          : pageOf(request),
      );
    },

    async degrees(ids) {
      const g = open();
      return ids.map((id) => g.degree(id));
    },

    async search(request) {
      const g = open();
      const query = prepareQuery(request.query);
      const kinds = request.kinds ? new Set(request.kinds) : null;
      const hits = new TopHits<SearchHitRecord>(request.first);
      const limit = deadline();
      for (const id of g.tokenIndex.candidates(query.tokens)) {
        limit.check();
        const entity = g.entities.get(id)!;
        if (kinds && !kinds.has(entity.kind)) continue;
        const score = scoreEntity(query, entity);
        if (score > 0) hits.offer({ entity, score });
      }
      return hits.toArray();
    },

    async neighborhood(request) {
      return neighborhoodOf(open(), request, deadline());
    },

    async graph(request) {
      return filteredGraphOf(open(), request);
    },

    async shortestPath(request) {
      return shortestPathOf(open(), request, deadline());
    },

    async paths(request) {
      return pathsOf(open(), request, deadline());
    },

    async neighbors(requests) {
      const g = open();
      return requests.map((request) => {
        const kinds = request.kinds ? new Set<string>(request.kinds) : null;
        const ids = neighboursOf(
          g,
          request.entityId,
          request.direction,
          relationshipFilter(request.types, null),
          kinds,
        );
        return { ids: ids.slice(0, request.limit), total: ids.length };
      });
    },

    async mostConnected(first) {
      const g = open();
      return g.sortedEntities
        .map((entity) => ({ entity, degree: g.degree(entity.id) }))
        .sort((a, b) => b.degree - a.degree || compareText(a.entity.id, b.entity.id))
        .slice(0, first);
    },

    async listSources() {
      return [...open().sources];
    },

    async sourceTexts(ids) {
      open();
      return ids.map((id) => options.dataset.sourceTexts[id] ?? null);
    },

    async evidenceIn(request) {
      return evidenceInOf(open(), request, deadline());
    },

    async summary() {
      const g = open();
      const summary: SummaryRecord = {
        entityCount: g.entities.size,
        relationshipCount: g.relationships.size,
        entitiesByKind: {},
        relationshipsByType: {},
      };
      for (const kind of ENTITY_KINDS) summary.entitiesByKind[kind] = g.entitiesByKind.get(kind)?.length ?? 0;
      for (const type of RELATIONSHIP_TYPES) {
        summary.relationshipsByType[type] = g.relationshipsByType.get(type)?.length ?? 0;
      }
      return summary;
    },

    async timeline(request, listOptions) {
      return timelineOf(open(), request, listOptions);
    },

    async progress(request) {
      return progressOf(open(), request);
    },

    async write(requested) {
      open();
      // Writes run one at a time here, so the history's order is the order they were applied in.
      const batch = orderAfter(requested, history.at(-1) ?? null);
      const applied = applyWriteBatch(state, batch, sources);
      assertNoBasisRetracted(applied);
      assertBatchGrounded(applied, batch);
      if (applied.changes.length === 0) return [];
      // Journal first: a write is applied and acknowledged only once it would survive a crash. When
      // the journal cannot keep it, append throws and nothing below runs.
      journal?.append(batch);
      state = applied.state;
      history.push(...applied.changes);
      graph = graphOf(state);
      return applied.changes;
    },

    async history(filter, page) {
      open();
      const matching =
        filter.targetId === null ? history : history.filter((change) => change.targetId === filter.targetId);
      return pageOfSortedLists([matching], (change) => change.id, page.after, page.first);
    },

    async ping() {
      open();
    },

    async close() {
      graph = null;
      journal?.close();
      journal = null;
    },
  };
}
