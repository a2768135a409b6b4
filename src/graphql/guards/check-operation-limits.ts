import { LimitExceededError } from '../../errors.js';
import type { OperationMeasure } from './measure-operation.js';
import { QUERY_LIMIT_NAMES, QUERY_LIMITS } from './query-limits.js';

/** The structural limits of an operation or fragment (the cost limit is checked later, with the variables). */
export interface OperationLimits {
  /** @default QUERY_LIMITS.depth */
  depth?: number;
  /** @default QUERY_LIMITS.aliases */
  aliases?: number;
  /** @default QUERY_LIMITS.directives */
  directives?: number;
  /** @default QUERY_LIMITS.fields */
  fields?: number;
}

/**
 * Checks a measured operation's depth, aliases, directives and field count, in that order, and
 * returns the first limit it exceeds as a LIMIT_EXCEEDED error (or null when it is within all of
 * them). The message names the limit and says how to stay under it.
 */
export function checkOperationLimits(
  measure: OperationMeasure,
  limits: OperationLimits = {},
): LimitExceededError | null {
  const depth = limits.depth ?? QUERY_LIMITS.depth;
  if (measure.depth > depth) {
    return refuse(
      'depth',
      depth,
      measure.depth,
      `The query is nested ${measure.depth} levels deep (limit ${depth}): ask for fewer levels, and fetch deeper parts in a second query from their ids.`,
    );
  }
  const aliases = limits.aliases ?? QUERY_LIMITS.aliases;
  if (measure.aliases > aliases) {
    return refuse(
      'aliases',
      aliases,
      measure.aliases,
      `The query uses ${measure.aliases} aliases (limit ${aliases}): fetch several objects with one \`nodes(ids:)\` call, or split the query.`,
    );
  }
  const directives = limits.directives ?? QUERY_LIMITS.directives;
  if (measure.directives > directives) {
    return refuse(
      'directives',
      directives,
      measure.directives,
      `The query uses ${measure.directives} directives (limit ${directives}): use fewer \`@include\`/\`@skip\`, or split the query.`,
    );
  }
  const fields = limits.fields ?? QUERY_LIMITS.fields;
  if (measure.fields > fields) {
    return refuse(
      'fields',
      fields,
      measure.fields,
      `The query selects ${measure.fields} fields, counting each fragment where it is spread (limit ${fields}): select fewer fields, or split the query.`,
    );
  }
  return null;
}

/** A LIMIT_EXCEEDED error for one of the query limits, with `extensions.limit`. */
export function refuse(
  limit: keyof typeof QUERY_LIMIT_NAMES,
  max: number,
  requested: number,
  message: string,
): LimitExceededError {
  return new LimitExceededError(message, { name: QUERY_LIMIT_NAMES[limit], max, requested });
}
