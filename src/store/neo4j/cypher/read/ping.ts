import { asInteger, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** The cheapest round trip: does the server answer? */
export function pingQuery(): Statement<number> {
  return {
    text: 'RETURN 1 AS ok',
    parameters: {},
    decode: (record) => asInteger(readColumn(record, 'ok'), 'ok'),
  };
}
