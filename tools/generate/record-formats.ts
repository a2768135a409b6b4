import { entityJsonLine, relationshipJsonLine } from './json-lines-records.js';
import {
  entityYaml,
  relationshipYaml,
  type GeneratedEntity,
  type GeneratedRelationship,
} from './yaml-records.js';

/** The formats the generator writes records in (docs/dataset-format.md). */
export const DATASET_FORMATS = ['jsonl', 'yaml'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** How one format lays out the two record files. */
export interface RecordFormat {
  /** `entities.<extension>`, `relationships.<extension>`. */
  extension: DatasetFormat;
  /** What a record file starts with, before its first record. */
  preamble(kind: 'entities' | 'relationships', datasetId: string): string;
  entity(entity: GeneratedEntity): string;
  relationship(relationship: GeneratedRelationship): string;
}

export const RECORD_FORMATS: Readonly<Record<DatasetFormat, RecordFormat>> = {
  // JSON Lines has no comments and no top-level key: the file is its records.
  jsonl: {
    extension: 'jsonl',
    preamble: () => '',
    entity: entityJsonLine,
    relationship: relationshipJsonLine,
  },
  yaml: {
    extension: 'yaml',
    preamble: (kind, datasetId) =>
      `# ${kind === 'entities' ? 'Entities' : 'Relationships'} of ${datasetId}.\n${kind}:\n`,
    entity: entityYaml,
    relationship: relationshipYaml,
  },
};
