import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EntityKind, RelationshipType } from '../../../src/model/index.js';
import type { KnownEntity } from '../gazetteer.js';

/** A curated entity with the spans of the source its QUOTED evidence covers. */
export interface CuratedEntity extends KnownEntity {
  readonly quotedSpans: ReadonlyArray<readonly [number, number]>;
}

/** A curated relationship, and whether a quote of the source backs it. */
export interface CuratedRelationship {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly documentBacked: boolean;
}

/** The curated dataset the tool is measured against, and the text of the source it quotes. */
export interface CuratedDataset {
  readonly text: string;
  readonly entities: readonly CuratedEntity[];
  readonly relationships: readonly CuratedRelationship[];
}

interface RawEvidence {
  kind?: string;
  source?: string;
  quote?: string;
  start?: number;
  end?: number;
}

/**
 * Reads a YAML dataset (docs/dataset-format.md) for the evaluation: the entities and relationships
 * and the text of `sourceId`. A QUOTED record is one with `kind: QUOTED`, or, before the evidence
 * migration, a `quote` without a kind; its span is its `start`/`end`, else the first occurrence of
 * the quote in the text (the migration's rule).
 */
export async function readCurated(
  datasetDir: string,
  sourceId: string,
  sourceFile: string,
): Promise<CuratedDataset> {
  const text = await readFile(join(datasetDir, sourceFile), 'utf8');
  const entitiesFile = parse(await readFile(join(datasetDir, 'entities.yaml'), 'utf8')) as {
    entities: Array<Record<string, unknown>>;
  };
  const relationshipsFile = parse(await readFile(join(datasetDir, 'relationships.yaml'), 'utf8')) as {
    relationships: Array<Record<string, unknown>>;
  };
  const quotedSpans = (evidence: unknown): Array<[number, number]> =>
    ((evidence as RawEvidence[] | undefined) ?? [])
      .filter(
        (record) =>
          record.source === sourceId &&
          record.quote !== undefined &&
          (record.kind === undefined || record.kind === 'QUOTED'),
      )
      .map((record): [number, number] => {
        if (record.start !== undefined && record.end !== undefined) return [record.start, record.end];
        const at = text.indexOf(record.quote!);
        return [at, at + record.quote!.length];
      })
      .filter(([start]) => start >= 0);
  return {
    text,
    entities: entitiesFile.entities.map((entity) => ({
      id: entity.id as string,
      kind: entity.kind as EntityKind,
      name: entity.name as string,
      aliases: (entity.aliases as string[] | undefined) ?? [],
      quotedSpans: quotedSpans(entity.evidence),
    })),
    relationships: relationshipsFile.relationships.map((relationship) => ({
      type: relationship.type as RelationshipType,
      from: relationship.from as string,
      to: relationship.to as string,
      documentBacked: quotedSpans(relationship.evidence).length > 0,
    })),
  };
}
