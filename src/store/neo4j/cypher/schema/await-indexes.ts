import { ignoreRow, type Statement } from '../statement.js';

/** Waits (up to 300 s) until every index is online. */
export function awaitIndexesQuery(): Statement<void> {
  return { text: 'CALL db.awaitIndexes(300)', parameters: {}, decode: ignoreRow };
}
