import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import type { z } from 'zod';
import { DatasetError } from './dataset-error.js';
import { parseWithSchema } from './parse-with-schema.js';
import { readDatasetText } from './read-dataset-file.js';
import type { RawRecord } from './record-position.js';
import { assertYamlWithinDepth } from './yaml-depth.js';

/**
 * The records of a YAML file whose top level is one list (`entities:` or `relationships:`), each with
 * the line its list item starts on. YAML is parsed whole, so it suits hand-curated datasets; large ones
 * use JSON Lines (docs/dataset-format.md).
 */
export async function readYamlRecords<K extends string>(
  directory: string,
  file: string,
  key: K,
  fileSchema: z.ZodType<Record<K, unknown[]>>,
): Promise<RawRecord[]> {
  return recordsOfYamlText(await readDatasetText(directory, file), file, key, fileSchema);
}

/** The records of YAML text (a file's, or the `importDataset` mutation's), each with its line. */
export function recordsOfYamlText<K extends string>(
  text: string,
  file: string,
  key: K,
  fileSchema: z.ZodType<Record<K, unknown[]>>,
): RawRecord[] {
  assertYamlWithinDepth(text, file);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length > 0) {
    throw new DatasetError(file, null, null, `is not valid YAML: ${document.errors[0]!.message}`);
  }
  const parsed = parseWithSchema(fileSchema, valuesOf(document, file), { file, line: null }, null);
  const root = document.contents;
  const list = isMap(root) ? root.get(key, true) : undefined;
  const items = isSeq(list) ? list.items : [];
  return parsed[key].map((raw, index) => {
    const range = (items[index] as { range?: [number, number, number] } | undefined)?.range;
    const line = range ? lineCounter.linePos(range[0]).line : null;
    return { raw, position: { file, line, index } };
  });
}

/**
 * The document's values. The yaml library refuses to expand aliases past its `maxAliasCount` (a
 * "billion laughs" text: a few hundred bytes that would expand to millions of items) only here, when
 * it builds them, with a ReferenceError; that is the text's fault, so it is reported as bad YAML.
 */
function valuesOf(document: Document, file: string): unknown {
  try {
    return document.toJS();
  } catch (error) {
    throw new DatasetError(file, null, null, `is not valid YAML: ${(error as Error).message}`);
  }
}
