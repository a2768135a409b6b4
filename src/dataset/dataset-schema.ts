import { z } from 'zod';
import { SOURCE_KINDS } from '../model/index.js';
import { atMostCharacters, isoDateSchema, nonEmpty, WRITE_LIMITS } from '../validation/index.js';

/**
 * Zod schemas of the dataset files (docs/dataset-format.md): dataset.yaml, and one record of
 * entities/relationships (a list item in YAML, a line in JSON Lines). The record schemas are src/validation's, shared with
 * imports and curation. Cross-record rules (unique ids, existing ends, quotes at their offsets, basis
 * ids) live in entity-validator.ts, relationship-validator.ts and evidence-check.ts.
 */

export { entitySchema, evidenceSchema, relationshipSchema } from '../validation/index.js';

export const sourceSchema = z.strictObject({
  // Evidence names a source by this id, held to the same length (src/validation).
  id: z
    .string()
    .superRefine(atMostCharacters(WRITE_LIMITS.sourceId))
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case'),
  kind: z.enum(SOURCE_KINDS, {
    error: (issue) =>
      issue.input === 'CURATED'
        ? 'CURATED sources are retired: run `npm run migrate:evidence` (facts become CITED or INFERRED)'
        : `must be one of ${SOURCE_KINDS.join(', ')}`,
  }),
  title: nonEmpty.superRefine(atMostCharacters(WRITE_LIMITS.sourceTitle)),
  publisher: nonEmpty.superRefine(atMostCharacters(WRITE_LIMITS.sourcePublisher)).nullish(),
  published: isoDateSchema.nullish(),
  url: z.url().superRefine(atMostCharacters(WRITE_LIMITS.sourceUrl)).nullish(),
  /** Relative to the dataset directory; required for PRIMARY sources. */
  file: nonEmpty.nullish(),
});

export const datasetFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case'),
  title: nonEmpty,
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
});

export const entitiesFileSchema = z.strictObject({ entities: z.array(z.unknown()) });

export const relationshipsFileSchema = z.strictObject({ relationships: z.array(z.unknown()) });

/** events.yaml: events and the INVOLVES links, in the two lists of the other record files. */
export const eventsFileSchema = z.strictObject({
  entities: z.array(z.unknown()).default([]),
  relationships: z.array(z.unknown()).default([]),
});
