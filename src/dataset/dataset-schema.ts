import { z } from 'zod';
import {
  ENTITY_ID_PATTERN,
  ENTITY_KINDS,
  RELATIONSHIP_STATUSES,
  RELATIONSHIP_TYPES,
  SOURCE_KINDS,
} from '../model/index.js';

/**
 * Zod schemas of the dataset files (docs/dataset-format.md): dataset.yaml, and one record of
 * entities/relationships (a list item in YAML, a line in JSON Lines). Cross-record rules (unique ids,
 * existing ends, verbatim quotes) live in entity-validator.ts and relationship-validator.ts.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');
const entityId = z
  .string()
  .regex(ENTITY_ID_PATTERN, 'must look like `city:wenzhou` (lowercase, digits, hyphens)');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const evidenceSchema = z.strictObject({
  quote: nonEmpty,
  section: nonEmpty.nullish(),
  source: nonEmpty,
});

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case'),
  kind: z.enum(SOURCE_KINDS),
  title: nonEmpty,
  publisher: nonEmpty.nullish(),
  published: isoDate.nullish(),
  url: z.url().nullish(),
  /** Relative to the dataset directory; required for PRIMARY sources. */
  file: nonEmpty.nullish(),
});

export const datasetFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case'),
  title: nonEmpty,
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
});

export const entitySchema = z.strictObject({
  id: entityId,
  kind: z.enum(ENTITY_KINDS),
  name: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  description: nonEmpty.nullish(),
  attributes: z
    .strictObject({
      province: nonEmpty.optional(),
      latitude: z.number().min(-90).max(90).optional(),
      longitude: z.number().min(-180).max(180).optional(),
      number: z.number().int().positive().optional(),
      year: z.number().int().min(1900).max(2200).optional(),
      title: nonEmpty.optional(),
    })
    .default({}),
  evidence: z.array(evidenceSchema).min(1, 'every entity needs at least one evidence record'),
});

export const entitiesFileSchema = z.strictObject({ entities: z.array(z.unknown()) });

export const relationshipSchema = z.strictObject({
  id: z.string().optional(),
  type: z.enum(RELATIONSHIP_TYPES),
  from: entityId,
  to: entityId,
  properties: z
    .strictObject({
      hours: z.number().positive().optional(),
      year: z.number().int().min(1900).max(2200).optional(),
      status: z.enum(RELATIONSHIP_STATUSES).optional(),
      validFrom: isoDate.optional(),
      validTo: isoDate.optional(),
      announced: isoDate.optional(),
    })
    .default({}),
  evidence: z.array(evidenceSchema).min(1, 'every relationship needs at least one evidence record'),
});

export const relationshipsFileSchema = z.strictObject({ relationships: z.array(z.unknown()) });
