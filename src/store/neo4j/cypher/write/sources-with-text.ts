import type { SourceRecord } from '../../../../model/index.js';
import { sourceFrom } from '../decode/records.js';
import { asMap, asNullableString, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** Every source with its held text (null without one): what a write checks evidence against. */
export function sourcesWithTextQuery(): Statement<{ source: SourceRecord; text: string | null }> {
  return {
    text: 'MATCH (s:Source) RETURN s {.id, .kind, .title, .publisher, .published, .url, .text} AS source',
    parameters: {},
    decode: (record) => {
      const source = readColumn(record, 'source');
      return {
        source: sourceFrom(source),
        text: asNullableString(asMap(source, 'source')['text'], 'source.text'),
      };
    },
  };
}
