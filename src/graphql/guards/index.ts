export { checkOperationLimits, type OperationLimits } from './check-operation-limits.js';
export { computeQueryCost, type QueryCostInput } from './compute-query-cost.js';
export { estimateFieldCost } from './estimate-field-cost.js';
export { measureOperation, type OperationMeasure } from './measure-operation.js';
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
