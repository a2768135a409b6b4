import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The bundled dataset's YAML read as written, without the loader's schema: the fidelity checks look at
 * the evidence format of docs/data-fidelity.md (kinds, mentions, CITED and INFERRED records), which they
 * must see whether or not the loader of the day already accepts it.
 */

/** One evidence record as written. A record with a quote and no `kind` is QUOTED (the migration adds it). */
export interface RawEvidence {
  kind?: string;
  source?: string;
  section?: string;
  quote?: string;
  start?: number;
  end?: number;
  mentions?: Record<string, string>;
  note?: string;
  rationale?: string;
  basis?: string[];
}

export interface RawEntity {
  id: string;
  kind: string;
  name: string;
  status?: string;
  aliases?: string[];
  evidence: RawEvidence[];
}

export interface RawRelationship {
  id?: string;
  type: string;
  from: string;
  to: string;
  properties?: Record<string, unknown>;
  evidence: RawEvidence[];
}

export interface RawSource {
  id: string;
  kind: string;
  title: string;
  publisher?: string;
  published?: string;
  url?: string;
  file?: string;
}

export interface RawDataset {
  sources: RawSource[];
  /** The text of each source that has a file, by source id. */
  texts: Map<string, string>;
  entities: RawEntity[];
  relationships: RawRelationship[];
}

/** Reads dataset.yaml, entities.yaml, relationships.yaml and the source texts of `directory`. */
export async function readRawDataset(directory: string): Promise<RawDataset> {
  const read = (file: string) => readFile(path.join(directory, file), 'utf8');
  const header = parse(await read('dataset.yaml')) as { sources: RawSource[] };
  const texts = new Map<string, string>();
  for (const source of header.sources) {
    if (source.file) texts.set(source.id, await read(source.file));
  }
  const { entities } = parse(await read('entities.yaml')) as { entities: RawEntity[] };
  const { relationships } = parse(await read('relationships.yaml')) as { relationships: RawRelationship[] };
  return { sources: header.sources, texts, entities, relationships };
}

/** The id the loader derives for a relationship: `<from>-[<TYPE>]-><to>` unless it has its own. */
export function relationshipId(relationship: RawRelationship): string {
  return relationship.id ?? `${relationship.from}-[${relationship.type}]->${relationship.to}`;
}
