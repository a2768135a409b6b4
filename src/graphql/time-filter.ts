import { BadInputError } from '../errors.js';
import type { TimeFilter } from '../store/index.js';
import type { TimeFilter as TimeFilterInput } from './generated/resolvers-types.js';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A `TimeFilter` argument checked and normalised; null when absent or empty. */
export function parseTimeFilter(input: TimeFilterInput | null | undefined): TimeFilter | null {
  if (!input) return null;
  const time: TimeFilter = { asOf: null, from: null, to: null };
  for (const key of ['asOf', 'from', 'to'] as const) {
    const value = input[key];
    if (value === null || value === undefined) continue;
    if (!ISO_DATE.test(value)) {
      throw new BadInputError(
        `\`time.${key}\` must be an ISO date such as 2025-12-31 (got "${value}").`,
        `time.${key}`,
      );
    }
    time[key] = value;
  }
  if (time.from !== null && time.to !== null && time.from > time.to) {
    throw new BadInputError(`\`time.from\` (${time.from}) is after \`time.to\` (${time.to}).`, 'time');
  }
  return time.asOf === null && time.from === null && time.to === null ? null : time;
}
