import { asNullableString, asString, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** The held text of some sources (null for a source without one). */
export function sourceTextsQuery(ids: readonly string[]): Statement<{ id: string; text: string | null }> {
  return {
    text: 'MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, s.text AS text',
    parameters: { ids: [...ids] },
    decode: (record) => ({
      id: asString(readColumn(record, 'id'), 'id'),
      text: asNullableString(readColumn(record, 'text'), 'text'),
    }),
  };
}
