import type {
  Dataset,
  Direction,
  EntityKind,
  EntityRecord,
  RelationshipRecord,
  RelationshipType,
  SourceRecord,
} from '../../model/index.js';
import { compareText } from '../../search/index.js';
import { TokenIndex } from './token-index.js';

const byId = (a: { id: string }, b: { id: string }): number => compareText(a.id, b.id);

/**
 * The whole graph in memory, indexed for every access path the port needs: by id, by kind and type
 * (id-sorted, for keyset pages), adjacency in both directions (id-sorted), and a search token index.
 * Records are frozen and shared, never copied: readers share them, and a graph rebuilt after a write
 * reuses every record that did not change. The records passed in are frozen in place, so at 100k
 * entities the process holds one copy of the data, not two.
 */
export class InMemoryGraph {
  readonly entities = new Map<string, EntityRecord>();
  readonly relationships = new Map<string, RelationshipRecord>();
  readonly sortedEntities: EntityRecord[];
  readonly entitiesByKind = new Map<EntityKind, EntityRecord[]>();
  readonly sortedRelationships: RelationshipRecord[];
  readonly relationshipsByType = new Map<RelationshipType, RelationshipRecord[]>();
  readonly sources: SourceRecord[];
  readonly tokenIndex: TokenIndex;
  private readonly outgoing = new Map<string, RelationshipRecord[]>();
  private readonly incoming = new Map<string, RelationshipRecord[]>();

  constructor(dataset: Dataset) {
    this.sources = dataset.sources.map((source) => Object.freeze({ ...source }));
    for (const entity of dataset.entities) this.entities.set(entity.id, deepFreeze(entity));
    for (const relationship of dataset.relationships) {
      const record = deepFreeze(relationship);
      this.relationships.set(record.id, record);
      pushTo(this.outgoing, record.from, record);
      pushTo(this.incoming, record.to, record);
    }
    this.sortedEntities = [...this.entities.values()].sort(byId);
    for (const entity of this.sortedEntities) pushTo(this.entitiesByKind, entity.kind, entity);
    this.sortedRelationships = [...this.relationships.values()].sort(byId);
    for (const relationship of this.sortedRelationships)
      pushTo(this.relationshipsByType, relationship.type, relationship);
    for (const list of this.outgoing.values()) list.sort(byId);
    for (const list of this.incoming.values()) list.sort(byId);
    this.tokenIndex = new TokenIndex(this.sortedEntities);
  }

  /** An entity's relationships in one direction (BOTH lists a self-loop once), each list id-sorted. */
  relationshipLists(entityId: string, direction: Direction): RelationshipRecord[][] {
    const outgoing = this.outgoing.get(entityId) ?? [];
    const incoming = this.incoming.get(entityId) ?? [];
    if (direction === 'OUTGOING') return [outgoing];
    if (direction === 'INCOMING') return [incoming];
    return [outgoing, incoming.filter((relationship) => relationship.from !== entityId)];
  }

  /** How many relationships touch the entity. */
  degree(entityId: string): number {
    return this.relationshipLists(entityId, 'BOTH').reduce((sum, list) => sum + list.length, 0);
  }

  /**
   * The relationships one step from `entityId` in `direction` that `accept` lets through, with the
   * entity at their other end.
   */
  *steps(
    entityId: string,
    direction: Direction,
    accept: (relationship: RelationshipRecord) => boolean,
  ): Generator<{ relationship: RelationshipRecord; other: string }> {
    if (direction !== 'INCOMING') {
      for (const relationship of this.outgoing.get(entityId) ?? []) {
        if (accept(relationship)) yield { relationship, other: relationship.to };
      }
    }
    if (direction !== 'OUTGOING') {
      for (const relationship of this.incoming.get(entityId) ?? []) {
        if (accept(relationship) && relationship.from !== entityId)
          yield { relationship, other: relationship.from };
      }
    }
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function deepFreeze<T>(value: T): T {
  // A frozen record was frozen whole by an earlier graph: nothing below it to visit.
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
