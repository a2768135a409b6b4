import { access } from 'node:fs/promises';
import path from 'node:path';
import { DatasetError } from './dataset-error.js';
import { entitiesFileSchema, eventsFileSchema, relationshipsFileSchema } from './dataset-schema.js';
import { readJsonLines } from './read-json-lines.js';
import { readYamlRecords } from './read-yaml-records.js';
import type { RawRecord } from './record-position.js';

/** The two record files of a dataset. */
export type RecordKind = 'entities' | 'relationships';

/**
 * The file a dataset's records of `kind` are read from: `<kind>.jsonl` when it exists, else
 * `<kind>.yaml`. Throws a DatasetError when neither does.
 */
export async function recordFileOf(directory: string, kind: RecordKind): Promise<string> {
  for (const file of [`${kind}.jsonl`, `${kind}.yaml`]) {
    if (await exists(path.join(directory, file))) return file;
  }
  const looked = path.resolve(directory, `${kind}.jsonl`);
  throw new DatasetError(`${kind}.jsonl`, null, null, `file not found (${looked}, nor ${kind}.yaml)`);
}

/**
 * The optional file of reported events (docs/dataset-format.md): EVENT entities and their INVOLVES
 * relationships, kept apart from the plan's records and read after them.
 */
export const EVENTS_FILE = 'events.yaml';

/**
 * The raw records of `kind`, in file order, not yet validated: streamed from JSON Lines, or parsed
 * whole from YAML; then those of the same kind in events.yaml, when the dataset has one.
 */
export async function* readRawRecords(directory: string, kind: RecordKind): AsyncGenerator<RawRecord> {
  yield* readRecordFile(directory, kind);
  yield* await readEventRecords(directory, kind);
}

/** The records of `kind` in events.yaml; none when the dataset has no such file. */
export async function readEventRecords(directory: string, kind: RecordKind): Promise<RawRecord[]> {
  if (!(await exists(path.join(directory, EVENTS_FILE)))) return [];
  return readYamlRecords(directory, EVENTS_FILE, kind, eventsFileSchema);
}

async function* readRecordFile(directory: string, kind: RecordKind): AsyncGenerator<RawRecord> {
  const file = await recordFileOf(directory, kind);
  if (file.endsWith('.jsonl')) {
    yield* readJsonLines(directory, file);
  } else if (kind === 'entities') {
    yield* await readYamlRecords(directory, file, 'entities', entitiesFileSchema);
  } else {
    yield* await readYamlRecords(directory, file, 'relationships', relationshipsFileSchema);
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
