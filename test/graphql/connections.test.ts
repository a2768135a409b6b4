import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, RelationshipRecord } from '../../src/model/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { createGraphQLHarness, dataOf, type GraphQLHarness } from '../support/graphql-harness.js';

/** Paged lists: `entities`, `relationships` and `Entity.relationships`. */

let harness: GraphQLHarness;
let dataset: Dataset;

beforeAll(async () => {
  dataset = await bundledDataset();
  harness = await createGraphQLHarness();
});

afterAll(async () => {
  await harness.stop();
});

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

interface Connection {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: PageInfo;
  totalCount?: number;
}

const sortedIds = (items: readonly { id: string }[]): string[] =>
  items.map((item) => item.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Follows `endCursor` until the last page; returns every page. */
async function walk(fetchPage: (after: string | null) => Promise<Connection>): Promise<Connection[]> {
  const pages: Connection[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
    expect(after).not.toBeNull();
    expect(pages.length).toBeLessThan(200);
  }
}

const ENTITIES = `query ($kinds: [EntityKind!], $first: Int, $after: String) {
  entities(kinds: $kinds, first: $first, after: $after) {
    edges { cursor node { id kind } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount
  }
}`;

async function entitiesPage(variables: Record<string, unknown>): Promise<Connection> {
  return dataOf(await harness.execute(ENTITIES, variables))['entities'];
}

describe('entities', () => {
  it('walks every entity exactly once, in id order, with first/after', async () => {
    const pages = await walk((after) => entitiesPage({ first: 17, after }));
    const ids = pages.flatMap((page) => page.edges.map((edge) => edge.node.id));
    expect(ids).toEqual(sortedIds(dataset.entities));
    expect(new Set(ids).size).toBe(dataset.entities.length);
    expect(pages).toHaveLength(Math.ceil(dataset.entities.length / 17));
    for (const page of pages.slice(0, -1)) expect(page.edges).toHaveLength(17);
  });

  it('sets hasPreviousPage only after the first page, and start/end cursors to the edges', async () => {
    const [first, second] = await walk((after) => entitiesPage({ first: 50, after }));
    expect(first!.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: first!.edges[0]!.cursor,
      endCursor: first!.edges.at(-1)!.cursor,
    });
    expect(second!.pageInfo.hasPreviousPage).toBe(true);
    expect(second!.pageInfo.startCursor).toBe(second!.edges[0]!.cursor);
  });

  it('gives the total count over all pages', async () => {
    const page = await entitiesPage({ first: 3 });
    expect(page.edges).toHaveLength(3);
    expect(page.totalCount).toBe(dataset.entities.length);
  });

  it('uses 20 as the default page size', async () => {
    const page = await entitiesPage({});
    expect(page.edges).toHaveLength(20);
  });

  it('filters by kinds, merging them in id order, and counts the filtered total', async () => {
    const kinds = ['DISTRICT', 'CITY'];
    const expected = sortedIds(dataset.entities.filter((entity) => kinds.includes(entity.kind)));
    const pages = await walk((after) => entitiesPage({ kinds, first: 5, after }));
    expect(pages.flatMap((page) => page.edges.map((edge) => edge.node.id))).toEqual(expected);
    expect(pages[0]!.totalCount).toBe(expected.length);
    expect(expected).toContain('district:jiading');
  });

  it('returns an empty last page with null cursors for an empty filter', async () => {
    const page = await entitiesPage({ kinds: [] });
    expect(page).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount: 0,
    });
  });

  it('issues opaque cursors that do not show the raw id', async () => {
    const page = await entitiesPage({ first: 5 });
    for (const edge of page.edges) {
      expect(edge.cursor).not.toBe(edge.node.id);
      expect(edge.cursor).not.toContain(edge.node.id);
      expect(edge.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });
});

describe('relationships', () => {
  const RELATIONSHIPS = `query ($types: [RelationshipType!], $first: Int, $after: String) {
    relationships(types: $types, first: $first, after: $after) {
      edges { cursor node { id type } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      totalCount
    }
  }`;
  const relationshipsPage = async (variables: Record<string, unknown>): Promise<Connection> =>
    dataOf(await harness.execute(RELATIONSHIPS, variables))['relationships'];

  it('walks every relationship exactly once, in id order', async () => {
    const pages = await walk((after) => relationshipsPage({ first: 100, after }));
    expect(pages.flatMap((page) => page.edges.map((edge) => edge.node.id))).toEqual(
      sortedIds(dataset.relationships),
    );
    expect(pages[0]!.totalCount).toBe(dataset.relationships.length);
    expect(pages[1]!.pageInfo.hasPreviousPage).toBe(true);
  });

  it('filters by types and counts the filtered total', async () => {
    const types = ['COOPERATES_WITH', 'CONNECTED_BY_RAIL'];
    const expected = sortedIds(dataset.relationships.filter((r) => types.includes(r.type)));
    const pages = await walk((after) => relationshipsPage({ types, first: 4, after }));
    expect(pages.flatMap((page) => page.edges.map((edge) => edge.node.id))).toEqual(expected);
    expect(pages[0]!.totalCount).toBe(expected.length);
  });
});

describe('Entity.relationships', () => {
  const ENTITY_RELATIONSHIPS = `query (
    $id: ID!, $types: [RelationshipType!], $direction: Direction, $first: Int, $after: String
  ) {
    entity(id: $id) {
      degree
      relationships(types: $types, direction: $direction, first: $first, after: $after) {
        edges { cursor direction other { id } node { id type from { id } to { id } } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }`;

  interface EntityRelationshipEdge {
    cursor: string;
    direction: 'OUTGOING' | 'INCOMING';
    other: { id: string };
    node: { id: string; type: string; from: { id: string }; to: { id: string } };
  }

  async function relationshipPages(variables: Record<string, unknown>) {
    const pages = await walk(async (after) => {
      const data = dataOf(await harness.execute(ENTITY_RELATIONSHIPS, { ...variables, after }));
      return data['entity'].relationships;
    });
    return pages.flatMap((page) => page.edges as unknown as EntityRelationshipEdge[]);
  }

  const touching = (id: string): RelationshipRecord[] =>
    dataset.relationships.filter((r) => r.from === id || r.to === id);

  it("pages through all of an entity's relationships in id order", async () => {
    const edges = await relationshipPages({ id: 'city:wenzhou', first: 7 });
    expect(edges.map((edge) => edge.node.id)).toEqual(sortedIds(touching('city:wenzhou')));
  });

  it('tells the direction as seen from the entity, and the entity at the other end', async () => {
    const edges = await relationshipPages({ id: 'district:jiading', first: 100 });
    expect(edges.length).toBe(touching('district:jiading').length);
    for (const edge of edges) {
      if (edge.direction === 'OUTGOING') {
        expect(edge.node.from.id).toBe('district:jiading');
        expect(edge.other.id).toBe(edge.node.to.id);
      } else {
        expect(edge.direction).toBe('INCOMING');
        expect(edge.node.to.id).toBe('district:jiading');
        expect(edge.other.id).toBe(edge.node.from.id);
      }
    }
    const directions = new Set(edges.map((edge) => edge.direction));
    expect(directions).toEqual(new Set(['OUTGOING', 'INCOMING']));
  });

  it('keeps only one direction when asked', async () => {
    for (const direction of ['OUTGOING', 'INCOMING'] as const) {
      const edges = await relationshipPages({ id: 'district:jiading', direction, first: 100 });
      const expected = touching('district:jiading').filter((r) =>
        direction === 'OUTGOING' ? r.from === 'district:jiading' : r.to === 'district:jiading',
      );
      expect(edges.map((edge) => edge.node.id)).toEqual(sortedIds(expected));
      expect(edges.every((edge) => edge.direction === direction)).toBe(true);
      expect(edges.length).toBeGreaterThan(0);
    }
  });

  it('keeps only the chosen types', async () => {
    const edges = await relationshipPages({
      id: 'city:wenzhou',
      types: ['CONNECTED_BY_RAIL', 'PART_OF'],
      first: 3,
    });
    const expected = touching('city:wenzhou').filter(
      (r) => r.type === 'CONNECTED_BY_RAIL' || r.type === 'PART_OF',
    );
    expect(edges.map((edge) => edge.node.id)).toEqual(sortedIds(expected));
  });

  it('gives the degree over every type and direction, whatever the page asks for', async () => {
    const data = dataOf(
      await harness.execute(ENTITY_RELATIONSHIPS, { id: 'city:wenzhou', types: ['LED_BY'], first: 1 }),
    );
    expect(data['entity'].degree).toBe(touching('city:wenzhou').length);
    expect(data['entity'].relationships.edges).toEqual([]);
    expect(data['entity'].relationships.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('sets hasPreviousPage on a page after the first', async () => {
    const first = dataOf(await harness.execute(ENTITY_RELATIONSHIPS, { id: 'city:wenzhou', first: 2 }));
    const page = first['entity'].relationships;
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.hasPreviousPage).toBe(false);
    const next = dataOf(
      await harness.execute(ENTITY_RELATIONSHIPS, {
        id: 'city:wenzhou',
        first: 2,
        after: page.pageInfo.endCursor,
      }),
    );
    expect(next['entity'].relationships.pageInfo.hasPreviousPage).toBe(true);
    expect(next['entity'].relationships.edges[0].node.id).toBe(sortedIds(touching('city:wenzhou'))[2]);
  });
});
