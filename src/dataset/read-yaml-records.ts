import type { z } from 'zod';
import { parseWithSchema } from './parse-with-schema.js';
import { readYamlFile } from './read-dataset-file.js';
import type { RawRecord } from './record-position.js';

/**
 * The records of a YAML file whose top level is one list (`entities:` or `relationships:`). YAML is
 * parsed whole, so it suits hand-curated datasets; large ones use JSON Lines (docs/dataset-format.md).
 */
export async function readYamlRecords<K extends string>(
  directory: string,
  file: string,
  key: K,
  fileSchema: z.ZodType<Record<K, unknown[]>>,
): Promise<RawRecord[]> {
  const parsed = parseWithSchema(fileSchema, await readYamlFile(directory, file), { file, line: null }, null);
  return parsed[key].map((raw, index) => ({ raw, position: { file, line: null, index } }));
}
