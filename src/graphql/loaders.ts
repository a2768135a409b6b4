import DataLoader from 'dataloader';
import type { EntityRecord, RelationshipRecord, SourceRecord } from '../model/index.js';
import type { KnowledgeGraphStore, RelationshipPage, RelationshipsOfRequest } from '../store/index.js';
import { EntityLoader } from './entity-loader.js';

/**
 * The per-request DataLoaders. Every resolver that fetches by key goes through one of these, so a
 * query costs one store call per level of nesting, not one per item. Built anew per request (see
 * createContext): the caches are a per-request memo, never shared between users.
 */
export interface Loaders {
  /** Entity by id; null when unknown. `peek` says at once what it already holds. */
  entity: EntityLoader;
  /** Relationship by id; null when unknown. */
  relationship: DataLoader<string, RelationshipRecord | null>;
  /** One page of one entity's relationships. */
  relationshipsOf: DataLoader<RelationshipsOfRequest, RelationshipPage, string>;
  /** Relationship count by entity id. */
  degree: DataLoader<string, number>;
  /** Every source by id, fetched at most once per request. */
  sources: () => Promise<Map<string, SourceRecord>>;
  /** A source's held text by source id; null when the service holds none. */
  sourceText: DataLoader<string, string | null>;
  /**
   * Other ends of relationship pages read with fewer parts than the operation's other entities
   * (RecordFields.otherEnd), by id. Only `EntityRelationshipEdge.other`, whose selections those parts
   * were worked out from, may answer from them: the entity loader never holds a partial record.
   */
  otherEnds: Map<string, EntityRecord>;
}

export function createLoaders(store: KnowledgeGraphStore): Loaders {
  return new LazyLoaders(store);
}

type RelationshipLoader = Loaders['relationship'];

/**
 * Each loader is made when a resolver first asks for it. Why: most requests need one or two of them
 * and `{ __typename }` none, while making all five (their caches and batch functions) was a
 * noticeable share of a trivial operation's work (issue 15).
 */
class LazyLoaders implements Loaders {
  #entity: EntityLoader | undefined;
  #relationship: RelationshipLoader | undefined;
  #relationshipsOf: Loaders['relationshipsOf'] | undefined;
  #degree: Loaders['degree'] | undefined;
  #sourceText: Loaders['sourceText'] | undefined;
  #sources: Promise<Map<string, SourceRecord>> | undefined;
  readonly otherEnds = new Map<string, EntityRecord>();

  constructor(private readonly store: KnowledgeGraphStore) {}

  get entity(): EntityLoader {
    return (this.#entity ??= new EntityLoader((ids) => this.store.getEntities(ids)));
  }

  get relationship(): RelationshipLoader {
    return (this.#relationship ??= new DataLoader<string, RelationshipRecord | null>(
      (ids) => this.store.getRelationships(ids),
      { name: 'relationship', maxBatchSize: 1000 },
    ));
  }

  get relationshipsOf(): Loaders['relationshipsOf'] {
    return (this.#relationshipsOf ??= this.makeRelationshipsOf());
  }

  get degree(): Loaders['degree'] {
    return (this.#degree ??= new DataLoader<string, number>((ids) => this.store.degrees(ids), {
      name: 'degree',
      maxBatchSize: 1000,
    }));
  }

  get sourceText(): Loaders['sourceText'] {
    return (this.#sourceText ??= new DataLoader<string, string | null>((ids) => this.store.sourceTexts(ids), {
      name: 'sourceText',
    }));
  }

  /** An arrow function, so it may be taken off the object (`const { sources } = loaders`). */
  readonly sources = (): Promise<Map<string, SourceRecord>> =>
    (this.#sources ??= this.store
      .listSources()
      .then((list) => new Map(list.map((source) => [source.id, source]))));

  // Prime the caches with what a page brought: the relationships and the entities at their other
  // ends, so `other`, `from`, `to` or `relationship(id:)` later in the same request cost nothing.
  // Other ends read with fewer parts (`partialOthers`) go where only `other` reads them.
  private primeWith(page: RelationshipPage, partialOthers: boolean): void {
    for (const item of page.items) this.relationship.prime(item.id, item);
    for (const other of page.others) {
      if (partialOthers) this.otherEnds.set(other.id, other);
      else this.entity.prime(other.id, other);
    }
  }

  private makeRelationshipsOf(): Loaders['relationshipsOf'] {
    const relationshipsOf: Loaders['relationshipsOf'] = new DataLoader(
      async (requests) => {
        const pages = await this.store.relationshipsOf(requests);
        pages.forEach((page, index) => {
          const partialOthers = Boolean(requests[index]!.fields?.otherEnd);
          this.primeWith(page, partialOthers);
          // Asked for with the page (`withEntity`): the entity itself, or null for an unknown id.
          if (page.entity !== undefined) this.entity.prime(requests[index]!.entityId, page.entity);
          // The level below, fetched in the same call: its fields will ask for exactly these pages.
          const next = requests[index]!.next;
          if (!next || !page.nextPages) return;
          page.others.forEach((other, position) => {
            const nextPage = page.nextPages![position]!;
            this.primeWith(nextPage, partialOthers);
            relationshipsOf.prime({ entityId: other.id, ...next, after: null }, nextPage);
          });
        });
        return pages;
      },
      {
        name: 'relationshipsOf',
        maxBatchSize: 500,
        // `next` and `withEntity` are left out of the key: they only decide what else is fetched, never
        // the page itself.
        cacheKeyFn: (request) =>
          JSON.stringify([
            request.entityId,
            request.types,
            request.evidenceKinds ?? null,
            request.direction,
            request.first,
            request.after,
          ]),
      },
    );
    return relationshipsOf;
  }
}
