import { LimitExceededError } from '../../errors.js';
import { QUERY_LIMIT_NAMES } from './query-limits.js';

/** The refusal of an operation over the cost limit, wherever it is found (the early rule, the guards). */
export function overCostRefusal(requested: number, maxCost: number): LimitExceededError {
  return new LimitExceededError(
    `This query would cost ${requested} (limit ${maxCost}): lower \`first\` or \`limit\` values, or split the query.`,
    { name: QUERY_LIMIT_NAMES.cost, max: maxCost, requested },
  );
}
