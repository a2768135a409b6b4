import { describe, expect, it } from 'vitest';
import { neighborhoodRequest } from './neighborhood-request.js';
import type { Dataset, RelationshipRecord } from '../../src/model/index.js';
import type { KnowledgeGraphStore, PathRecord, PathsRequest } from '../../src/store/index.js';

/**
 * The analyst's relationship queries of the conformance suite (multi-seed and capped neighbourhoods,
 * time filters, whole-graph selections, several paths, neighbour lists, most connected). Called from
 * describeStoreContract with its store and dataset.
 */
export function describeAnalystQueriesContract(
  context: () => { store: KnowledgeGraphStore; dataset: Dataset },
): void {
  const pathsRequest = (
    request: Partial<PathsRequest> & Pick<PathsRequest, 'from' | 'to'>,
  ): PathsRequest => ({
    relationshipTypes: null,
    maxHops: 6,
    time: null,
    mode: 'ALL_SHORTEST',
    throughKinds: null,
    first: 10,
    ...request,
  });
  const neighbourIds = (id: string, accept: (r: RelationshipRecord) => boolean = () => true): string[] => {
    const ids = new Set<string>();
    for (const r of context().dataset.relationships) {
      if (!accept(r)) continue;
      if (r.from === id && r.to !== id) ids.add(r.to);
      if (r.to === id && r.from !== id) ids.add(r.from);
    }
    return [...ids].sort();
  };
  const kindOf = (id: string) => context().dataset.entities.find((e) => e.id === id)!.kind;
  const expectWalkable = (path: PathRecord) => {
    path.relationships.forEach((r, i) => {
      expect([r.from, r.to].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
    });
    expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
  };
  const idsOf = (path: PathRecord) => path.nodes.map((n) => n.id);

  describe('analyst queries', () => {
    it('grows one neighbourhood from several seeds, seeds first', async () => {
      const { store } = context();
      const subgraph = await store.neighborhood(
        neighborhoodRequest(['district:jiading', 'city:taizhou'], { relationshipTypes: ['COOPERATES_WITH'] }),
      );
      const cooperating = (r: RelationshipRecord) => r.type === 'COOPERATES_WITH';
      const reached = new Set([
        ...neighbourIds('district:jiading', cooperating),
        ...neighbourIds('city:taizhou', cooperating),
      ]);
      reached.delete('district:jiading');
      reached.delete('city:taizhou');
      expect(subgraph!.nodes.map((n) => n.id)).toEqual([
        'city:taizhou',
        'district:jiading',
        ...[...reached].sort(),
      ]);
    });

    it('reaches only entities of the chosen kinds, but always keeps the seeds', async () => {
      const { store } = context();
      const subgraph = await store.neighborhood(
        neighborhoodRequest(['district:jiading'], { depth: 2, kinds: ['CITY'] }),
      );
      const [seed, ...others] = subgraph!.nodes;
      expect(seed!.id).toBe('district:jiading');
      expect(others.length).toBeGreaterThan(0);
      expect(others.every((n) => n.kind === 'CITY')).toBe(true);
    });

    it('caps the neighbours each entity contributes and reports what was left out', async () => {
      const { store } = context();
      const all = neighbourIds('city:wenzhou');
      const subgraph = await store.neighborhood(neighborhoodRequest(['city:wenzhou'], { perNodeLimit: 5 }));
      expect(subgraph!.nodes.map((n) => n.id)).toEqual(['city:wenzhou', ...all.slice(0, 5)]);
      expect(subgraph!.omitted).toEqual([{ entityId: 'city:wenzhou', count: all.length - 5 }]);
      expect(subgraph!.truncated).toBe(false);
    });

    it('counts as left out only neighbours that are not in the result', async () => {
      const { store } = context();
      const subgraph = await store.neighborhood(
        neighborhoodRequest(['city:wenzhou'], { depth: 2, perNodeLimit: 3 }),
      );
      const kept = new Set(subgraph!.nodes.map((n) => n.id));
      for (const { entityId, count } of subgraph!.omitted) {
        expect(count).toBe(neighbourIds(entityId).filter((id) => !kept.has(id)).length);
        expect(count).toBeGreaterThan(0);
      }
      expect(subgraph!.omitted.map((o) => o.entityId)).toContain('city:wenzhou');
    });

    it('keeps relationships by their dates', async () => {
      const { store, dataset } = context();
      const dated = dataset.relationships.filter((r) => r.properties.validTo !== undefined);
      expect(dated.length).toBeGreaterThan(0);
      const planId = dated[0]!.from;
      const during = await store.neighborhood(
        neighborhoodRequest([planId], { time: { asOf: '2022-06-01', from: null, to: null } }),
      );
      const after = await store.neighborhood(
        neighborhoodRequest([planId], { time: { asOf: '2031-01-01', from: null, to: null } }),
      );
      const window = await store.neighborhood(
        neighborhoodRequest([planId], { time: { asOf: null, from: '2026-01-01', to: '2030-12-31' } }),
      );
      const endsOf = (records: RelationshipRecord[]) => records.map((r) => r.id);
      expect(endsOf(during!.relationships)).toEqual(
        expect.arrayContaining(dated.filter((r) => r.from === planId || r.to === planId).map((r) => r.id)),
      );
      for (const subgraph of [after!, window!]) {
        expect(
          subgraph.relationships.some(
            (r) => r.properties.validTo !== undefined && r.properties.validTo < '2026-01-01',
          ),
        ).toBe(false);
        expect(subgraph.relationships.length).toBeLessThan(during!.relationships.length);
      }
      expect(endsOf(after!.relationships)).toEqual(endsOf(window!.relationships));
    });

    it('selects the whole graph by kind, cut at the limit in id order', async () => {
      const { store, dataset } = context();
      const cities = dataset.entities
        .filter((e) => e.kind === 'CITY')
        .map((e) => e.id)
        .sort();
      const all = await store.graph({ kinds: ['CITY'], relationshipTypes: null, time: null, limit: 1000 });
      expect(all.nodes.map((n) => n.id)).toEqual(cities);
      expect(all.truncated).toBe(false);
      const kept = new Set(cities);
      expect(all.relationships.map((r) => r.id)).toEqual(
        dataset.relationships
          .filter((r) => kept.has(r.from) && kept.has(r.to))
          .map((r) => r.id)
          .sort(),
      );
      const cut = await store.graph({
        kinds: ['CITY'],
        relationshipTypes: ['CONNECTED_BY_RAIL'],
        time: null,
        limit: 3,
      });
      expect(cut.nodes.map((n) => n.id)).toEqual(cities.slice(0, 3));
      expect(cut.truncated).toBe(true);
      expect(cut.relationships.every((r) => r.type === 'CONNECTED_BY_RAIL')).toBe(true);
    });

    it('lists every shortest path in id order', async () => {
      const { store } = context();
      const paths = await store.paths(
        pathsRequest({ from: 'city:taizhou', to: 'district:jiading', first: 50 }),
      );
      expect(paths.length).toBeGreaterThan(0);
      expect(idsOf(paths[0]!)).toEqual(['city:taizhou', 'city:wenzhou', 'district:jiading']);
      for (const path of paths) {
        expect(path.relationships).toHaveLength(2);
        expectWalkable(path);
      }
      const keys = paths.map((p) => [...idsOf(p), ...p.relationships.map((r) => r.id)].join(' '));
      expect(keys).toEqual([...keys].sort());
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('lists the k shortest simple paths, shortest first', async () => {
      const { store } = context();
      const paths = await store.paths(
        pathsRequest({
          from: 'city:taizhou',
          to: 'district:jiading',
          mode: 'K_SHORTEST',
          first: 8,
          maxHops: 4,
        }),
      );
      expect(paths).toHaveLength(8);
      const lengths = paths.map((p) => p.relationships.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      expect(lengths.at(-1)!).toBeGreaterThan(2);
      paths.forEach(expectWalkable);
    });

    it('passes only through entities of throughKinds', async () => {
      const { store } = context();
      const paths = await store.paths(
        pathsRequest({
          from: 'city:taizhou',
          to: 'district:jiading',
          mode: 'K_SHORTEST',
          first: 5,
          throughKinds: ['CITY', 'REGION'],
        }),
      );
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths)
        expect(path.nodes.slice(1, -1).every((n) => ['CITY', 'REGION'].includes(kindOf(n.id)))).toBe(true);
      expect(
        await store.paths(
          pathsRequest({ from: 'city:taizhou', to: 'district:jiading', throughKinds: ['PERSON'] }),
        ),
      ).toEqual([]);
    });

    it('lists neighbour ids and totals, filtered by type, direction and kind', async () => {
      const { store, dataset } = context();
      const [all, tasks, none] = await store.neighbors([
        { entityId: 'city:wenzhou', types: null, direction: 'BOTH', kinds: null, limit: 7 },
        {
          entityId: 'task:task-one',
          types: ['PART_OF_TASK'],
          direction: 'INCOMING',
          kinds: ['INITIATIVE'],
          limit: 0,
        },
        { entityId: 'city:nowhere', types: null, direction: 'BOTH', kinds: null, limit: 5 },
      ]);
      expect(all).toEqual({
        ids: neighbourIds('city:wenzhou').slice(0, 7),
        total: neighbourIds('city:wenzhou').length,
      });
      const initiatives = new Set(
        dataset.relationships
          .filter(
            (r) => r.type === 'PART_OF_TASK' && r.to === 'task:task-one' && kindOf(r.from) === 'INITIATIVE',
          )
          .map((r) => r.from),
      );
      expect(tasks).toEqual({ ids: [], total: initiatives.size });
      expect(none).toEqual({ ids: [], total: 0 });
    });

    it('ranks the most connected entities by degree, ties by id', async () => {
      const { store, dataset } = context();
      const degree = (id: string) => dataset.relationships.filter((r) => r.from === id || r.to === id).length;
      const expected = dataset.entities
        .map((e) => ({ id: e.id, degree: degree(e.id) }))
        .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))
        .slice(0, 5);
      const top = await store.mostConnected(5);
      expect(top.map((row) => ({ id: row.entity.id, degree: row.degree }))).toEqual(expected);
    });
  });
}
