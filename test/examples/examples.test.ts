import { readdir, readFile } from 'node:fs/promises';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, parse, print, visit, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AllPathsDocument,
  AnalyticsDocument,
  CompareDocument,
  ConnectionPathDocument,
  CooperationNetworkDocument,
  DashboardDocument,
  EntityPageDocument,
  ExportNeighborhoodDocument,
  ListEntitiesDocument,
  NeighborhoodDocument,
  PlanProgressDocument,
  RailCircleDocument,
  SearchDocument,
  TimelineDocument,
  WenzhouPartnersDocument,
  type EntityPageQuery,
  type ListEntitiesQuery,
} from '@yrd-graph/client';
import { progressStatusOf, type Dataset, type EventType } from '../../src/model/index.js';
import { compareText } from '../../src/search/index.js';
import { eventInWindow, eventSortKey } from '../../src/store/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { createGraphQLHarness, dataOf, type GraphQLHarness } from '../support/graphql-harness.js';

// Every operation in examples/ runs here against the bundled dataset, typed by the generated client:
// an example the schema no longer accepts fails codegen, and a result shape the assertions no longer
// match fails the typecheck.

const EXAMPLES_DIR = new URL('../../examples/', import.meta.url);

/** The example files with a test, and the document each was generated into (filled as tests register). */
const covered = new Map<string, DocumentNode>();

/** Registers the test of one example file. */
function example(file: string, document: DocumentNode, behaviour: string, test: () => Promise<void>): void {
  covered.set(file, document);
  it(`${file} ${behaviour}`, test);
}

const ids = (entities: readonly { id: string }[]): string[] => entities.map((entity) => entity.id);

describe('the example operations for front ends', () => {
  let harness: GraphQLHarness;

  beforeAll(async () => {
    harness = await createGraphQLHarness();
  });

  afterAll(async () => {
    await harness.stop();
  });

  /** Runs a typed document in-process, failing the test (with the errors) when the result has any. */
  async function run<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    return dataOf(await harness.execute(print(document), variables)) as TResult;
  }

  example(
    'wenzhou-partners.graphql',
    WenzhouPartnersDocument,
    "lists Wenzhou's partners with the plan's sentence for each",
    async () => {
      const { entity } = await run(WenzhouPartnersDocument, {});
      expect(entity?.__typename).toBe('City');
      const edges = entity?.relationships.edges ?? [];
      expect(ids(edges.map((edge) => edge.other))).toEqual(
        expect.arrayContaining(['city:shanghai', 'city:taizhou', 'district:jiading']),
      );
      for (const edge of edges) {
        expect(edge.node.id).toContain('-[COOPERATES_WITH]->');
        expect(edge.node.evidence.length).toBeGreaterThan(0);
      }
      const jiading = edges.find((edge) => edge.other.id === 'district:jiading');
      expect(jiading?.direction).toBe('OUTGOING');
      expect(jiading?.node.evidence[0]).toMatchObject({
        quote: expect.stringContaining(
          'Wenzhou will deepen its comprehensive strategic cooperation with Jiading',
        ),
        section: 'Task Two',
        source: { kind: 'PRIMARY' },
      });
    },
  );

  example(
    'connection-path.graphql',
    ConnectionPathDocument,
    'connects Taizhou to Jiading through Wenzhou, each step with evidence',
    async () => {
      const { shortestPath } = await run(ConnectionPathDocument, {
        from: 'city:taizhou',
        to: 'district:jiading',
      });
      expect(shortestPath?.length).toBe(2);
      expect(ids(shortestPath?.nodes ?? [])).toEqual(['city:taizhou', 'city:wenzhou', 'district:jiading']);
      for (const relationship of shortestPath?.relationships ?? []) {
        expect([relationship.from.id, relationship.to.id]).toContain('city:wenzhou');
        expect(relationship.evidence[0]?.quote?.length).toBeGreaterThan(10);
      }
    },
  );

  example(
    'all-paths.graphql',
    AllPathsDocument,
    'lists the shortest paths, and the k shortest through cities and regions only',
    async () => {
      const all = await run(AllPathsDocument, { from: 'city:taizhou', to: 'district:jiading', first: 20 });
      expect(all.paths.length).toBeGreaterThan(0);
      expect(ids(all.paths[0]?.nodes ?? [])).toEqual(['city:taizhou', 'city:wenzhou', 'district:jiading']);
      expect(all.paths.every((path) => path.length === 2)).toBe(true);

      const k = await run(AllPathsDocument, {
        from: 'city:taizhou',
        to: 'district:jiading',
        mode: 'K_SHORTEST',
        throughKinds: ['CITY', 'REGION'],
        maxHops: 4,
        first: 4,
      });
      expect(k.paths.length).toBeGreaterThan(1);
      const lengths = k.paths.map((path) => path.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      for (const path of k.paths) {
        for (const node of path.nodes.slice(1, -1)) expect(['CITY', 'REGION']).toContain(node.kind);
        for (const relationship of path.relationships)
          expect(relationship.evidence.length).toBeGreaterThan(0);
      }
    },
  );

  example(
    'search.graphql',
    SearchDocument,
    'finds Jiading by a word beginning and Wenzhou by its Chinese name',
    async () => {
      const { search } = await run(SearchDocument, { query: 'jiad', first: 5 });
      expect(search[0]?.entity).toMatchObject({ id: 'district:jiading', __typename: 'District' });
      for (const hit of search) {
        expect(hit.score).toBeGreaterThan(0);
        expect(hit.score).toBeLessThanOrEqual(1);
      }
      const cities = await run(SearchDocument, { query: '温州', kinds: ['CITY'] });
      expect(cities.search.map((hit) => hit.entity.id)).toEqual(['city:wenzhou']);
    },
  );

  example(
    'neighborhood.graphql',
    NeighborhoodDocument,
    'caps each entity at perNodeLimit neighbours and reports what it left out',
    async () => {
      const capped = await run(NeighborhoodDocument, { id: 'city:wenzhou', perNodeLimit: 4 });
      const { nodes, relationships, omitted, truncated } = capped.neighborhood;
      expect(nodes).toHaveLength(5);
      expect(nodes[0]?.id).toBe('city:wenzhou');
      expect(truncated).toBe(false);
      expect(omitted).toEqual([{ entity: { id: 'city:wenzhou' }, count: expect.any(Number) }]);
      expect(omitted[0]?.count).toBeGreaterThan(10);
      const inside = new Set(ids(nodes));
      for (const relationship of relationships) {
        expect(inside.has(relationship.from.id) && inside.has(relationship.to.id)).toBe(true);
      }

      const cut = await run(NeighborhoodDocument, { id: 'district:jiading', depth: 2, limit: 3 });
      expect(cut.neighborhood.truncated).toBe(true);
      expect(cut.neighborhood.nodes).toHaveLength(3);
    },
  );

  example(
    'cooperation-network.graphql',
    CooperationNetworkDocument,
    "grows Wenzhou's cooperation network with counts that add up",
    async () => {
      const { network } = await run(CooperationNetworkDocument, { around: ['city:wenzhou'] });
      expect(ids(network.seeds)).toEqual(['city:wenzhou']);
      expect(ids(network.subgraph.nodes)).toEqual(
        expect.arrayContaining(['city:wenzhou', 'city:shanghai', 'city:taizhou', 'district:jiading']),
      );
      expect(network.relationshipsByType).toEqual([
        { type: 'COOPERATES_WITH', count: network.subgraph.relationships.length },
      ]);
      const kinds = network.entitiesByKind.reduce((sum, row) => sum + row.count, 0);
      expect(kinds).toBe(network.subgraph.nodes.length);
    },
  );

  example(
    'compare.graphql',
    CompareDocument,
    'finds that Taizhou and Jiading both cooperate with Wenzhou',
    async () => {
      const { compare } = await run(CompareDocument, { a: 'city:taizhou', b: 'district:jiading' });
      expect(compare.a.id).toBe('city:taizhou');
      expect(compare.b.id).toBe('district:jiading');
      expect(ids(compare.commonPartners)).toContain('city:wenzhou');
      expect(ids(compare.commonNeighbors)).toContain('city:wenzhou');
      expect(compare.commonTasks.every((task) => task.__typename === 'Task')).toBe(true);
    },
  );

  example(
    'entity-page.graphql',
    EntityPageDocument,
    "shows Wenzhou's place on the map and pages through all its relationships",
    async () => {
      type Page = NonNullable<EntityPageQuery['entity']>;
      const first = await run(EntityPageDocument, { id: 'city:wenzhou', first: 20 });
      const entity: Page | null = first.entity;
      if (entity?.__typename !== 'City') throw new Error(`expected a City, got ${entity?.__typename}`);
      // Narrowed by __typename: `location` exists only on places.
      expect(entity.location?.latitude).toBeCloseTo(28, 0);
      expect(entity.location?.longitude).toBeCloseTo(120.7, 0);
      expect(entity.province).toBe('Zhejiang');
      expect(entity.evidence.length).toBeGreaterThan(0);

      const seen: string[] = [];
      let page: Page['relationships'] = entity.relationships;
      for (;;) {
        seen.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        const next = await run(EntityPageDocument, {
          id: 'city:wenzhou',
          first: 20,
          after: page.pageInfo.endCursor,
        });
        page = next.entity!.relationships;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toHaveLength(entity.degree);
      expect(entity.degree).toBeGreaterThan(20);

      const unknown = await run(EntityPageDocument, { id: 'city:nowhere' });
      expect(unknown.entity).toBeNull();
    },
  );

  example(
    'list-entities.graphql',
    ListEntitiesDocument,
    'pages through every city with cursors, in id order',
    async () => {
      const cities: string[] = [];
      let after: string | null = null;
      const totalCounts = new Set<number>();
      do {
        const page: ListEntitiesQuery = await run(ListEntitiesDocument, { kinds: ['CITY'], first: 5, after });
        totalCounts.add(page.entities.totalCount);
        expect(page.entities.edges.length).toBeLessThanOrEqual(5);
        for (const { node } of page.entities.edges) {
          expect(node.kind).toBe('CITY');
          cities.push(node.id);
        }
        after = page.entities.pageInfo.hasNextPage ? page.entities.pageInfo.endCursor : null;
      } while (after !== null);
      // Every page counts all the cities, not just its own.
      expect([...totalCounts]).toEqual([cities.length]);
      expect(cities.length).toBeGreaterThan(5);
      expect(cities).toEqual([...cities].sort());
      expect(cities).toEqual(expect.arrayContaining(['city:wenzhou', 'city:shanghai', 'city:taizhou']));
    },
  );

  example(
    'dashboard.graphql',
    DashboardDocument,
    'counts the graph, ranks Wenzhou most connected and the tasks by initiatives',
    async () => {
      const { summary } = await run(DashboardDocument, { mostConnected: 5 });
      expect(summary.entitiesByKind.reduce((sum, row) => sum + row.count, 0)).toBe(summary.entityCount);
      expect(summary.relationshipsByType.reduce((sum, row) => sum + row.count, 0)).toBe(
        summary.relationshipCount,
      );
      expect(summary.mostConnected).toHaveLength(5);
      expect(summary.mostConnected[0]?.entity.id).toBe('city:wenzhou');
      const degrees = summary.mostConnected.map((row) => row.degree);
      expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
      expect(summary.tasksByInitiatives).toHaveLength(8);
      const counts = summary.tasksByInitiatives.map((row) => row.initiatives);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(summary.tasksByInitiatives.every((row) => row.task.__typename === 'Task')).toBe(true);
    },
  );

  example(
    'rail-circle.graphql',
    RailCircleDocument,
    "gives Wenzhou's 521 rail circle in 1, 2 and 5 hours, with the plan's words",
    async () => {
      const { entity } = await run(RailCircleDocument, {});
      const edges = entity?.relationships.edges ?? [];
      const hours = new Set(edges.map((edge) => edge.node.hours));
      expect([...hours].sort()).toEqual([1, 2, 5]);
      const beijing = edges.find((edge) => edge.other.id === 'city:beijing');
      expect(beijing?.node.hours).toBe(5);
      expect(beijing?.node.evidence[0]?.quote).toContain('5 hours to reach core cities like Beijing');
    },
  );

  example(
    'analytics.graphql',
    AnalyticsDocument,
    'scores the entities around Jiading, with communities and PageRanks that sum to 1',
    async () => {
      const { analytics } = await run(AnalyticsDocument, {
        selection: { around: ['district:jiading'], depth: 1 },
        first: 100,
      });
      expect(analytics.metrics).toHaveLength(analytics.nodeCount);
      expect(ids(analytics.metrics.map((row) => row.entity))).toEqual(
        expect.arrayContaining(['district:jiading', 'city:wenzhou']),
      );
      const pageRanks = analytics.metrics.map((row) => row.pageRank);
      expect(pageRanks).toEqual([...pageRanks].sort((a, b) => b - a));
      expect(pageRanks.reduce((sum, rank) => sum + rank, 0)).toBeCloseTo(1, 6);
      for (const row of analytics.metrics) {
        expect(row.community).toBeGreaterThanOrEqual(0);
        expect(row.community).toBeLessThan(analytics.communityCount);
      }
    },
  );

  example(
    'export-neighborhood.graphql',
    ExportNeighborhoodDocument,
    "exports Jiading's neighbourhood as a GEXF file for Gephi",
    async () => {
      const { neighborhood } = await run(ExportNeighborhoodDocument, { id: 'district:jiading' });
      const file = neighborhood.export;
      expect(file.format).toBe('GEXF');
      expect(file.fileName).toMatch(/\.gexf$/);
      expect(file.contentType).toMatch(/xml/);
      expect(file.content).toMatch(/^<\?xml/);
      expect(file.content).toContain('<gexf');
      expect(file.content).toContain('district:jiading');
      expect(file.content).toContain('city:wenzhou');
    },
  );

  /** The events of the bundled dataset that INVOLVE any of `ids`, in event order (worked out from the file). */
  const eventsInvolving = (dataset: Dataset, ids: readonly string[]) => {
    const involved = new Set(
      dataset.relationships.filter((r) => r.type === 'INVOLVES' && ids.includes(r.to)).map((r) => r.from),
    );
    return dataset.entities
      .filter((entity) => involved.has(entity.id))
      .sort((a, b) => compareText(eventSortKey(a), eventSortKey(b)));
  };

  example(
    'timeline.graphql',
    TimelineDocument,
    'lists the events about the Jiading park and Jiading from 2019, as the dataset states them',
    async () => {
      const dataset = await bundledDataset();
      const ids = ['park:wenzhou-jiading-sti-park', 'district:jiading'];
      const expected = eventsInvolving(dataset, ids).filter((event) =>
        eventInWindow(event.attributes.date!, '2019-01-01', null),
      );
      const { timeline } = await run(TimelineDocument, { ids, from: '2019', first: 20 });
      expect(timeline.totalCount).toBe(expected.length);
      expect(timeline.edges.map((edge) => edge.node.id)).toEqual(
        expected.slice(0, 20).map((event) => event.id),
      );
      expect(timeline.pageInfo.hasNextPage).toBe(expected.length > 20);
      for (const { node } of timeline.edges) {
        expect(ids.some((id) => node.involves.some((entity) => entity.id === id))).toBe(true);
        expect(node.evidence.some((item) => item.kind === 'CITED' && item.citation !== null)).toBe(true);
      }
    },
  );

  example(
    'plan-progress.graphql',
    PlanProgressDocument,
    "lists the plan's items and cooperations with their events and statuses",
    async () => {
      const dataset = await bundledDataset();
      const planId = 'plan:wenzhou-yrd-action-plan';
      const links = (type: string, to: ReadonlySet<string>) =>
        dataset.relationships.filter((r) => r.type === type && to.has(r.to)).map((r) => r.from);
      const kindOf = new Map(dataset.entities.map((entity) => [entity.id, entity.kind]));
      const tasks = new Set(links('PART_OF', new Set([planId])).filter((id) => kindOf.get(id) === 'TASK'));
      const items = [...new Set([...links('PART_OF_TASK', tasks), ...links('PART_OF', new Set([planId]))])]
        .filter((id) => kindOf.get(id) !== 'TASK' && kindOf.get(id) !== 'EVENT')
        .sort(compareText);
      const statusOf = (ids: string[]) => {
        const sets = ids.map((id) => new Set(eventsInvolving(dataset, [id]).map((event) => event.id)));
        const events = eventsInvolving(dataset, ids).filter((event) =>
          sets.every((set) => set.has(event.id)),
        );
        return progressStatusOf(events.map((event) => event.attributes.eventType as EventType));
      };
      const cooperations = dataset.relationships
        .filter(
          (r) =>
            r.type === 'COOPERATES_WITH' &&
            r.evidence.some(
              (item) => item.kind === 'QUOTED' && item.source === 'wenzhou-yrd-action-plan-2020',
            ),
        )
        .sort((a, b) => compareText(a.id, b.id));

      const { progress } = await run(PlanProgressDocument, { planId });
      expect(progress.items.map((item) => [item.entity.id, item.status])).toEqual(
        items.map((id) => [id, statusOf([id])]),
      );
      expect(items.length).toBeGreaterThan(50);
      expect(progress.cooperations.map((item) => [item.relationship.id, item.status])).toEqual(
        cooperations.map((r) => [r.id, statusOf([r.from, r.to])]),
      );
      expect(progress.cooperations.map((item) => item.relationship.id)).toContain(
        'city:wenzhou-[COOPERATES_WITH]->district:jiading',
      );
      expect(progress.counts.reduce((sum, row) => sum + row.count, 0)).toBe(
        items.length + cooperations.length,
      );
      expect(progress.truncated).toBe(false);
    },
  );

  it('tests every example file, and each holds one named operation with variables and a header', async () => {
    const files = (await readdir(EXAMPLES_DIR)).filter((name) => name.endsWith('.graphql')).sort();
    expect(files).toEqual([...covered.keys()].sort());
    for (const file of files) {
      const text = await readFile(new URL(file, EXAMPLES_DIR), 'utf8');
      expect(text.startsWith('# '), `${file} starts with a comment saying what it answers`).toBe(true);
      const operations = parse(text).definitions.filter((node) => node.kind === Kind.OPERATION_DEFINITION);
      expect(operations, `${file} holds one operation`).toHaveLength(1);
      const operation = operations[0]!;
      expect(operation.name?.value, `${file}'s operation is the generated document's`).toBe(
        operationName(covered.get(file)!),
      );
      expect(operation.variableDefinitions?.length, `${file} takes variables`).toBeGreaterThan(0);
    }
  });

  it('uses every fragment in examples/fragments', async () => {
    const fragmentsDir = new URL('fragments/', EXAMPLES_DIR);
    const defined: string[] = [];
    for (const file of await readdir(fragmentsDir)) {
      const text = await readFile(new URL(file, fragmentsDir), 'utf8');
      for (const node of parse(text).definitions) {
        expect(node.kind, `${file} holds only fragments`).toBe(Kind.FRAGMENT_DEFINITION);
        if (node.kind === Kind.FRAGMENT_DEFINITION) defined.push(node.name.value);
      }
    }
    const spread = new Set<string>();
    for (const document of covered.values())
      visit(document, { FragmentSpread: (node) => void spread.add(node.name.value) });
    expect(defined.filter((name) => !spread.has(name))).toEqual([]);
  });
});

function operationName(document: DocumentNode): string | undefined {
  const operation = document.definitions.find((node) => node.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
}
