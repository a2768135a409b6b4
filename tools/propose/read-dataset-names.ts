import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EntityKind } from '../../src/model/index.js';
import type { KnownEntity } from './gazetteer.js';
import { ProposeInputError } from './input-error.js';

/** The names and aliases of a YAML dataset's entities: the gazetteer of known entities. */
export async function readDatasetNames(datasetDir: string): Promise<KnownEntity[]> {
  let raw: string;
  try {
    raw = await readFile(join(datasetDir, 'entities.yaml'), 'utf8');
  } catch {
    throw new ProposeInputError(
      `--dataset ${datasetDir}: no entities.yaml there. Give a dataset directory (docs/dataset-format.md) or --dataset none.`,
    );
  }
  const file = parse(raw) as {
    entities?: Array<{ id: string; kind: EntityKind; name: string; aliases?: string[] }>;
  };
  return (file.entities ?? []).map((entity) => ({
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases ?? [],
  }));
}
