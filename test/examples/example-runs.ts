import type { DocumentNode } from 'graphql';
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
} from '@yrd-graph/client';

/** One run of an example operation: the file it comes from, its document and the variables to send. */
export interface ExampleRun {
  file: string;
  document: DocumentNode;
  variables: Record<string, unknown>;
  /** For a paged example: the variables of the next page, read from this page's data. */
  nextPage?: (data: unknown) => Record<string, unknown>;
}

interface PageInfo {
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** The variables of the page after `page`, failing loudly when there is none (the runs expect one). */
function after(variables: Record<string, unknown>, page: PageInfo | undefined): Record<string, unknown> {
  if (!page?.pageInfo.hasNextPage) throw new Error('expected a next page');
  return { ...variables, after: page.pageInfo.endCursor };
}

const ENTITY_PAGE = { id: 'city:wenzhou', first: 20 };
const CITIES = { kinds: ['CITY'], first: 5 };
const WENZHOU_EVENTS = { ids: ['city:wenzhou'], from: '2019', first: 5 };

/**
 * Every example operation with the variables test/examples/examples.test.ts runs it with: 19 runs,
 * and with the second page of the three paged examples, 22.
 */
export const EXAMPLE_RUNS: readonly ExampleRun[] = [
  { file: 'wenzhou-partners.graphql', document: WenzhouPartnersDocument, variables: {} },
  {
    file: 'connection-path.graphql',
    document: ConnectionPathDocument,
    variables: { from: 'city:taizhou', to: 'district:jiading' },
  },
  {
    file: 'all-paths.graphql',
    document: AllPathsDocument,
    variables: { from: 'city:taizhou', to: 'district:jiading', first: 20 },
  },
  {
    file: 'all-paths.graphql',
    document: AllPathsDocument,
    variables: {
      from: 'city:taizhou',
      to: 'district:jiading',
      mode: 'K_SHORTEST',
      throughKinds: ['CITY', 'REGION'],
      maxHops: 4,
      first: 4,
    },
  },
  { file: 'search.graphql', document: SearchDocument, variables: { query: 'jiad', first: 5 } },
  { file: 'search.graphql', document: SearchDocument, variables: { query: '温州', kinds: ['CITY'] } },
  {
    file: 'neighborhood.graphql',
    document: NeighborhoodDocument,
    variables: { id: 'city:wenzhou', perNodeLimit: 4 },
  },
  {
    file: 'neighborhood.graphql',
    document: NeighborhoodDocument,
    variables: { id: 'district:jiading', depth: 2, limit: 3 },
  },
  {
    file: 'cooperation-network.graphql',
    document: CooperationNetworkDocument,
    variables: { around: ['city:wenzhou'] },
  },
  {
    file: 'compare.graphql',
    document: CompareDocument,
    variables: { a: 'city:taizhou', b: 'district:jiading' },
  },
  {
    file: 'entity-page.graphql',
    document: EntityPageDocument,
    variables: ENTITY_PAGE,
    nextPage: (data) =>
      after(ENTITY_PAGE, (data as { entity?: { relationships: PageInfo } }).entity?.relationships),
  },
  { file: 'entity-page.graphql', document: EntityPageDocument, variables: { id: 'city:nowhere' } },
  {
    file: 'list-entities.graphql',
    document: ListEntitiesDocument,
    variables: CITIES,
    nextPage: (data) => after(CITIES, (data as { entities: PageInfo }).entities),
  },
  { file: 'dashboard.graphql', document: DashboardDocument, variables: { mostConnected: 5 } },
  { file: 'rail-circle.graphql', document: RailCircleDocument, variables: {} },
  {
    file: 'analytics.graphql',
    document: AnalyticsDocument,
    variables: { selection: { around: ['district:jiading'], depth: 1 }, first: 100 },
  },
  {
    file: 'export-neighborhood.graphql',
    document: ExportNeighborhoodDocument,
    variables: { id: 'district:jiading' },
  },
  {
    file: 'timeline.graphql',
    document: TimelineDocument,
    variables: WENZHOU_EVENTS,
    nextPage: (data) => after(WENZHOU_EVENTS, (data as { timeline: PageInfo }).timeline),
  },
  {
    file: 'plan-progress.graphql',
    document: PlanProgressDocument,
    variables: { planId: 'plan:wenzhou-yrd-action-plan' },
  },
];
