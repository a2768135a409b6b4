import type { AnalyticsInput, AnalyticsResult, EntityMetricsRecord } from '../analytics/index.js';
import type { ExportableSubgraph, ExportFile, ExportFormat, ExportOptions } from '../export/index.js';

/** Work the heavy-work thread does: writing an export, or analysing a subgraph. */
export type HeavyJob =
  | { kind: 'export'; subgraph: ExportableSubgraph; format: ExportFormat; options: ExportOptions }
  | { kind: 'analytics'; subgraph: AnalyticsInput };

/** What the thread sends back for a job; an analysis names each entity by id. */
export type HeavyReply =
  | { kind: 'export'; file: ExportFile }
  | ({ kind: 'analytics'; metrics: (Omit<EntityMetricsRecord, 'entity'> & { entityId: string })[] } & Omit<
      AnalyticsResult,
      'metrics'
    >);
