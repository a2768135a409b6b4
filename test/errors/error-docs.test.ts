import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HTTP_STATUS_BY_CODE } from '../../src/errors.js';

/** The rows `| \`CODE\` | status | … |` of the errors table in docs/api.md. */
function documentedStatuses(): Record<string, number> {
  const text = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
  const section = text.slice(text.indexOf('## Errors'));
  const rows = [...section.matchAll(/^\| `([A-Z_]+)` +\| (\d{3}) +\|/gm)];
  return Object.fromEntries(rows.map(([, code, status]) => [code!, Number(status)]));
}

describe('the errors table for front-end teams (docs/api.md)', () => {
  it('lists every code once, with the status of HTTP_STATUS_BY_CODE', () => {
    expect(documentedStatuses()).toEqual(HTTP_STATUS_BY_CODE);
  });
});
