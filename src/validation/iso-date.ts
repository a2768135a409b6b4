/**
 * ISO 8601 calendar dates at the precision a source gives: `2019`, `2019-06` or `2019-06-11`. A reduced
 * date stands for its whole span (the year, the month), which is how the time filters read it.
 */

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` naming a real calendar date (no 2021-02-29). */
export function isIsoDate(text: string): boolean {
  const match = PATTERN.exec(text);
  if (!match) return false;
  const [, , month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(match[1]), m);
}

/** The first day of the date's span as YYYY-MM-DD: `2019` gives 2019-01-01. */
export function startOfSpan(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day of the date's span as YYYY-MM-DD: `2025` gives 2025-12-31, `2024-02` gives 2024-02-29. */
export function endOfSpan(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const days = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    return `${date}-${String(days).padStart(2, '0')}`;
  }
  return date;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (months are 0-based). setUTCFullYear, not
  // Date.UTC, which reads years 0–99 as 1900–1999 (and 1900, unlike year 0, is no leap year).
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}
