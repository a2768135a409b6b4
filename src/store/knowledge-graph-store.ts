import type {
  ChangeRecord,
  WriteBatch,
  Direction,
  EntityKind,
  EntityRecord,
  EvidenceKind,
  RelationshipRecord,
  RelationshipType,
  SourceRecord,
} from '../model/index.js';
import { startOfSpan } from '../validation/iso-date.js';
import type { RecordFields } from './record-fields.js';

/**
 * The store port: everything the API asks of a graph store. Two adapters implement it, the embedded
 * store (in-process) and Neo4j, and one conformance suite (test/store/store-contract.ts) holds them to
 * the same behaviour. Methods that take arrays are batch methods: one call, one round trip, results in
 * the order of the keys asked for.
 */
export interface KnowledgeGraphStore {
  /** Which adapter this is. */
  readonly kind: 'embedded' | 'neo4j';

  /** Entities by id, in key order; null for an unknown id. */
  getEntities(ids: readonly string[]): Promise<(EntityRecord | null)[]>;

  /** Relationships by id, in key order; null for an unknown id. */
  getRelationships(ids: readonly string[]): Promise<(RelationshipRecord | null)[]>;

  /** A page of entities ordered by id, after the id `page.after` (exclusive). */
  listEntities(filter: EntityFilter, page: PageRequest, options?: ListOptions): Promise<Page<EntityRecord>>;

  /** How many entities match the filter. */
  countEntities(filter: EntityFilter): Promise<number>;

  /** A page of relationships ordered by id, after the id `page.after` (exclusive). */
  listRelationships(
    filter: RelationshipFilter,
    page: PageRequest,
    options?: ListOptions,
  ): Promise<Page<RelationshipRecord>>;

  /** How many relationships match the filter. */
  countRelationships(filter: RelationshipFilter): Promise<number>;

  /**
   * For each request, a page of that entity's relationships ordered by id, with the entity at the
   * other end of each; an unknown entity gets an empty page. Results in request order.
   */
  relationshipsOf(requests: readonly RelationshipsOfRequest[]): Promise<RelationshipPage[]>;

  /** For each id, how many relationships (any type, either direction) the entity has; 0 when unknown. */
  degrees(ids: readonly string[]): Promise<number[]>;

  /**
   * Entities matching a search, best first (score, then name, then id). Scores come from the shared
   * scorer in src/search, so both stores rank alike.
   */
  search(request: SearchRequest): Promise<SearchHitRecord[]>;

  /** The neighbourhood of some entities (see `NeighborhoodRequest`); null when none of them exists. */
  neighborhood(request: NeighborhoodRequest): Promise<SubgraphRecord | null>;

  /**
   * The whole graph filtered by kinds, types and time: entities ordered by id and cut at `limit`, with
   * every passing relationship among the kept entities.
   */
  graph(request: GraphRequest): Promise<SubgraphRecord>;

  /**
   * A shortest path, ignoring direction; among equally short ones the path whose entity ids (then
   * relationship ids) come first in order. Null when there is none within `maxHops`, or when an end is
   * not an entity (the caller tells the two apart only when it gets null, saving a lookup otherwise).
   */
  shortestPath(request: ShortestPathRequest): Promise<PathRecord | null>;

  /**
   * Several paths (see `PathsRequest`), ordered by length, then entity ids, then relationship ids.
   * None when an end is not an entity.
   */
  paths(request: PathsRequest): Promise<PathRecord[]>;

  /**
   * For each request, the ids of the entity's neighbours along the chosen relationships (sorted, at
   * most `limit`) and how many there are in all. Results in request order.
   */
  neighbors(requests: readonly NeighborsRequest[]): Promise<NeighborsResult[]>;

  /** The entities with the most relationships, most first, ties by id. */
  mostConnected(first: number): Promise<EntityDegreeRecord[]>;

  /** Every source, in dataset order. */
  listSources(): Promise<SourceRecord[]>;

  /** The text of each source the service holds (PRIMARY sources), in key order; null otherwise. */
  sourceTexts(ids: readonly string[]): Promise<(string | null)[]>;

  /**
   * The facts that cite a passage: every QUOTED evidence record of `source` whose span overlaps
   * `[start, end)`, with its entity or relationship, ordered by the fact's id and then the record's
   * position in its evidence list, a keyset page after `after` (a citation's `id`).
   */
  evidenceIn(request: EvidenceInRequest): Promise<Page<CitationRecord>>;

  /** Counts by kind and by type. */
  summary(): Promise<SummaryRecord>;

  /**
   * The EVENT entities that INVOLVE any of `ids`, each once, in event order (see eventSortKey: the first
   * day of the date's span, then the id), those whose date overlaps `from`..`to`, a keyset page after
   * the sort key `after`. Unknown ids involve nothing.
   */
  timeline(request: TimelineRequest, options?: ListOptions): Promise<Page<EntityRecord>>;

  /**
   * What the plan `planId` names and the events bearing on each (docs/analysts.md): the entities
   * PART_OF_TASK one of its tasks (PART_OF the plan) or PART_OF the plan itself, tasks and events
   * excepted, by id; and the COOPERATES_WITH relationships with QUOTED evidence from a source the
   * plan's own evidence quotes, by id. Each list is cut at `limit` (`truncated` says so); each item's
   * events are those involving it (a cooperation: involving both ends), in event order, at most
   * `eventsPerItem`. An unknown plan names nothing.
   */
  progress(request: ProgressRequest): Promise<ProgressRecord>;

  /**
   * Applies a batch of writes as one transaction: all of it, or (on any error) none of it. Each
   * operation that changes something is recorded; one that would change nothing records nothing, so
   * the same batch written twice is a no-op the second time. Returns the changes made. When this
   * resolves, the write is durable.
   */
  write(batch: WriteBatch): Promise<ChangeRecord[]>;

  /** Recorded changes in time order (by id), optionally only those of one target. */
  history(filter: { targetId: string | null }, page: PageRequest): Promise<Page<ChangeRecord>>;

  /** Resolves when the store answers; rejects with a StoreUnavailableError when it does not. */
  ping(): Promise<void>;

  /** Releases connections and memory; the store answers nothing afterwards. */
  close(): Promise<void>;
}

export interface EntityFilter {
  /** Null for every kind. */
  kinds: readonly EntityKind[] | null;
}

export interface RelationshipFilter {
  /** Null for every type. */
  types: readonly RelationshipType[] | null;
}

/** Keyset pagination: `after` is the sort key (the id) of the last item already seen. */
export interface PageRequest {
  first: number;
  after: string | null;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  /** How many items match the filter in all; present when the list was asked `withTotalCount`. */
  totalCount?: number;
}

export interface ListOptions {
  /**
   * Count every match too (`Page.totalCount`). The same number as the count method, in the same
   * round trip as the page: a table with a page and its total is one statement, not two.
   */
  withTotalCount?: boolean;
}

/**
 * A page of one entity's relationships. `others[i]` is the entity at the other end of `items[i]` (the
 * entity itself for a self-loop): a client that walks on to the neighbours needs them, and fetching
 * them with the page saves the API a round trip per level of nesting.
 */
export interface RelationshipPage extends Page<RelationshipRecord> {
  others: EntityRecord[];
  /** Asked for with `withEntity`: the entity whose page this is; null when it does not exist. */
  entity?: EntityRecord | null;
  /** Asked for with `next`: the first page of each of `others`' relationships, in `others` order. */
  nextPages?: RelationshipPage[];
}

/**
 * The relationships wanted of each entity at the other end, one level further: a query that walks two
 * levels (an entity, its partners, theirs) gets both levels in one store call.
 */
export interface NextLevelRequest {
  types: readonly RelationshipType[] | null;
  direction: Direction;
  first: number;
  /** As RelationshipsOfRequest's. */
  evidenceKinds?: readonly EvidenceKind[] | null;
}

export interface RelationshipsOfRequest extends PageRequest {
  entityId: string;
  types: readonly RelationshipType[] | null;
  direction: Direction;
  /**
   * Only relationships with at least one evidence record of these kinds (null or absent: any); their
   * evidence lists are returned whole.
   */
  evidenceKinds?: readonly EvidenceKind[] | null;
  /** Also fetch the next level (see `NextLevelRequest`); its pages come back as `nextPages`. */
  next?: NextLevelRequest | null;
  /**
   * Also return the entity itself as the page's `entity`: an entity looked up by id together with
   * its relationships (and theirs, with `next`) then costs one store call.
   */
  withEntity?: boolean;
  /**
   * The parts of the records (the page's, the other ends', the next level's and the entity's) the
   * caller will read; null or absent: whole records. The same for every request of one GraphQL
   * operation, so records primed into a request's caches hold whatever that operation asks of them.
   * The other ends (`others`, at both levels) may be read with fewer parts, `fields.otherEnd`.
   */
  fields?: RecordFields | null;
}

export interface SearchRequest {
  query: string;
  kinds: readonly EntityKind[] | null;
  first: number;
  /** The parts of the hits' entities the caller will read (see RelationshipsOfRequest's `fields`). */
  fields?: RecordFields | null;
}

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
}

/**
 * Keeps relationships by their dates (`validFrom`/`validTo`): `asOf`, valid on that date; `from`/`to`,
 * validity overlapping the window. A relationship without dates always passes. The filter's dates are
 * full ISO dates (YYYY-MM-DD); a relationship's may be reduced (`2019`, `2019-06`) and then stand for
 * their whole span.
 */
export interface TimeFilter {
  asOf: string | null;
  from: string | null;
  to: string | null;
}

/**
 * Breadth-first from the seed entities `ids`, up to `depth` hops along relationships of
 * `relationshipTypes` (null: all) in `direction` that pass `time`, reaching only entities of `kinds`
 * (null: all; seeds are always kept). With `perNodeLimit`, each expanded entity contributes only its
 * first that-many neighbours by id, and `omitted` reports, per capped entity, how many of its
 * neighbours are not in the result. The nodes are ordered by distance then id (seeds first), cut at
 * `limit`; the relationships are every passing relationship among the kept nodes, ordered by id.
 * `truncated` says the `limit` cut dropped reachable entities.
 */
export interface NeighborhoodRequest {
  ids: readonly string[];
  depth: number;
  relationshipTypes: readonly RelationshipType[] | null;
  direction: Direction;
  limit: number;
  kinds: readonly EntityKind[] | null;
  time: TimeFilter | null;
  perNodeLimit: number | null;
  /**
   * Only relationships with at least one evidence record of these kinds are followed and returned
   * (null or absent: any). Their evidence lists are returned whole.
   */
  evidenceKinds?: readonly EvidenceKind[] | null;
  /**
   * The parts of the subgraph's entities and relationships the caller will read (see
   * RelationshipsOfRequest's `fields`); null or absent: whole records, as a download needs.
   */
  fields?: RecordFields | null;
}

export interface GraphRequest {
  kinds: readonly EntityKind[] | null;
  relationshipTypes: readonly RelationshipType[] | null;
  time: TimeFilter | null;
  limit: number;
  /** As NeighborhoodRequest's. */
  evidenceKinds?: readonly EvidenceKind[] | null;
}

/** Neighbours of one entity an expansion left out. */
export interface OmittedRecord {
  entityId: string;
  count: number;
}

export interface SubgraphRecord {
  nodes: EntityRecord[];
  relationships: RelationshipRecord[];
  truncated: boolean;
  omitted: OmittedRecord[];
}

export interface ShortestPathRequest {
  from: string;
  to: string;
  relationshipTypes: readonly RelationshipType[] | null;
  maxHops: number;
  time: TimeFilter | null;
  /**
   * The parts of the paths' entities and relationships the caller will read (see
   * RelationshipsOfRequest's `fields`); null or absent: whole records, as a download needs.
   */
  fields?: RecordFields | null;
}

/**
 * ALL_SHORTEST: every shortest path; K_SHORTEST: the shortest simple paths, shortest first; `first`
 * of them either way. Direction is ignored; entities inside a path (not its ends) must be of
 * `throughKinds` (null: any).
 */
export interface PathsRequest extends ShortestPathRequest {
  mode: 'ALL_SHORTEST' | 'K_SHORTEST';
  throughKinds: readonly EntityKind[] | null;
  first: number;
}

export interface NeighborsRequest {
  entityId: string;
  types: readonly RelationshipType[] | null;
  direction: Direction;
  /** Only neighbours of these kinds (null: any). */
  kinds: readonly EntityKind[] | null;
  /** Most ids to return; 0 for just the count. */
  limit: number;
}

export interface NeighborsResult {
  ids: string[];
  total: number;
}

export interface EntityDegreeRecord {
  entity: EntityRecord;
  degree: number;
}

export interface PathRecord {
  nodes: EntityRecord[];
  relationships: RelationshipRecord[];
}

export interface SummaryRecord {
  entityCount: number;
  relationshipCount: number;
  entitiesByKind: Partial<Record<EntityKind, number>>;
  relationshipsByType: Partial<Record<RelationshipType, number>>;
}

export interface TimelineRequest {
  ids: readonly string[];
  /** Full ISO dates (YYYY-MM-DD); an event passes when its date's span overlaps the window. */
  from: string | null;
  to: string | null;
  first: number;
  /** The eventSortKey of the last event already seen. */
  after: string | null;
}

export interface ProgressRequest {
  planId: string;
  limit: number;
  eventsPerItem: number;
}

export interface ProgressItemRecord {
  entity: EntityRecord;
  events: EntityRecord[];
}

export interface CooperationProgressRecord {
  relationship: RelationshipRecord;
  events: EntityRecord[];
}

export interface ProgressRecord {
  items: ProgressItemRecord[];
  cooperations: CooperationProgressRecord[];
  truncated: boolean;
}

/**
 * An event's place in time order: the first day of its date's span (a `2019` event sorts as
 * 2019-01-01), a space, its id. Ids hold no spaces and the day is always ten characters, so keys
 * compare as (day, id) when compared as text.
 */
export function eventSortKey(event: EntityRecord): string {
  return `${startOfSpan(event.attributes.date ?? '0000')} ${event.id}`;
}

/** True when an event dated `date` (at any precision) overlaps the window of full dates `from`..`to`. */
export function eventInWindow(date: string, from: string | null, to: string | null): boolean {
  // A reduced date is its whole span: compared with the window's day cut to the same length, as
  // passesTimeFilter does for relationships (and the Cypher of the Neo4j adapter).
  if (from !== null && date < from.slice(0, date.length)) return false;
  if (to !== null && date > to.slice(0, date.length)) return false;
  return true;
}

export interface EvidenceInRequest {
  source: string;
  start: number;
  /** Exclusive. */
  end: number;
  first: number;
  /** The `id` of the last citation already seen. */
  after: string | null;
}

/** One evidence record that cites a passage, with the fact it states. */
export interface CitationRecord {
  /** The sort key: the fact's id and the record's index, see citationId. */
  id: string;
  /** Exactly one of `entity` and `relationship` is set. */
  entity: EntityRecord | null;
  relationship: RelationshipRecord | null;
  /** The record's position in the fact's evidence list. */
  evidenceIndex: number;
}

/**
 * A citation's sort key: the fact id, a NUL (below every character of an id) and the zero-padded index,
 * so keys sort as (fact id, index) when compared as text.
 */
export function citationId(factId: string, evidenceIndex: number): string {
  return `${factId}\u0000${String(evidenceIndex).padStart(6, '0')}`;
}

/** The fact id and index of a citation key (see citationId); null for anything else. */
export function parseCitationId(id: string): { factId: string; evidenceIndex: number } | null {
  const at = id.lastIndexOf('\u0000');
  const index = id.slice(at + 1);
  if (at < 1 || !/^\d{6}$/.test(index)) return null;
  return { factId: id.slice(0, at), evidenceIndex: Number(index) };
}
