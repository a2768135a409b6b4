import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type {
  Dataset,
  EntityRecord,
  EvidenceRecord,
  RelationshipRecord,
  SourceRecord,
} from '../model/index.js';
import { deriveRelationshipId, KIND_ID_PREFIX, parseRelationshipId } from '../model/index.js';
import { DatasetError } from './dataset-error.js';
import {
  datasetFileSchema,
  entitiesFileSchema,
  entitySchema,
  relationshipSchema,
  relationshipsFileSchema,
} from './dataset-schema.js';

/**
 * Reads and validates a dataset directory (docs/dataset-format.md). Throws a `DatasetError` naming
 * the file, the record and the field of the first problem; returns records in file order.
 */
export async function loadDataset(directory: string): Promise<Dataset> {
  const header = parseWith(
    datasetFileSchema,
    await readYaml(directory, 'dataset.yaml'),
    'dataset.yaml',
    null,
  );
  const sourceTexts = new Map<string, string>();
  const sourceIds = new Set<string>();
  for (const source of header.sources) {
    if (sourceIds.has(source.id))
      throw new DatasetError('dataset.yaml', `source "${source.id}"`, 'id', 'duplicate id');
    sourceIds.add(source.id);
    if (source.kind !== 'PRIMARY') continue;
    if (!source.file) {
      throw new DatasetError(
        'dataset.yaml',
        `source "${source.id}"`,
        'file',
        'a PRIMARY source needs `file`',
      );
    }
    sourceTexts.set(source.id, await readText(directory, source.file, `source "${source.id}"`));
  }
  const sources: SourceRecord[] = header.sources.map((source) => ({
    id: source.id,
    kind: source.kind,
    title: source.title,
    publisher: source.publisher ?? null,
    published: source.published ?? null,
    url: source.url ?? null,
  }));
  const knownSources = new Set(sources.map((source) => source.id));
  const checkEvidence = (file: string, record: string, evidence: EvidenceRecord[]): void => {
    evidence.forEach((item, index) => {
      if (!knownSources.has(item.source)) {
        throw new DatasetError(file, record, `evidence[${index}].source`, `unknown source "${item.source}"`);
      }
      const text = sourceTexts.get(item.source);
      if (text !== undefined && !text.includes(item.quote)) {
        throw new DatasetError(
          file,
          record,
          `evidence[${index}].quote`,
          `the quote is not a verbatim part of source "${item.source}": "${truncate(item.quote)}"`,
        );
      }
    });
  };

  const entitiesFile = parseWith(
    entitiesFileSchema,
    await readYaml(directory, 'entities.yaml'),
    'entities.yaml',
    null,
  );
  const entities: EntityRecord[] = [];
  const entityIds = new Set<string>();
  entitiesFile.entities.forEach((raw, index) => {
    const label = recordLabel('entity', raw, index);
    const parsed = parseWith(entitySchema, raw, 'entities.yaml', label);
    const expectedPrefix = KIND_ID_PREFIX[parsed.kind];
    if (!parsed.id.startsWith(`${expectedPrefix}:`)) {
      throw new DatasetError(
        'entities.yaml',
        label,
        'id',
        `a ${parsed.kind} id starts with "${expectedPrefix}:"`,
      );
    }
    if (entityIds.has(parsed.id)) throw new DatasetError('entities.yaml', label, 'id', 'duplicate id');
    entityIds.add(parsed.id);
    const evidence = parsed.evidence.map(toEvidence);
    checkEvidence('entities.yaml', label, evidence);
    entities.push({
      id: parsed.id,
      kind: parsed.kind,
      name: parsed.name,
      aliases: parsed.aliases,
      description: parsed.description ?? null,
      attributes: parsed.attributes,
      evidence,
    });
  });

  const relationshipsFile = parseWith(
    relationshipsFileSchema,
    await readYaml(directory, 'relationships.yaml'),
    'relationships.yaml',
    null,
  );
  const relationships: RelationshipRecord[] = [];
  const relationshipIds = new Set<string>();
  relationshipsFile.relationships.forEach((raw, index) => {
    const parsed = parseWith(relationshipSchema, raw, 'relationships.yaml', `relationship #${index + 1}`);
    const id = parsed.id ?? deriveRelationshipId(parsed.from, parsed.type, parsed.to);
    const label = `relationship "${id}"`;
    const parts = parseRelationshipId(id);
    if (!parts || parts.from !== parsed.from || parts.to !== parsed.to || parts.type !== parsed.type) {
      throw new DatasetError(
        'relationships.yaml',
        label,
        'id',
        `must be "${deriveRelationshipId(parsed.from, parsed.type, parsed.to)}" or that with a #n suffix`,
      );
    }
    for (const end of ['from', 'to'] as const) {
      if (!entityIds.has(parsed[end])) {
        throw new DatasetError('relationships.yaml', label, end, `no entity has the id "${parsed[end]}"`);
      }
    }
    if (relationshipIds.has(id)) {
      throw new DatasetError(
        'relationships.yaml',
        label,
        'id',
        'duplicate id (give the second one a #2 suffix)',
      );
    }
    relationshipIds.add(id);
    const evidence = parsed.evidence.map(toEvidence);
    checkEvidence('relationships.yaml', label, evidence);
    relationships.push({
      id,
      type: parsed.type,
      from: parsed.from,
      to: parsed.to,
      properties: parsed.properties,
      evidence,
    });
  });

  return {
    id: header.id,
    title: header.title,
    sources,
    entities,
    relationships,
    sourceTexts: Object.fromEntries(sourceTexts),
  };
}

function toEvidence(item: {
  quote: string;
  section?: string | null | undefined;
  source: string;
}): EvidenceRecord {
  return { quote: item.quote, section: item.section ?? null, source: item.source };
}

function recordLabel(noun: string, raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `${noun} "${id}"` : `${noun} #${index + 1}`;
}

function parseWith<T extends z.ZodType>(
  schema: T,
  raw: unknown,
  file: string,
  record: string | null,
): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  );
  throw new DatasetError(file, record, field || null, issue.message);
}

async function readYaml(directory: string, file: string): Promise<unknown> {
  const text = await readText(directory, file, null);
  try {
    return parseYaml(text);
  } catch (error) {
    throw new DatasetError(file, null, null, `is not valid YAML: ${(error as Error).message}`);
  }
}

async function readText(directory: string, file: string, record: string | null): Promise<string> {
  try {
    return await readFile(path.resolve(directory, file), 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new DatasetError(
      record ? 'dataset.yaml' : file,
      record,
      record ? 'file' : null,
      `${reason} (${path.resolve(directory, file)})`,
    );
  }
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
