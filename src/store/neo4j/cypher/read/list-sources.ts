import type { SourceRecord } from '../../../../model/index.js';
import { sourceFrom } from '../decode/records.js';
import { readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** Every source, in the dataset's order. */
export function listSourcesQuery(): Statement<SourceRecord> {
  return {
    text: 'MATCH (s:Source) RETURN s {.id, .kind, .title, .publisher, .published, .url} AS source ORDER BY s.position',
    parameters: {},
    decode: (record) => sourceFrom(readColumn(record, 'source')),
  };
}
