import { asList, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';
import { countFrom } from './count-entities.js';

/**
 * A list statement and its count statement as one: the page (collected in its order) and the count,
 * each in its own subquery, so an empty page still brings its count. The list's `column` is
 * collected, so its values are read with `item` (the list's own decoder reads whole rows).
 */
export function withTotalCount<Item>(
  list: Statement<Item>,
  count: Statement<number>,
  column: string,
  item: (value: unknown, what: string) => Item,
): Statement<{ items: Item[]; count: number }> {
  const indent = (text: string, by: string) => text.replaceAll('\n', `\n${by}`);
  return {
    text: `CALL () {
  CALL () {
    ${indent(list.text, '    ')}
  }
  RETURN collect(${column}) AS items
}
CALL () {
  ${indent(count.text, '  ')}
}
RETURN items, count`,
    parameters: { ...list.parameters, ...count.parameters },
    decode: (record) => ({
      items: asList(readColumn(record, 'items'), 'items', item),
      count: countFrom(record),
    }),
  };
}
