import { getVariableValues, type GraphQLError } from 'graphql';
import { BadInputError } from '../../errors.js';
import type { QueryCostInput } from './compute-query-cost.js';

/**
 * How many problems with a request's variables are looked for. graphql-js writes the whole offending
 * value into each message (an input object with every one of its fields), so reading them all made a
 * 67 kB object of 8,500 unknown fields cost half a minute of CPU, quadratic in the fields; execution
 * itself stops at 50 problems, still 50 copies of the value.
 */
export const VARIABLE_PROBLEMS_READ = 5;

/** The longest message a refused variable gets, the offending value cut to fit. */
export const VARIABLE_MESSAGE_CHARS = 300;

/**
 * What is wrong with a request's variables, read before anything else is done with them:
 * `{ fit: true }`, or the first few problems, and whether they are few and short enough for
 * execution to report them itself (as it always has, one error each, at little cost). When they are
 * not, `refusal` is one BAD_USER_INPUT error that names the first, cut to length, and says how many
 * more there are.
 */
export type VariablesCheck = { fit: true } | { fit: false; refusal: BadInputError | null };

export function checkVariables(input: QueryCostInput): VariablesCheck {
  const { errors } = getVariableValues(
    input.schema,
    input.operation.variableDefinitions ?? [],
    input.variables ?? {},
    { maxErrors: VARIABLE_PROBLEMS_READ },
  );
  if (errors === undefined) return { fit: true };
  // With maxErrors, graphql-js adds one "Too many errors" error after the last problem it keeps.
  const capped = errors.length > VARIABLE_PROBLEMS_READ;
  const cheapToReport = !capped && errors.every((error) => error.message.length <= VARIABLE_MESSAGE_CHARS);
  return {
    fit: false,
    refusal: cheapToReport ? null : refusalOf(errors[0]!, capped ? null : errors.length - 1),
  };
}

function refusalOf(first: GraphQLError, others: number | null): BadInputError {
  const more =
    others === null
      ? ` (and at least ${VARIABLE_PROBLEMS_READ - 1} more problems with the variables)`
      : others > 0
        ? ` (and ${others} more problem${others === 1 ? '' : 's'} with the variables)`
        : '';
  return new BadInputError(`${shortened(first)}${more}`);
}

/**
 * graphql-js's message is `Variable "$v" got invalid value <value>[ at "<path>"]; <reason>`, where the
 * reason is the message of the error it wraps: the value is what is cut, then the whole if it is
 * still too long (a reason can name a field of any length).
 */
function shortened(error: GraphQLError): string {
  let message = error.message;
  const reason = error.originalError?.message;
  if (message.length > VARIABLE_MESSAGE_CHARS && reason !== undefined && message.endsWith(`; ${reason}`)) {
    const head = message.slice(0, message.length - reason.length - 2);
    const parts = /^(Variable "\$[^"]*" got invalid value )([\s\S]*?)( at "[^"]*")?$/.exec(head);
    if (parts) {
      const [, prefix, value, path = ''] = parts;
      message = `${prefix}${cut(value!, 60)}${path}; ${reason}`;
    }
  }
  return cut(message, VARIABLE_MESSAGE_CHARS);
}

function cut(text: string, chars: number): string {
  return text.length > chars ? `${text.slice(0, chars - 1)}…` : text;
}
