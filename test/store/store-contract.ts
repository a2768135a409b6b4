import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, RelationshipRecord } from '../../src/model/index.js';
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from '../../src/model/index.js';
import type { KnowledgeGraphStore, Page, PageRequest } from '../../src/store/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { neighborhoodRequest } from './neighborhood-request.js';
import { describeAnalystQueriesContract } from './analyst-queries-contract.js';
import { describeProvenanceContract } from './provenance-contract.js';

/**
 * The store conformance suite: every behaviour of the port, run against each adapter on the bundled
 * dataset. Expectations are derived from the dataset file itself (not from either store), so both
 * stores are held to the same independent answer. Search scores come from one shared scorer, so they
 * are compared exactly too.
 */
export function describeStoreContract(
  name: string,
  makeStore: (dataset: Dataset) => Promise<KnowledgeGraphStore>,
): void {
  describe(`store contract: ${name}`, () => {
    let store: KnowledgeGraphStore;
    let dataset: Dataset;
    const sortedIds = (items: { id: string }[]) => items.map((item) => item.id).sort();

    beforeAll(async () => {
      dataset = await bundledDataset();
      store = await makeStore(dataset);
    });

    afterAll(async () => {
      await store?.close();
    });

    async function drain<T extends { id: string }>(
      fetchPage: (page: PageRequest) => Promise<Page<T>>,
      first: number,
    ): Promise<{ ids: string[]; pages: number }> {
      const ids: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page = await fetchPage({ first, after });
        pages++;
        expect(page.items.length).toBeLessThanOrEqual(first);
        ids.push(...page.items.map((item) => item.id));
        if (!page.hasNextPage) break;
        expect(page.items).toHaveLength(first);
        after = page.items.at(-1)!.id;
      }
      return { ids, pages };
    }

    const relationshipsTouching = (id: string): RelationshipRecord[] =>
      dataset.relationships.filter((r) => r.from === id || r.to === id);

    describe('entities', () => {
      it('returns entities in key order, with null for unknown ids', async () => {
        const result = await store.getEntities([
          'district:jiading',
          'city:nowhere',
          'city:wenzhou',
          'district:jiading',
        ]);
        expect(result.map((entity) => entity?.id ?? null)).toEqual([
          'district:jiading',
          null,
          'city:wenzhou',
          'district:jiading',
        ]);
      });

      it('returns each entity exactly as the dataset states it', async () => {
        const expected = dataset.entities.slice(0, 40);
        const result = await store.getEntities(expected.map((entity) => entity.id));
        expect(result).toEqual(expected);
      });

      it('returns an empty array for no ids', async () => {
        expect(await store.getEntities([])).toEqual([]);
      });

      it('lists every entity exactly once in id order across keyset pages', async () => {
        const { ids, pages } = await drain((page) => store.listEntities({ kinds: null }, page), 7);
        expect(ids).toEqual(sortedIds(dataset.entities));
        expect(pages).toBe(
          Math.ceil(dataset.entities.length / 7) + (dataset.entities.length % 7 === 0 ? 1 : 0),
        );
      });

      it('filters the listing by kinds, merging the kinds in id order', async () => {
        const kinds = ['CITY', 'PARK'] as const;
        const { ids } = await drain((page) => store.listEntities({ kinds: [...kinds] }, page), 5);
        expect(ids).toEqual(
          sortedIds(dataset.entities.filter((entity) => (kinds as readonly string[]).includes(entity.kind))),
        );
      });

      it('starts a page strictly after the given id, even an id that does not exist', async () => {
        const page = await store.listEntities({ kinds: null }, { first: 3, after: 'city:m' });
        const expected = sortedIds(dataset.entities)
          .filter((id) => id > 'city:m')
          .slice(0, 3);
        expect(page.items.map((entity) => entity.id)).toEqual(expected);
      });

      it('lists nothing for an empty kinds filter', async () => {
        expect(await store.listEntities({ kinds: [] }, { first: 10, after: null })).toEqual({
          items: [],
          hasNextPage: false,
        });
        expect(await store.countEntities({ kinds: [] })).toBe(0);
      });

      it('counts the whole listing with the page when asked, even past the last item', async () => {
        const lastId = sortedIds(dataset.entities).at(-1)!;
        for (const kinds of [null, ['CITY', 'PARK'] as const, [] as const]) {
          const filter = { kinds: kinds && [...kinds] };
          for (const after of [null, 'city:m', lastId]) {
            const plain = await store.listEntities(filter, { first: 4, after });
            const counted = await store.listEntities(filter, { first: 4, after }, { withTotalCount: true });
            expect(counted).toEqual({ ...plain, totalCount: await store.countEntities(filter) });
          }
        }
        const types = { types: ['COOPERATES_WITH' as const] };
        const counted = await store.listRelationships(
          types,
          { first: 2, after: null },
          { withTotalCount: true },
        );
        expect(counted).toEqual({
          ...(await store.listRelationships(types, { first: 2, after: null })),
          totalCount: await store.countRelationships(types),
        });
        expect(counted.totalCount).toBeGreaterThan(2);
      });

      it('counts entities overall and by kind', async () => {
        expect(await store.countEntities({ kinds: null })).toBe(dataset.entities.length);
        expect(await store.countEntities({ kinds: ['CITY', 'DISTRICT'] })).toBe(
          dataset.entities.filter((entity) => entity.kind === 'CITY' || entity.kind === 'DISTRICT').length,
        );
      });
    });

    describe('relationships', () => {
      it('returns relationships in key order with null for unknown ids', async () => {
        const known = dataset.relationships[3]!;
        const result = await store.getRelationships([known.id, 'city:a-[HOSTS]->city:b', known.id]);
        expect(result).toEqual([known, null, known]);
      });

      it('lists every relationship in id order across pages, and by type', async () => {
        const all = await drain((page) => store.listRelationships({ types: null }, page), 50);
        expect(all.ids).toEqual(sortedIds(dataset.relationships));
        const types = ['COOPERATES_WITH', 'CONNECTED_BY_RAIL'] as const;
        const filtered = await drain((page) => store.listRelationships({ types: [...types] }, page), 4);
        expect(filtered.ids).toEqual(
          sortedIds(dataset.relationships.filter((r) => (types as readonly string[]).includes(r.type))),
        );
        expect(await store.countRelationships({ types: [...types] })).toBe(filtered.ids.length);
        expect(await store.countRelationships({ types: null })).toBe(dataset.relationships.length);
      });

      it("pages an entity's relationships in id order, in each direction", async () => {
        const id = 'city:wenzhou';
        for (const direction of ['BOTH', 'OUTGOING', 'INCOMING'] as const) {
          const { ids } = await drain(
            async (page) =>
              (await store.relationshipsOf([{ entityId: id, types: null, direction, ...page }]))[0]!,
            6,
          );
          const expected = relationshipsTouching(id).filter(
            (r) => direction === 'BOTH' || (direction === 'OUTGOING' ? r.from === id : r.to === id),
          );
          expect(ids).toEqual(sortedIds(expected));
        }
      });

      it('answers many relationship requests in one call, in request order', async () => {
        const requests = [
          { entityId: 'district:jiading', types: null, direction: 'BOTH' as const, first: 100, after: null },
          { entityId: 'city:nowhere', types: null, direction: 'BOTH' as const, first: 5, after: null },
          {
            entityId: 'city:wenzhou',
            types: ['COOPERATES_WITH' as const],
            direction: 'OUTGOING' as const,
            first: 100,
            after: null,
          },
        ];
        const [jiading, unknown, cooperation] = await store.relationshipsOf(requests);
        expect(jiading!.items.map((r) => r.id)).toEqual(sortedIds(relationshipsTouching('district:jiading')));
        expect(unknown).toEqual({ items: [], hasNextPage: false, others: [] });
        // Each page carries the entity at the other end of each relationship, whole, in item order.
        const otherIds = jiading!.items.map((r) => (r.from === 'district:jiading' ? r.to : r.from));
        expect(otherIds.length).toBeGreaterThan(0);
        expect(jiading!.others).toEqual(await store.getEntities(otherIds));
        const partners = cooperation!.items.map((r) => r.to);
        expect(cooperation!.others.map((entity) => entity.id)).toEqual(partners);
        expect(partners).toEqual(
          expect.arrayContaining(['city:shanghai', 'city:taizhou', 'district:jiading']),
        );
        expect(
          cooperation!.items.every((r) => r.type === 'COOPERATES_WITH' && r.from === 'city:wenzhou'),
        ).toBe(true);
      });

      it('brings the next level with the page when asked: the same pages as asking for each', async () => {
        const next = { types: null, direction: 'BOTH' as const, first: 3 };
        const requests = [
          {
            entityId: 'city:wenzhou',
            types: null,
            direction: 'OUTGOING' as const,
            first: 6,
            after: null,
            next,
          },
          {
            entityId: 'district:jiading',
            types: null,
            direction: 'BOTH' as const,
            first: 4,
            after: null,
            next,
          },
          { entityId: 'city:nowhere', types: null, direction: 'BOTH' as const, first: 4, after: null, next },
        ];
        const pages = await store.relationshipsOf(requests);
        for (const page of pages) {
          expect(page.nextPages).toHaveLength(page.others.length);
          const expected = await store.relationshipsOf(
            page.others.map((other) => ({ entityId: other.id, ...next, after: null })),
          );
          expect(page.nextPages).toEqual(expected);
        }
        expect(pages[0]!.others.length).toBe(6);
        expect(pages[0]!.nextPages!.some((nextPage) => nextPage.items.length > 0)).toBe(true);
        expect(pages[2]).toEqual({ items: [], hasNextPage: false, others: [], nextPages: [] });
        // Without `next`, no next level.
        const [plain] = await store.relationshipsOf([{ ...requests[0]!, next: null }]);
        expect(plain!.nextPages).toBeUndefined();
        expect(plain!.items).toEqual(pages[0]!.items);
      });

      it('returns the entity with its page when asked (withEntity), null for an unknown id', async () => {
        const request = { types: null, direction: 'BOTH' as const, first: 3, after: null };
        const [wenzhou, nowhere, plain] = await store.relationshipsOf([
          { entityId: 'city:wenzhou', ...request, withEntity: true },
          { entityId: 'city:nowhere', ...request, withEntity: true },
          { entityId: 'city:wenzhou', ...request },
        ]);
        const [expected] = await store.getEntities(['city:wenzhou']);
        expect(wenzhou!.entity).toEqual(expected);
        expect(nowhere!.entity).toBeNull();
        expect(plain!.entity).toBeUndefined();
        // The page itself is the same with or without its entity.
        expect({ ...wenzhou!, entity: undefined }).toEqual({ ...plain!, entity: undefined });
      });

      it('counts degrees, zero for unknown entities', async () => {
        const ids = ['city:wenzhou', 'district:jiading', 'city:nowhere'];
        expect(await store.degrees(ids)).toEqual(ids.map((id) => relationshipsTouching(id).length));
      });
    });

    describe('search', () => {
      const topIds = async (query: string, first = 5) =>
        (await store.search({ query, kinds: null, first })).map((hit) => hit.entity.id);

      it('ranks the exact name first with score 1, whatever the case', async () => {
        const [hit] = await store.search({ query: 'WENZHOU', kinds: null, first: 3 });
        expect(hit).toMatchObject({ entity: { id: 'city:wenzhou' }, score: 1 });
      });

      it('finds an entity by the beginning of a word', async () => {
        expect((await topIds('jiad'))[0]).toBe('district:jiading');
      });

      it('finds an entity by a Chinese alias', async () => {
        expect((await topIds('温州'))[0]).toBe('city:wenzhou');
      });

      it('ignores punctuation and query syntax in the search text', async () => {
        expect((await topIds('"Taizhou" (~'))[0]).toBe('city:taizhou');
        expect((await topIds('taizhou!!'))[0]).toBe('city:taizhou');
        // `AND` is a word to look for, not an operator: the same hits as the lowercase word.
        expect(await topIds('"Science" AND (Technology)*', 20)).toEqual(
          await topIds('science and technology', 20),
        );
        expect((await topIds('science and technology', 20)).length).toBeGreaterThan(0);
      });

      it('filters by kind and respects first', async () => {
        const hits = await store.search({ query: 'wenzhou', kinds: ['PARK'], first: 2 });
        expect(hits.length).toBeGreaterThan(0);
        expect(hits.length).toBeLessThanOrEqual(2);
        expect(hits.every((hit) => hit.entity.kind === 'PARK')).toBe(true);
      });

      it('orders hits by score, then name, then id', async () => {
        const hits = await store.search({ query: 'yangtze river delta', kinds: null, first: 50 });
        expect(hits.length).toBeGreaterThan(3);
        for (let i = 1; i < hits.length; i++) {
          const [a, b] = [hits[i - 1]!, hits[i]!];
          expect(
            a.score > b.score ||
              (a.score === b.score &&
                (a.entity.name < b.entity.name ||
                  (a.entity.name === b.entity.name && a.entity.id < b.entity.id))),
          ).toBe(true);
        }
      });

      it('finds nothing for text that is in no entity', async () => {
        expect(await store.search({ query: 'zzyzx', kinds: null, first: 10 })).toEqual([]);
      });
    });

    describe('neighborhood', () => {
      it('returns the centre and its direct neighbours, nearest first then by id', async () => {
        const subgraph = await store.neighborhood(
          neighborhoodRequest(['district:jiading'], {
            depth: 1,
            relationshipTypes: null,
            direction: 'BOTH',
            limit: 500,
          }),
        );
        const neighbours = new Set(
          relationshipsTouching('district:jiading').map((r) =>
            r.from === 'district:jiading' ? r.to : r.from,
          ),
        );
        neighbours.delete('district:jiading');
        expect(subgraph!.nodes.map((n) => n.id)).toEqual(['district:jiading', ...[...neighbours].sort()]);
        expect(subgraph!.truncated).toBe(false);
        const kept = new Set(subgraph!.nodes.map((n) => n.id));
        expect(subgraph!.relationships.map((r) => r.id)).toEqual(
          sortedIds(dataset.relationships.filter((r) => kept.has(r.from) && kept.has(r.to))),
        );
      });

      it('follows only the chosen relationship types and direction', async () => {
        const subgraph = await store.neighborhood(
          neighborhoodRequest(['city:wenzhou'], {
            depth: 1,
            relationshipTypes: ['CONNECTED_BY_RAIL'],
            direction: 'OUTGOING',
            limit: 500,
          }),
        );
        const expected = dataset.relationships
          .filter((r) => r.type === 'CONNECTED_BY_RAIL' && r.from === 'city:wenzhou')
          .map((r) => r.to);
        expect(subgraph!.nodes.map((n) => n.id)).toEqual(['city:wenzhou', ...[...new Set(expected)].sort()]);
        expect(subgraph!.relationships.every((r) => r.type === 'CONNECTED_BY_RAIL')).toBe(true);
      });

      it('cuts at limit, keeps the nearest, and says it was truncated', async () => {
        const full = await store.neighborhood(
          neighborhoodRequest(['city:wenzhou'], {
            depth: 2,
            relationshipTypes: null,
            direction: 'BOTH',
            limit: 500,
          }),
        );
        const cut = await store.neighborhood(
          neighborhoodRequest(['city:wenzhou'], {
            depth: 2,
            relationshipTypes: null,
            direction: 'BOTH',
            limit: 10,
          }),
        );
        expect(cut!.truncated).toBe(true);
        expect(cut!.nodes.map((n) => n.id)).toEqual(full!.nodes.slice(0, 10).map((n) => n.id));
        const kept = new Set(cut!.nodes.map((n) => n.id));
        expect(cut!.relationships.every((r) => kept.has(r.from) && kept.has(r.to))).toBe(true);
      });

      it('returns null for an unknown entity', async () => {
        expect(
          await store.neighborhood(
            neighborhoodRequest(['city:nowhere'], {
              depth: 1,
              relationshipTypes: null,
              direction: 'BOTH',
              limit: 10,
            }),
          ),
        ).toBeNull();
      });
    });

    describe('shortest path', () => {
      it('connects Taizhou to Jiading through Wenzhou', async () => {
        const path = await store.shortestPath({
          time: null,
          from: 'city:taizhou',
          to: 'district:jiading',
          relationshipTypes: null,
          maxHops: 6,
        });
        expect(path!.nodes.map((n) => n.id)).toEqual(['city:taizhou', 'city:wenzhou', 'district:jiading']);
        expect(path!.relationships).toHaveLength(2);
      });

      it('returns a walkable path whose relationships join consecutive entities', async () => {
        const path = await store.shortestPath({
          time: null,
          from: 'person:huang-yangxu',
          to: 'city:ningde',
          relationshipTypes: null,
          maxHops: 8,
        });
        expect(path).not.toBeNull();
        path!.relationships.forEach((r, i) => {
          const ends = [path!.nodes[i]!.id, path!.nodes[i + 1]!.id].sort();
          expect([r.from, r.to].sort()).toEqual(ends);
        });
      });

      it('returns a path of length 0 from an entity to itself', async () => {
        const path = await store.shortestPath({
          time: null,
          from: 'city:wenzhou',
          to: 'city:wenzhou',
          relationshipTypes: null,
          maxHops: 3,
        });
        expect(path).toEqual({ nodes: [expect.objectContaining({ id: 'city:wenzhou' })], relationships: [] });
      });

      it('returns null, and no paths, when an end is not an entity', async () => {
        const ends = [
          ['city:atlantis', 'city:wenzhou'],
          ['city:wenzhou', 'city:atlantis'],
          ['city:atlantis', 'city:atlantis'],
        ] as const;
        for (const [from, to] of ends) {
          const request = { time: null, from, to, relationshipTypes: null, maxHops: 6 };
          expect(await store.shortestPath(request), `${from} ${to}`).toBeNull();
          for (const mode of ['ALL_SHORTEST', 'K_SHORTEST'] as const) {
            expect(
              await store.paths({ ...request, mode, throughKinds: null, first: 3 }),
              `${mode} ${from} ${to}`,
            ).toEqual([]);
          }
        }
      });

      it('returns null when no path fits within maxHops or the types', async () => {
        expect(
          await store.shortestPath({
            time: null,
            from: 'person:huang-yangxu',
            to: 'city:ningde',
            relationshipTypes: null,
            maxHops: 1,
          }),
        ).toBeNull();
        expect(
          await store.shortestPath({
            time: null,
            from: 'city:taizhou',
            to: 'district:jiading',
            relationshipTypes: ['LED_BY'],
            maxHops: 6,
          }),
        ).toBeNull();
      });
    });

    describeAnalystQueriesContract(() => ({ store, dataset }));
    describeProvenanceContract(() => ({ store, dataset }));

    describe('sources and summary', () => {
      it('lists the sources in dataset order', async () => {
        expect(await store.listSources()).toEqual(dataset.sources);
      });

      it('counts every kind and type', async () => {
        const summary = await store.summary();
        expect(summary.entityCount).toBe(dataset.entities.length);
        expect(summary.relationshipCount).toBe(dataset.relationships.length);
        for (const kind of ENTITY_KINDS) {
          expect(summary.entitiesByKind[kind] ?? 0).toBe(
            dataset.entities.filter((e) => e.kind === kind).length,
          );
        }
        for (const type of RELATIONSHIP_TYPES) {
          expect(summary.relationshipsByType[type] ?? 0).toBe(
            dataset.relationships.filter((r) => r.type === type).length,
          );
        }
      });

      it('answers a ping', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });
    });
  });
}
