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
import { WRITE_LIMITS } from './write-limits.js';

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

// White space, control and format characters (U+200B ZERO WIDTH SPACE, U+FEFF, U+00AD SOFT HYPHEN…)
// and the others Unicode says to ignore when they cannot be shown (U+3164 HANGUL FILLER): a name or
// a reason made only of these reads as blank, in every client, and no search finds it.
const VISIBLE_CHARACTER = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/** Whether `text` has a character a reader can see. */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE_CHARACTER.test(text);
}

/** What a curator reads when text has nothing to see (see `hasVisibleCharacter`). */
export const INVISIBLE_TEXT_MESSAGE =
  'must hold a visible character, not only white space or zero-width, format or control characters';

/** Text with something to read: not empty once trimmed, and not only invisible characters. */
export const nonEmpty = wellFormedText
  .trim()
  .min(1, 'must not be empty')
  // Empty text is told as such, once.
  .refine((text) => text === '' || hasVisibleCharacter(text), INVISIBLE_TEXT_MESSAGE);

/** The number of characters of `text` as the limits count them: code points (`𠀀` is one). */
export function characterCount(text: string): number {
  let count = 0;
  for (const _character of text) count++;
  return count;
}

/**
 * A check that text holds at most `max` characters (WRITE_LIMITS), whose message gives its length.
 * For `schema.superRefine(…)`.
 */
export function atMostCharacters(max: number) {
  return (text: string, context: z.RefinementCtx<string>): void => {
    // A UTF-16 length within the limit is a code-point count within it; only longer text is counted.
    const count = text.length <= max ? text.length : characterCount(text);
    if (count > max) {
      context.addIssue({ code: 'custom', message: `must be at most ${max} characters (it has ${count})` });
    }
  };
}

/** A check that a list (or a record's keys) holds at most `max` items, whose message gives its count. */
export function atMostItems(max: number) {
  return (items: readonly unknown[] | Record<string, unknown>, context: z.RefinementCtx): void => {
    const count = Array.isArray(items) ? items.length : Object.keys(items).length;
    if (count > max) {
      context.addIssue({ code: 'custom', message: `must hold at most ${max} items (it has ${count})` });
    }
  };
}

/**
 * A check that a list of text names each item once: the first repeat is refused at its place, as a
 * slip that every page, search and export would otherwise show twice (one issue, however many repeats
 * a list holds). Items that differ only in case are not repeats (`Wenzhou`, `WENZHOU`). For
 * `schema.superRefine(…)`.
 */
export function distinctItems(items: readonly string[], context: z.RefinementCtx<string[]>): void {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (seen.has(item)) {
      const shown = item.length > 60 ? `${item.slice(0, 60)}…` : item;
      context.addIssue({
        code: 'custom',
        path: [index],
        message: `repeats ${JSON.stringify(shown)}: give each once`,
      });
      return;
    }
    seen.add(item);
  }
}

/** `nonEmpty` text of at most `max` characters. */
export function boundedText(max: number) {
  return nonEmpty.superRefine(atMostCharacters(max));
}

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, 'must be an ISO date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * The longest travel time a relationship's `hours` may state: a week, far beyond any journey a rail
 * link of the graph takes (the plan's are 1, 2 and 5 hours), so a larger figure is a slip.
 */
export const MAX_HOURS = 168;

/** A figure an event reports: a count, an area, a length or an amount, never below zero. */
const figure = z.number('must be a number').min(0, 'must be 0 or more');

const VALUE_SCHEMAS: { [Kind in ValueKind]: z.ZodType<ValueKindTypes[Kind]> } = {
  // Only entity attributes hold text (a province, a person's title).
  text: boundedText(WRITE_LIMITS.attributeText),
  latitude: z.number().min(-90, 'must be from -90 to 90').max(90, 'must be from -90 to 90'),
  longitude: z.number().min(-180, 'must be from -180 to 180').max(180, 'must be from -180 to 180'),
  ordinal: z.number().int().positive(),
  year: z.number().int().min(1900).max(2200),
  isoDate: isoDateSchema,
  hours: z.number().positive('must be more than 0').max(MAX_HOURS, `must be at most ${MAX_HOURS} (a week)`),
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
