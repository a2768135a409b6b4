import { ExplorerAnalyticsDocument, type ExplorerAnalyticsQuery } from './generated/graphql.js';
import type { ExplorerGraph } from './graph-model.js';
import { sizeForDegree } from './graph-model.js';
import { requestGraphQL } from './graphql-client.js';
import { communityColor, kindColor, UNKNOWN_COLOR } from './palette.js';
import { queryShownGraph, type ShownGraph } from './shown-selection.js';

export type ColorBy = 'kind' | 'community';
export type SizeBy = 'degree' | 'pageRank' | 'betweenness';

type EntityMetricsData = ExplorerAnalyticsQuery['analytics']['metrics'][number];

/** Scores of the drawn entities from `Query.analytics`, by entity id. */
export type Metrics = ReadonlyMap<string, EntityMetricsData>;

/** Asks `analytics` about the drawn graph. */
export async function fetchMetrics(shown: ShownGraph): Promise<Metrics> {
  const data = await queryShownGraph(shown, (selection) =>
    requestGraphQL(ExplorerAnalyticsDocument, {
      selection,
      // Every scored entity: the fallback selection can be larger than the drawing.
      first: 5000,
    }),
  );
  return new Map(data.analytics.metrics.map((metric) => [metric.entity.id, metric]));
}

/** Whether this appearance needs `analytics`. */
export function needsMetrics(colorBy: ColorBy, sizeBy: SizeBy): boolean {
  return colorBy === 'community' || sizeBy !== 'degree';
}

/**
 * Sets every node's colour and size. Scores are scaled to the drawn graph: the highest PageRank or
 * betweenness gets the size of the most connected node would.
 */
export function applyAppearance(
  graph: ExplorerGraph,
  colorBy: ColorBy,
  sizeBy: SizeBy,
  metrics: Metrics,
): void {
  const scores = [...metrics.values()].map((metric) => (sizeBy === 'degree' ? 0 : metric[sizeBy]));
  const top = Math.max(...scores, Number.EPSILON);
  graph.updateEachNodeAttributes((node, attributes) => {
    const metric = metrics.get(node);
    const color =
      colorBy === 'kind'
        ? kindColor(attributes.kind)
        : metric
          ? communityColor(metric.community)
          : UNKNOWN_COLOR;
    const size =
      sizeBy === 'degree'
        ? sizeForDegree(attributes.degree)
        : 4 + 18 * Math.sqrt((metric?.[sizeBy] ?? 0) / top);
    return { ...attributes, color, size };
  });
}
