import { z } from 'zod';
import {
  deriveRelationshipId,
  ENTITY_ID_PATTERN,
  ENTITY_KINDS,
  ENTITY_STATUSES,
  ENTITY_ATTRIBUTE_KINDS,
  EVENT_ATTRIBUTE_KEYS,
  EVENT_TYPES,
  KIND_ID_PREFIX,
  kindOfEntityId,
  kindProblem,
  parseRelationshipId,
  RELATIONSHIP_PROPERTY_KINDS,
  RELATIONSHIP_TYPES,
} from '../model/index.js';
import { isIsoDate, startOfSpan, endOfSpan } from './iso-date.js';
import { nonEmpty, shapeOf, wellFormedText } from './value-schemas.js';

/**
 * The one schema of entities, relationships and evidence, for every way in: the dataset loader (a
 * YAML list item or a JSON Lines line), the importDataset mutation and the upsert mutations (which
 * build a record and check it here). What needs more than the record itself (the sources' texts, the
 * ids `basis` names) is in evidence-rules.ts.
 */

/** A quote needs at least this many words: a word or two states no fact. */
export const MIN_QUOTE_WORDS = 3;

export const entityIdSchema = z
  .string()
  .regex(ENTITY_ID_PATTERN, 'must look like `city:wenzhou` (lowercase, digits, hyphens)');

/** An entity id or a relationship id: what `basis` may name. */
const factId = z
  .string()
  .refine(
    (id) => ENTITY_ID_PATTERN.test(id) || parseRelationshipId(id) !== null,
    'must be an entity id (`city:wenzhou`) or a relationship id (`city:wenzhou-[PART_OF]->region:yrd`)',
  );

const sourceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a source id (kebab-case)');

const quoteText = wellFormedText.refine(
  (quote) => quote.trim().split(/\s+/).filter(Boolean).length >= MIN_QUOTE_WORDS,
  `must be at least ${MIN_QUOTE_WORDS} words: quote the clause that states the fact`,
);

const offset = z.number().int('must be a whole number').min(0, 'must be 0 or more');

const quotedSchema = z
  .strictObject({
    kind: z.literal('QUOTED'),
    source: sourceId,
    section: nonEmpty.nullish(),
    quote: quoteText,
    start: offset,
    end: offset,
    mentions: z.record(entityIdSchema, nonEmpty).optional(),
  })
  .refine((item) => item.end - item.start === item.quote.length, {
    message: 'must be start + the length of the quote',
    path: ['end'],
  });

const citedSchema = z.strictObject({
  kind: z.literal('CITED'),
  source: sourceId,
  section: nonEmpty.nullish(),
  note: nonEmpty.describe('what the cited source states, in our own words'),
});

const inferredSchema = z.strictObject({
  kind: z.literal('INFERRED'),
  // A record read back from a store carries these as null.
  source: z.null().optional(),
  section: z.null().optional(),
  rationale: nonEmpty,
  basis: z.array(factId).default([]),
});

export const evidenceSchema = z.discriminatedUnion('kind', [quotedSchema, citedSchema, inferredSchema], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? '`kind` must be QUOTED (with source, quote, start, end), CITED (with source, note) or INFERRED (with rationale, basis)'
      : undefined,
});

export type EvidenceInputRecord = z.output<typeof evidenceSchema>;

// Each attribute and property checked by the kind src/model/record-keys.ts declares for it.
const attributesSchema = shapeOf(ENTITY_ATTRIBUTE_KINDS);

export const entitySchema = z
  .strictObject({
    id: entityIdSchema,
    kind: z.enum(ENTITY_KINDS),
    name: nonEmpty,
    aliases: z.array(nonEmpty).default([]),
    description: nonEmpty.nullish(),
    status: z.enum(ENTITY_STATUSES).optional(),
    attributes: attributesSchema.default({}),
    evidence: z.array(evidenceSchema).min(1, 'every entity needs at least one evidence record'),
  })
  .superRefine((entity, context) => {
    const prefix = KIND_ID_PREFIX[entity.kind];
    if (!entity.id.startsWith(`${prefix}:`)) {
      context.addIssue({
        code: 'custom',
        path: ['id'],
        message: `must start with "${prefix}:", the prefix of ${entity.kind} ids`,
      });
    }
    checkEventFields(entity, context);
    entity.evidence.forEach((item, index) => {
      for (const key of Object.keys((item.kind === 'QUOTED' && item.mentions) || {})) {
        if (key !== entity.id) {
          context.addIssue({
            code: 'custom',
            path: ['evidence', index, 'mentions', key],
            message: `an entity's evidence mentions only the entity itself ("${entity.id}")`,
          });
        }
      }
    });
  });

/**
 * An EVENT is a reported fact of progress: it says when (`date`) and what (`eventType`), and cites the
 * report (at least one CITED record). The event attributes belong to events only.
 */
function checkEventFields(
  entity: {
    kind: (typeof ENTITY_KINDS)[number];
    attributes: Partial<Record<(typeof EVENT_ATTRIBUTE_KEYS)[number], unknown>>;
    evidence: { kind: string }[];
  },
  context: z.RefinementCtx,
): void {
  if (entity.kind !== 'EVENT') {
    for (const key of EVENT_ATTRIBUTE_KEYS) {
      if (entity.attributes[key] !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['attributes', key],
          message: `only an EVENT has \`${key}\` (this entity is a ${entity.kind})`,
        });
      }
    }
    return;
  }
  if (entity.attributes.date === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['attributes', 'date'],
      message: 'an EVENT needs its date, at the precision the report gives (2019, 2019-12 or 2019-12-16)',
    });
  }
  if (entity.attributes.eventType === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['attributes', 'eventType'],
      message: `an EVENT needs its eventType, one of ${EVENT_TYPES.join(', ')}`,
    });
  }
  if (!entity.evidence.some((item) => item.kind === 'CITED')) {
    context.addIssue({
      code: 'custom',
      path: ['evidence'],
      message: 'an EVENT needs at least one CITED record: the report it comes from, with a note in our words',
    });
  }
}

const propertiesSchema = shapeOf(RELATIONSHIP_PROPERTY_KINDS).refine(
  (properties) =>
    properties.validFrom === undefined ||
    properties.validTo === undefined ||
    !isIsoDate(properties.validFrom) ||
    !isIsoDate(properties.validTo) ||
    startOfSpan(properties.validFrom) <= endOfSpan(properties.validTo),
  { message: 'must not be before `validFrom`', path: ['validTo'] },
);

export const relationshipSchema = z
  .strictObject({
    id: z.string().optional(),
    type: z.enum(RELATIONSHIP_TYPES),
    from: entityIdSchema,
    to: entityIdSchema,
    properties: propertiesSchema.default({}),
    evidence: z.array(evidenceSchema).min(1, 'every relationship needs at least one evidence record'),
  })
  .superRefine((relationship, context) => {
    const derived = deriveRelationshipId(relationship.from, relationship.type, relationship.to);
    if (relationship.id !== undefined) {
      const parts = parseRelationshipId(relationship.id);
      if (
        !parts ||
        parts.from !== relationship.from ||
        parts.to !== relationship.to ||
        parts.type !== relationship.type
      ) {
        context.addIssue({
          code: 'custom',
          path: ['id'],
          message: `must be "${derived}" or that with a #n suffix`,
        });
      }
    }
    // The ends' kinds, read from their id prefixes, must be ones the type joins (RELATIONSHIP_RULES).
    // An unknown prefix names no entity; the check that the ends exist reports that.
    const fromKind = kindOfEntityId(relationship.from);
    const toKind = kindOfEntityId(relationship.to);
    const problem = fromKind && toKind ? kindProblem(relationship.type, fromKind, toKind) : null;
    if (problem) context.addIssue({ code: 'custom', path: [problem.end], message: problem.message });
    relationship.evidence.forEach((item, index) => {
      for (const key of Object.keys((item.kind === 'QUOTED' && item.mentions) || {})) {
        if (key !== relationship.from && key !== relationship.to) {
          context.addIssue({
            code: 'custom',
            path: ['evidence', index, 'mentions', key],
            message: `mentions name an end of the relationship ("${relationship.from}" or "${relationship.to}")`,
          });
        }
      }
    });
  });

/** The first issue of a failed parse as a field path (`evidence[0].quote`) and a message. */
export function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0]!;
  const field = issue.path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  );
  return { field, message: issue.message };
}
