import { BadInputError } from '../errors.js';
import { endOfSpan, isIsoDate, startOfSpan } from '../validation/index.js';
import type { TimeFilter } from '../store/index.js';

/** A time filter as a request gives it (GraphQL's `TimeFilter` input, `time.*` over HTTP). */
export interface TimeFilterInput {
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * A `TimeFilter` argument checked and normalised to full dates; null when absent or empty. `from` and
 * `to` may be reduced (`2020` is from 2020-01-01, or to 2020-12-31); `asOf` is a day.
 */
export function parseTimeFilter(input: TimeFilterInput | null | undefined): TimeFilter | null {
  if (!input) return null;
  const time: TimeFilter = { asOf: null, from: null, to: null };
  for (const key of ['asOf', 'from', 'to'] as const) {
    const value = input[key];
    if (value === null || value === undefined) continue;
    if (!isIsoDate(value) || (key === 'asOf' && value.length !== 10)) {
      const accepted =
        key === 'asOf' ? 'an ISO date such as 2025-12-31' : 'an ISO date such as 2025, 2025-06 or 2025-12-31';
      throw new BadInputError(`\`time.${key}\` must be ${accepted} (got "${value}").`, `time.${key}`);
    }
    time[key] = key === 'to' ? endOfSpan(value) : startOfSpan(value);
  }
  if (time.from !== null && time.to !== null && time.from > time.to) {
    throw new BadInputError(`\`time.from\` (${time.from}) is after \`time.to\` (${time.to}).`, 'time');
  }
  return time.asOf === null && time.from === null && time.to === null ? null : time;
}
