import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MAX_RELATIONSHIP_ID_LENGTH, WRITE_LIMITS, WRITE_LIST_LIMITS } from '../../src/validation/index.js';

/**
 * docs/limits.md states the write limits a curator is held to; the code holds them in WRITE_LIMITS and
 * WRITE_LIST_LIMITS. Each limit is found in the table row that names its field, so a limit changed in
 * one place and not the other fails here.
 */

/** The start of the row of docs/limits.md that states each limit. */
const ROWS: Record<keyof typeof WRITE_LIMITS | `list.${keyof typeof WRITE_LIST_LIMITS}`, string> = {
  entityId: 'Entity id',
  sourceId: 'Source id',
  name: 'Entity `name`',
  alias: 'Each of `aliases`',
  description: '`description`',
  attributeText: 'Attribute text',
  section: 'Evidence `section`',
  quote: 'QUOTED `quote`',
  mention: "Each of a quote's `mentions`",
  note: 'CITED `note`',
  rationale: 'INFERRED `rationale`',
  reason: "A retraction's `reason`",
  sourceTitle: "A source's `title`",
  sourcePublisher: "A source's `publisher`",
  sourceUrl: "A source's `url`",
  sourceText: "A PRIMARY source's text",
  'list.aliases': "An entity's `aliases`",
  'list.evidence': "A record's `evidence` items",
  'list.basis': "An INFERRED item's `basis`",
  'list.mentions': "The entities a quote's `mentions` names",
};

/** The table cells of the row that begins with `label`, trimmed. */
function rowOf(markdown: string, label: string): string[] {
  const rows = markdown.split('\n').filter((line) => line.startsWith(`| ${label}`));
  expect(rows, label).toHaveLength(1);
  return rows[0]!
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

/** A cell's leading number, without its thousands separators: `2,000` is 2000. */
const leadingNumber = (cell: string) => Number(/^[\d,]+/.exec(cell)?.[0].replaceAll(',', ''));

describe('docs/limits.md', () => {
  it('states every write limit the code holds, with its value', async () => {
    const markdown = await readFile('docs/limits.md', 'utf8');
    const limits: Record<string, number> = {
      ...WRITE_LIMITS,
      ...Object.fromEntries(Object.entries(WRITE_LIST_LIMITS).map(([key, value]) => [`list.${key}`, value])),
    };
    expect(Object.keys(ROWS).sort()).toEqual(Object.keys(limits).sort());
    for (const [key, label] of Object.entries(ROWS)) {
      expect(leadingNumber(rowOf(markdown, label)[1]!), label).toBe(limits[key]);
    }
  });

  it('states the longest relationship id the code allows', async () => {
    const markdown = await readFile('docs/limits.md', 'utf8');
    expect(leadingNumber(rowOf(markdown, 'Relationship id')[1]!)).toBe(MAX_RELATIONSHIP_ID_LENGTH);
  });
});
