import type { SourceRecord } from '../model/index.js';
import { characterCount, WRITE_LIMITS } from '../validation/index.js';
import { DatasetError } from './dataset-error.js';
import { datasetFileSchema } from './dataset-schema.js';
import { parseWithSchema } from './parse-with-schema.js';
import { readDatasetText, readYamlFile } from './read-dataset-file.js';

/** What dataset.yaml states: the dataset's id and title, its sources, and the PRIMARY sources' texts. */
export interface DatasetHeader {
  id: string;
  title: string;
  /** In file order. */
  sources: SourceRecord[];
  /** The text of each PRIMARY source, by source id: what quotes are checked against. */
  sourceTexts: Record<string, string>;
}

/** Reads and validates dataset.yaml and the source texts it names. */
export async function readDatasetHeader(directory: string): Promise<DatasetHeader> {
  const position = { file: 'dataset.yaml', line: null };
  const header = parseWithSchema(
    datasetFileSchema,
    await readYamlFile(directory, 'dataset.yaml'),
    position,
    null,
  );
  const sourceTexts: Record<string, string> = {};
  const sourceIds = new Set<string>();
  for (const source of header.sources) {
    const record = `source "${source.id}"`;
    if (sourceIds.has(source.id)) throw new DatasetError('dataset.yaml', record, 'id', 'duplicate id');
    sourceIds.add(source.id);
    if (source.kind !== 'PRIMARY') continue;
    if (!source.file) {
      throw new DatasetError('dataset.yaml', record, 'file', 'a PRIMARY source needs `file`');
    }
    const text = await readDatasetText(directory, source.file, {
      file: 'dataset.yaml',
      record,
      field: 'file',
    });
    // `Source.text` answers the whole text, and the query cost prices it at this length.
    const length = text.length <= WRITE_LIMITS.sourceText ? text.length : characterCount(text);
    if (length > WRITE_LIMITS.sourceText) {
      throw new DatasetError(
        'dataset.yaml',
        record,
        'file',
        `must be at most ${WRITE_LIMITS.sourceText} characters (${source.file} has ${length})`,
      );
    }
    sourceTexts[source.id] = text;
  }
  return {
    id: header.id,
    title: header.title,
    sources: header.sources.map((source) => ({
      id: source.id,
      kind: source.kind,
      title: source.title,
      publisher: source.publisher ?? null,
      published: source.published ?? null,
      url: source.url ?? null,
    })),
    sourceTexts,
  };
}
