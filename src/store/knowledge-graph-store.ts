import type {
  Direction,
  EntityKind,
  EntityRecord,
  RelationshipRecord,
  RelationshipType,
  SourceRecord,
} from '../model/index.js';

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
  listEntities(filter: EntityFilter, page: PageRequest): Promise<Page<EntityRecord>>;

  /** How many entities match the filter. */
  countEntities(filter: EntityFilter): Promise<number>;

  /** A page of relationships ordered by id, after the id `page.after` (exclusive). */
  listRelationships(filter: RelationshipFilter, page: PageRequest): Promise<Page<RelationshipRecord>>;

  /** How many relationships match the filter. */
  countRelationships(filter: RelationshipFilter): Promise<number>;

  /**
   * For each request, a page of that entity's relationships ordered by id; an unknown entity gets an
   * empty page. Results in request order.
   */
  relationshipsOf(requests: readonly RelationshipsOfRequest[]): Promise<Page<RelationshipRecord>[]>;

  /** For each id, how many relationships (any type, either direction) the entity has; 0 when unknown. */
  degrees(ids: readonly string[]): Promise<number[]>;

  /**
   * Entities matching a search, best first (score, then name, then id). Scores come from the shared
   * scorer in src/search, so both stores rank alike.
   */
  search(request: SearchRequest): Promise<SearchHitRecord[]>;

  /** The neighbourhood of an entity (see `NeighborhoodRequest`); null when the entity is unknown. */
  neighborhood(request: NeighborhoodRequest): Promise<SubgraphRecord | null>;

  /**
   * A shortest path, ignoring direction; among equally short ones the path whose entity ids (then
   * relationship ids) come first in order. Null when there is none within `maxHops`. Both ends must exist.
   */
  shortestPath(request: ShortestPathRequest): Promise<PathRecord | null>;

  /** Every source, in dataset order. */
  listSources(): Promise<SourceRecord[]>;

  /** Counts by kind and by type. */
  summary(): Promise<SummaryRecord>;

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
}

export interface RelationshipsOfRequest extends PageRequest {
  entityId: string;
  types: readonly RelationshipType[] | null;
  direction: Direction;
}

export interface SearchRequest {
  query: string;
  kinds: readonly EntityKind[] | null;
  first: number;
}

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
}

/**
 * Breadth-first from `id`, up to `depth` hops along relationships of `relationshipTypes` (null: all)
 * in `direction`. The nodes are the reached entities ordered by distance then id (the centre first),
 * cut at `limit`; the relationships are every relationship of those types among the kept nodes,
 * ordered by id. `truncated` says the cut dropped reachable entities.
 */
export interface NeighborhoodRequest {
  id: string;
  depth: number;
  relationshipTypes: readonly RelationshipType[] | null;
  direction: Direction;
  limit: number;
}

export interface SubgraphRecord {
  nodes: EntityRecord[];
  relationships: RelationshipRecord[];
  truncated: boolean;
}

export interface ShortestPathRequest {
  from: string;
  to: string;
  relationshipTypes: readonly RelationshipType[] | null;
  maxHops: number;
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
