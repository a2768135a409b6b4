import { z } from 'zod';
import {
  ATTRIBUTE_CARRIERS,
  deriveRelationshipId,
  ENTITY_ID_PATTERN,
  ENTITY_KINDS,
  ENTITY_STATUSES,
  ENTITY_ATTRIBUTE_KEYS,
  ENTITY_ATTRIBUTE_KINDS,
  EVENT_TYPES,
  KIND_ID_PREFIX,
  kindOfEntityId,
  kindProblem,
  parseRelationshipId,
  RELATIONSHIP_PROPERTY_KINDS,
  RELATIONSHIP_TYPES,
  type EntityKind,
} from '../model/index.js';
import { isIsoDate, startOfSpan, endOfSpan } from './iso-date.js';
import {
  atMostCharacters,
  atMostItems,
  boundedText,
  distinctItems,
  oneLineText,
  shapeOf,
  wellFormedText,
} from './value-schemas.js';
import { MAX_RELATIONSHIP_ID_LENGTH, WRITE_LIMITS, WRITE_LIST_LIMITS } from './write-limits.js';

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
  .superRefine(atMostCharacters(WRITE_LIMITS.entityId))
  .regex(ENTITY_ID_PATTERN, 'must look like `city:wenzhou` (lowercase, digits, hyphens)');

/** An entity id or a relationship id: what `basis` may name. */
const factId = z
  .string()
  .superRefine(atMostCharacters(MAX_RELATIONSHIP_ID_LENGTH))
  .refine(
    (id) => ENTITY_ID_PATTERN.test(id) || parseRelationshipId(id) !== null,
    'must be an entity id (`city:wenzhou`) or a relationship id (`city:wenzhou-[PART_OF]->region:yrd`)',
  );

const sourceId = z
  .string()
  .superRefine(atMostCharacters(WRITE_LIMITS.sourceId))
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a source id (kebab-case)');

const quoteText = wellFormedText
  .refine(
    (quote) => quote.trim().split(/\s+/).filter(Boolean).length >= MIN_QUOTE_WORDS,
    `must be at least ${MIN_QUOTE_WORDS} words: quote the clause that states the fact`,
  )
  .superRefine(atMostCharacters(WRITE_LIMITS.quote));

const sectionText = boundedText(WRITE_LIMITS.section);

const offset = z.number().int('must be a whole number').min(0, 'must be 0 or more');

/** What a mention keyed by anything but an entity id is told: what entityIdSchema says of it. */
const mentionKeyProblem = (key: string) => entityIdSchema.safeParse(key).error?.issues[0]?.message;

/**
 * A quote's mentions: the words of the quote (value) that name each entity (key). A key
 * `__proto__` (JSON, YAML and GraphQL input can all give one) is no entity id, but z.record passes it
 * over without a word, to keep it off the prototype of the object it builds, and the mention would
 * be lost: it is refused here, before, as any other key that is not an entity id is.
 */
export const mentionsSchema = z
  .unknown()
  .superRefine((mentions, context) => {
    if (typeof mentions !== 'object' || mentions === null || !Object.hasOwn(mentions, '__proto__')) return;
    context.addIssue({ code: 'custom', path: ['__proto__'], message: mentionKeyProblem('__proto__') });
  })
  .pipe(
    z
      .record(entityIdSchema, boundedText(WRITE_LIMITS.mention), {
        error: (issue) => (issue.code === 'invalid_key' ? mentionKeyProblem(String(issue.input)) : undefined),
      })
      .superRefine(atMostItems(WRITE_LIST_LIMITS.mentions)),
  );

const quotedSchema = z
  .strictObject({
    kind: z.literal('QUOTED'),
    source: sourceId,
    section: sectionText.nullish(),
    quote: quoteText,
    start: offset,
    end: offset,
    mentions: mentionsSchema.optional(),
  })
  .refine((item) => item.end - item.start === item.quote.length, {
    message: 'must be start + the length of the quote',
    path: ['end'],
  });

const citedSchema = z.strictObject({
  kind: z.literal('CITED'),
  source: sourceId,
  section: sectionText.nullish(),
  note: boundedText(WRITE_LIMITS.note).describe('what the cited source states, in our own words'),
});

const BASIS_MESSAGE =
  'must name at least one entity or relationship the inference is drawn from (its id); what no fact of the graph supports is CITED from a source instead';

const inferredSchema = z.strictObject({
  kind: z.literal('INFERRED'),
  // A record read back from a store carries these as null.
  source: z.null().optional(),
  section: z.null().optional(),
  rationale: boundedText(WRITE_LIMITS.rationale),
  // An inference with nothing to rest on is an assertion without a source: it names what it is read from.
  basis: z
    .array(factId, {
      error: (issue) => (issue.input === undefined ? BASIS_MESSAGE : undefined),
    })
    .min(1, BASIS_MESSAGE)
    .superRefine(atMostItems(WRITE_LIST_LIMITS.basis)),
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
    name: oneLineText(WRITE_LIMITS.name),
    aliases: z
      .array(oneLineText(WRITE_LIMITS.alias))
      .superRefine(atMostItems(WRITE_LIST_LIMITS.aliases))
      .superRefine(distinctItems)
      .default([]),
    description: boundedText(WRITE_LIMITS.description).nullish(),
    status: z.enum(ENTITY_STATUSES).optional(),
    attributes: attributesSchema.default({}),
    evidence: z
      .array(evidenceSchema)
      .min(1, 'every entity needs at least one evidence record')
      .superRefine(atMostItems(WRITE_LIST_LIMITS.evidence)),
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
    checkAttributeCarriers(entity, context);
    checkCoordinatePair(entity.attributes, context);
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
 * Each attribute belongs to the kinds src/model declares for it (ATTRIBUTE_CARRIERS): a task's
 * number on a city, or a date on a park, is refused where no query would show it.
 */
function checkAttributeCarriers(
  entity: { kind: EntityKind; attributes: Partial<Record<keyof typeof ATTRIBUTE_CARRIERS, unknown>> },
  context: z.RefinementCtx,
): void {
  for (const key of ENTITY_ATTRIBUTE_KEYS) {
    const carriers = ATTRIBUTE_CARRIERS[key];
    if (entity.attributes[key] === undefined || carriers.includes(entity.kind)) continue;
    context.addIssue({
      code: 'custom',
      path: ['attributes', key],
      message: `only ${withArticle(carriers)} has \`${key}\` (this entity is ${withArticle([entity.kind])})`,
    });
  }
}

/**
 * A latitude goes with a longitude. Why: GraphQL's `location` is the pair or null, while the exports
 * write each attribute, so half a point was hidden in one door and shown in the other.
 */
function checkCoordinatePair(
  attributes: { latitude?: unknown; longitude?: unknown },
  context: z.RefinementCtx,
): void {
  const [given, missing] =
    attributes.latitude === undefined ? ['longitude', 'latitude'] : ['latitude', 'longitude'];
  if ((attributes.latitude === undefined) === (attributes.longitude === undefined)) return;
  context.addIssue({
    code: 'custom',
    path: ['attributes', missing],
    message: `\`${given}\` and \`${missing}\` go together: give both or neither`,
  });
}

/** `a TASK`, `an EVENT`, `a CITY, DISTRICT or REGION`. */
function withArticle(kinds: readonly EntityKind[]): string {
  const list =
    kinds.length === 1 ? kinds[0]! : `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]!}`;
  return `${/^[AEIOU]/.test(list) ? 'an' : 'a'} ${list}`;
}

/**
 * An EVENT is a reported fact of progress: it says when (`date`) and what (`eventType`), and cites the
 * report (at least one CITED record). (That the event attributes are an EVENT's alone is
 * checkAttributeCarriers'.)
 */
function checkEventFields(
  entity: {
    kind: EntityKind;
    attributes: { date?: unknown; eventType?: unknown };
    evidence: { kind: string }[];
  },
  context: z.RefinementCtx,
): void {
  if (entity.kind !== 'EVENT') return;
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
    id: z.string().superRefine(atMostCharacters(MAX_RELATIONSHIP_ID_LENGTH)).optional(),
    type: z.enum(RELATIONSHIP_TYPES),
    from: entityIdSchema,
    to: entityIdSchema,
    properties: propertiesSchema.default({}),
    evidence: z
      .array(evidenceSchema)
      .min(1, 'every relationship needs at least one evidence record')
      .superRefine(atMostItems(WRITE_LIST_LIMITS.evidence)),
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
    if (relationship.from === relationship.to) {
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: `must differ from \`from\`: a relationship joins two entities, and "${relationship.from}" is both ends`,
      });
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

/** Why an entity or relationship is retracted: kept in its history beside the record. */
export const reasonSchema = boundedText(WRITE_LIMITS.reason);

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
