import { BadInputError } from '../errors.js';
import { isEntityId } from '../model/index.js';

/**
 * Refuses an argument that can never name an entity (not `kind:slug`, such as a name typed where an id
 * goes) as bad input, before anything is read: NOT_FOUND is for a well-formed id that names nothing.
 * Every field that takes entity ids answers alike (it was NOT_FOUND for some and BAD_USER_INPUT for
 * others); the fields that answer null for an unknown id (`entity`, `nodes`) still do.
 */
export function assertEntityIds(argument: string, ids: readonly string[]): void {
  for (const id of ids) if (!isEntityId(id)) throw notAnId(argument, `holds "${shown(id)}"`);
}

/** As `assertEntityIds`, for an argument that takes one id. */
export function assertEntityId(argument: string, id: string): void {
  if (!isEntityId(id)) throw notAnId(argument, `is "${shown(id)}"`);
}

function notAnId(argument: string, what: string): BadInputError {
  return new BadInputError(
    `\`${argument}\` ${what}, which is not an entity id (like \`city:wenzhou\`). Use \`search\` to find ids by name.`,
    argument,
  );
}

/** An id as a message repeats it: a long one cut, so the refusal stays short. */
function shown(id: string): string {
  return id.length > 80 ? `${id.slice(0, 79)}…` : id;
}
