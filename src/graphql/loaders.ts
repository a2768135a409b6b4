import DataLoader from 'dataloader';
import type { EntityRecord, RelationshipRecord, SourceRecord } from '../model/index.js';
import type { KnowledgeGraphStore, RelationshipPage, RelationshipsOfRequest } from '../store/index.js';

/**
 * The per-request DataLoaders. Every resolver that fetches by key goes through one of these, so a
 * query costs one store call per level of nesting, not one per item. Built anew per request (see
 * createContext): the caches are a per-request memo, never shared between users.
 */
export interface Loaders {
  /** Entity by id; null when unknown. */
  entity: DataLoader<string, EntityRecord | null>;
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
}

export function createLoaders(store: KnowledgeGraphStore): Loaders {
  const entity = new DataLoader<string, EntityRecord | null>((ids) => store.getEntities(ids), {
    name: 'entity',
    maxBatchSize: 1000,
  });
  const relationship = new DataLoader<string, RelationshipRecord | null>(
    (ids) => store.getRelationships(ids),
    { name: 'relationship', maxBatchSize: 1000 },
  );
  // Prime the caches with what a page brought: the relationships and the entities at their other
  // ends, so `other`, `from`, `to` or `relationship(id:)` later in the same request cost nothing.
  const primeWith = (page: RelationshipPage): void => {
    for (const item of page.items) relationship.prime(item.id, item);
    for (const other of page.others) entity.prime(other.id, other);
  };
  const relationshipsOf: Loaders['relationshipsOf'] = new DataLoader(
    async (requests) => {
      const pages = await store.relationshipsOf(requests);
      pages.forEach((page, index) => {
        primeWith(page);
        // Asked for with the page (`withEntity`): the entity itself, or null for an unknown id.
        if (page.entity !== undefined) entity.prime(requests[index]!.entityId, page.entity);
        // The level below, fetched in the same call: its fields will ask for exactly these pages.
        const next = requests[index]!.next;
        if (!next || !page.nextPages) return;
        page.others.forEach((other, position) => {
          const nextPage = page.nextPages![position]!;
          primeWith(nextPage);
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
  const degree = new DataLoader<string, number>((ids) => store.degrees(ids), {
    name: 'degree',
    maxBatchSize: 1000,
  });
  let sources: Promise<Map<string, SourceRecord>> | null = null;
  const loadSources = () =>
    (sources ??= store.listSources().then((list) => new Map(list.map((source) => [source.id, source]))));
  const sourceText = new DataLoader<string, string | null>((ids) => store.sourceTexts(ids), {
    name: 'sourceText',
  });
  return { entity, relationship, relationshipsOf, degree, sources: loadSources, sourceText };
}
