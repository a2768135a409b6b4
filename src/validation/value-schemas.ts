import { z } from 'zod';
import {
  EVENT_TYPES,
  keysOf,
  RELATIONSHIP_STATUSES,
  type KeyKinds,
  type ValueKind,
  type ValueKindTypes,
} from '../model/index.js';
import { isIsoDate } from './iso-date.js';

/**
 * The check of each value kind (src/model/value-kinds.ts), with the message a curator reads when a
 * value fails it. The attribute and property shapes are built from the model's declaration with
 * these, so a key added there is checked without a line here.
 */

/** What a curator reads when text holds a lone surrogate (see `wellFormedText`). */
export const LONE_SURROGATE_MESSAGE =
  'must be well-formed text: it holds half of a UTF-16 surrogate pair, which no store can keep; send the whole character';

/** Whether `text` is free of lone surrogates (ES2024's check, in Node since 20). */
export function isWellFormedText(text: string): boolean {
  return text.isWellFormed();
}

// JSON can carry a lone surrogate, but UTF-8 cannot: Neo4j stores it as U+FFFD, so the stored record
// would differ from the history's `after`, and the same write again would change it again.
/** Any text a record keeps. */
export const wellFormedText = z.string().refine(isWellFormedText, LONE_SURROGATE_MESSAGE);

export const nonEmpty = wellFormedText.trim().min(1, 'must not be empty');

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, 'must be an ISO date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD');

/** A figure an event reports: a count, an area, a length or an amount, never below zero. */
const figure = z.number('must be a number').min(0, 'must be 0 or more');

const VALUE_SCHEMAS: { [Kind in ValueKind]: z.ZodType<ValueKindTypes[Kind]> } = {
  text: nonEmpty,
  latitude: z.number().min(-90, 'must be from -90 to 90').max(90, 'must be from -90 to 90'),
  longitude: z.number().min(-180, 'must be from -180 to 180').max(180, 'must be from -180 to 180'),
  ordinal: z.number().int().positive(),
  year: z.number().int().min(1900).max(2200),
  isoDate: isoDateSchema,
  hours: z.number().positive('must be more than 0'),
  amount: figure,
  count: figure.int('must be a whole number'),
  eventType: z.enum(EVENT_TYPES),
  relationshipStatus: z.enum(RELATIONSHIP_STATUSES),
};

/** The zod shape of a declaration: a strict object with each key optional and checked by its kind. */
export function shapeOf<Declaration extends KeyKinds>(declaration: Declaration) {
  const shape = Object.fromEntries(
    keysOf(declaration).map((key) => [key, VALUE_SCHEMAS[declaration[key]!].optional()]),
  );
  return z.strictObject(shape) as unknown as z.ZodObject<
    { [Key in keyof Declaration]: z.ZodOptional<z.ZodType<ValueKindTypes[Declaration[Key]]>> },
    z.core.$strict
  >;
}
