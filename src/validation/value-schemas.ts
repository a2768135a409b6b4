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

/**
 * Characters no record's text may hold: the C0 and C1 controls other than tab and the line breaks (NUL
 * ends a C string in the tools that read our exports; ESC drives the terminal that prints a log line
 * or a CSV), and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
 * which reorder how the text after them is shown, so that one name can display as another.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** The line breaks a one-line text (a name, an alias) may not hold either, tab among them. */
const LINE_BREAK = /[\t\n\r\u2028\u2029]/u;

/** `U+0000 at character 8`: which character `pattern` found in `text`, and where (counting from 1). */
function describeFound(text: string, pattern: RegExp): string | null {
  const found = pattern.exec(text);
  if (!found) return null;
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `U+${code} at character ${characterCount(text.slice(0, found.index)) + 1}`;
}

function refuseFound(pattern: RegExp, what: string) {
  return (text: string, context: z.RefinementCtx<string>): void => {
    const found = describeFound(text, pattern);
    if (found) context.addIssue({ code: 'custom', message: `must not hold ${what} (${found})` });
  };
}

// JSON can carry a lone surrogate, but UTF-8 cannot: Neo4j stores it as U+FFFD, so the stored record
// would differ from the history's `after`, and the same write again would change it again.
/** Any text a record keeps. */
export const wellFormedText = z
  .string()
  .refine(isWellFormedText, LONE_SURROGATE_MESSAGE)
  .superRefine(refuseFound(CONTROL_CHARACTER, 'control characters or bidirectional overrides'));

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

/** `boundedText` on one line: a name or an alias, which every drawing, list and CSV row shows as one. */
export function oneLineText(max: number) {
  return boundedText(max).superRefine(
    refuseFound(LINE_BREAK, 'tabs or line breaks: it is shown on one line'),
  );
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
