export {
  checkDocumentBytes,
  checkDocumentLimits,
  checkOutlineLimits,
  type DocumentLimits,
} from './check-document-limits.js';
export { checkQueryText, type QueryTextLimits } from './check-query-text.js';
export { checkOperationLimits, type OperationLimits } from './check-operation-limits.js';
export {
  createRepeatedSelectionCounter,
  type RepeatedSelectionCounter,
} from './count-repeated-selections.js';
export {
  createDocumentCache,
  DEFAULT_DOCUMENT_CACHE_BYTES,
  estimateDocumentBytes,
} from './document-cache.js';
export { createDocumentLimitsRule } from './document-limits-rule.js';
export { createEarlyCostRule } from './early-cost-rule.js';
export { createFixedCosts } from './fixed-costs.js';
export {
  outlineDocument,
  type DocumentOutline,
  type OutlineDefinition,
  type OutlineItem,
  type OutlineSet,
} from './document-outline.js';
export { computeQueryCost, type QueryCostInput } from './compute-query-cost.js';
export { estimateFieldCost } from './estimate-field-cost.js';
export {
  createDefinitionMeasurer,
  type DefinitionMeasurer,
  type OperationMeasure,
} from './measure-operation.js';
export { scanDocumentOutline, type ScanResult } from './scan-document-outline.js';
export {
  queryGuardsPlugin,
  type QueryCostExtension,
  type QueryGuardsOptions,
} from './query-guards-plugin.js';
export { DEFAULT_REQUEST_TIMEOUT_MS, QUERY_LIMIT_NAMES, QUERY_LIMITS } from './query-limits.js';
export {
  createRequestDeadline,
  type RequestDeadline,
  type RequestDeadlineOptions,
} from './request-deadline.js';
