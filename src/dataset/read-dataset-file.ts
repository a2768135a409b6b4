import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DatasetError } from './dataset-error.js';
import { assertYamlWithinDepth } from './yaml-depth.js';

/**
 * The text of a file of the dataset. A missing file is reported against `owner` when another record
 * names it (a source's `file` in dataset.yaml), else against the file itself.
 */
export async function readDatasetText(
  directory: string,
  file: string,
  owner: { file: string; record: string; field: string } | null = null,
): Promise<string> {
  try {
    return await readFile(path.resolve(directory, file), 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    const problem = `${reason} (${path.resolve(directory, file)})`;
    throw owner
      ? new DatasetError(owner.file, owner.record, owner.field, problem)
      : new DatasetError(file, null, null, problem);
  }
}

/** A whole YAML file of the dataset, parsed. */
export async function readYamlFile(directory: string, file: string): Promise<unknown> {
  const text = await readDatasetText(directory, file);
  assertYamlWithinDepth(text, file);
  try {
    return parseYaml(text);
  } catch (error) {
    throw new DatasetError(file, null, null, `is not valid YAML: ${(error as Error).message}`);
  }
}
