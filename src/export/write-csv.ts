// Spreadsheets run a cell that starts with one of these as a formula (CSV injection); OWASP's
// advice is to make such text cells inert with a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: text starting like a formula gets a leading `'`; then, per RFC 4180, a cell holding a
 * comma, a double quote or a line break is quoted with its quotes doubled. Numbers and booleans are
 * written as they are; null and undefined as an empty cell.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** What a CSV cell can be given. */
export type CsvValue = string | number | boolean | null | undefined;

/** An RFC 4180 CSV document: the header row, then one row per record, each line ended by CRLF. */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
