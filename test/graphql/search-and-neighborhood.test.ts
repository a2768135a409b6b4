import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { createGraphQLHarness, dataOf, type GraphQLHarness } from '../support/graphql-harness.js';

/** `search` and `neighborhood` on the bundled dataset. */

let harness: GraphQLHarness;
let dataset: Dataset;

beforeAll(async () => {
  dataset = await bundledDataset();
  harness = await createGraphQLHarness();
});

afterAll(async () => {
  await harness.stop();
});

interface Hit {
  score: number;
  entity: { id: string; kind: string; name: string };
}

async function search(query: string, extra: { kinds?: string[]; first?: number } = {}): Promise<Hit[]> {
  const data = dataOf(
    await harness.execute(
      `query ($query: String!, $kinds: [EntityKind!], $first: Int) {
        search(query: $query, kinds: $kinds, first: $first) { score entity { id kind name } }
      }`,
      { query, ...extra },
    ),
  );
  return data['search'];
}

describe('search', () => {
  it('ranks the exact name first with score 1, whatever the case', async () => {
    for (const query of ['Wenzhou', 'wenzhou', 'WENZHOU', '  wenZHOU ']) {
      const [top] = await search(query);
      expect(top, query).toEqual({ score: 1, entity: { id: 'city:wenzhou', kind: 'CITY', name: 'Wenzhou' } });
    }
  });

  it('ignores punctuation around the words', async () => {
    expect((await search('"Taizhou"!!'))[0]!.entity.id).toBe('city:taizhou');
    expect((await search('(jiading?)'))[0]!.entity.id).toBe('district:jiading');
  });

  it('finds an entity by the beginning of a word', async () => {
    const hits = await search('jiad');
    expect(hits[0]!.entity.id).toBe('district:jiading');
    expect(hits[0]!.score).toBeLessThan(1);
  });

  it('finds an entity by its Chinese alias', async () => {
    const [top] = await search('温州');
    expect(top).toMatchObject({ entity: { id: 'city:wenzhou' }, score: 0.95 });
  });

  it('finds nothing for words no entity has', async () => {
    expect(await search('zzyzx')).toEqual([]);
  });

  it('returns scores in (0, 1], best first', async () => {
    const hits = await search('yangtze river delta', { first: 50 });
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThanOrEqual(1);
    }
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expect(hits[0]!.entity.id).toBe('region:yangtze-river-delta');
  });

  it('returns at most `first` hits, the best ones', async () => {
    const all = await search('wenzhou', { first: 50 });
    const three = await search('wenzhou', { first: 3 });
    expect(all.length).toBeGreaterThan(3);
    expect(three).toEqual(all.slice(0, 3));
  });

  it('returns 10 hits by default', async () => {
    expect(await search('wenzhou')).toHaveLength(10);
  });

  it('keeps only the chosen kinds', async () => {
    const hits = await search('wenzhou', { kinds: ['PARK', 'UNIVERSITY'], first: 50 });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((hit) => hit.entity.kind))).toEqual(new Set(['PARK', 'UNIVERSITY']));
  });

  it('filters without changing the order of what is left', async () => {
    const hits = await search('shanghai', { kinds: ['CITY', 'DISTRICT', 'PARK'], first: 50 });
    const unfiltered = await search('shanghai', { first: 50 });
    expect(unfiltered.length).toBeLessThan(50);
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.map((hit) => hit.entity.id)).toEqual(
      unfiltered
        .filter((hit) => ['CITY', 'DISTRICT', 'PARK'].includes(hit.entity.kind))
        .map((hit) => hit.entity.id),
    );
  });
});

interface Subgraph {
  nodes: { id: string }[];
  relationships: { id: string; type: string; from: { id: string }; to: { id: string } }[];
  truncated: boolean;
}

async function neighborhood(variables: Record<string, unknown>): Promise<Subgraph> {
  const data = dataOf(
    await harness.execute(
      `query ($id: ID!, $depth: Int, $types: [RelationshipType!], $direction: Direction, $limit: Int, $kinds: [EntityKind!]) {
        neighborhood(id: $id, depth: $depth, relationshipTypes: $types, direction: $direction, limit: $limit, kinds: $kinds) {
          nodes { id }
          relationships { id type from { id } to { id } }
          truncated
        }
      }`,
      variables,
    ),
  );
  return data['neighborhood'];
}

const neighboursOf = (id: string, types?: readonly string[]): Set<string> =>
  new Set(
    dataset.relationships
      .filter((r) => (r.from === id || r.to === id) && (!types || types.includes(r.type)))
      .map((r) => (r.from === id ? r.to : r.from)),
  );

describe('neighborhood', () => {
  it('puts the centre first, then its direct neighbours by id, at depth 1 (the default)', async () => {
    const subgraph = await neighborhood({ id: 'district:jiading' });
    const expected = [...neighboursOf('district:jiading')].sort();
    expect(subgraph.nodes.map((node) => node.id)).toEqual(['district:jiading', ...expected]);
    expect(subgraph.truncated).toBe(false);
  });

  it('includes every relationship among the kept entities, and only those', async () => {
    const subgraph = await neighborhood({ id: 'district:jiading' });
    const kept = new Set(subgraph.nodes.map((node) => node.id));
    const expected = dataset.relationships.filter((r) => kept.has(r.from) && kept.has(r.to)).map((r) => r.id);
    expect(subgraph.relationships.map((r) => r.id).sort()).toEqual(expected.sort());
  });

  it('reaches further with a larger depth, nearer entities first', async () => {
    const one = await neighborhood({ id: 'district:jiading', depth: 1 });
    const two = await neighborhood({ id: 'district:jiading', depth: 2, limit: 500 });
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes.slice(0, one.nodes.length)).toEqual(one.nodes);
    const secondLevel = new Set<string>();
    for (const id of neighboursOf('district:jiading'))
      for (const next of neighboursOf(id)) secondLevel.add(next);
    for (const node of two.nodes) {
      expect(
        node.id === 'district:jiading' ||
          neighboursOf('district:jiading').has(node.id) ||
          secondLevel.has(node.id),
      ).toBe(true);
    }
  });

  it('follows only the chosen relationship types and direction', async () => {
    const subgraph = await neighborhood({
      id: 'city:wenzhou',
      types: ['CONNECTED_BY_RAIL'],
      direction: 'OUTGOING',
    });
    const expected = dataset.relationships
      .filter((r) => r.type === 'CONNECTED_BY_RAIL' && r.from === 'city:wenzhou')
      .map((r) => r.to);
    expect(subgraph.nodes.map((node) => node.id)).toEqual(['city:wenzhou', ...[...new Set(expected)].sort()]);
    expect(subgraph.relationships.length).toBeGreaterThan(0);
    expect(subgraph.relationships.every((r) => r.type === 'CONNECTED_BY_RAIL')).toBe(true);
  });

  // As /export/neighborhood and `npm run export --kinds` always could.
  it('reaches only entities of the chosen kinds, keeping the centre whatever its kind', async () => {
    const kinds = ['PARK', 'UNIVERSITY'];
    const subgraph = await neighborhood({ id: 'city:wenzhou', depth: 2, limit: 500, kinds });
    const kindOf = new Map(dataset.entities.map((entity) => [entity.id, entity.kind]));
    const [centre, ...reached] = subgraph.nodes.map((node) => node.id);
    expect(centre).toBe('city:wenzhou');
    expect(reached.length).toBeGreaterThan(3);
    expect(reached.filter((id) => !kinds.includes(kindOf.get(id)!))).toEqual([]);
    // Every park and university next to Wenzhou is there.
    const nextToWenzhou = [...neighboursOf('city:wenzhou')].filter((id) => kinds.includes(kindOf.get(id)!));
    expect(reached).toEqual(expect.arrayContaining(nextToWenzhou));
  });

  it('cuts at limit, keeps the centre and the nearest, and says it was truncated', async () => {
    const full = await neighborhood({ id: 'city:wenzhou', depth: 2, limit: 500 });
    const cut = await neighborhood({ id: 'city:wenzhou', depth: 2, limit: 5 });
    expect(full.truncated).toBe(false);
    expect(cut.truncated).toBe(true);
    expect(cut.nodes.map((node) => node.id)).toEqual(full.nodes.slice(0, 5).map((node) => node.id));
    expect(cut.nodes[0]!.id).toBe('city:wenzhou');
    const kept = new Set(cut.nodes.map((node) => node.id));
    expect(cut.relationships.every((r) => kept.has(r.from.id) && kept.has(r.to.id))).toBe(true);
  });

  it('returns just the centre with limit 1', async () => {
    const subgraph = await neighborhood({ id: 'city:wenzhou', limit: 1 });
    expect(subgraph).toEqual({ nodes: [{ id: 'city:wenzhou' }], relationships: [], truncated: true });
  });
});
