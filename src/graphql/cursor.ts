import { BadInputError } from '../errors.js';

/**
 * Opaque keyset cursors: base64url of a versioned JSON `{"v":1,"k":<sort key>}`. Clients must not
 * build them; a version lets the format change without breaking old cursors silently.
 */
export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify({ v: 1, k: key }), 'utf8').toString('base64url');
}

/** The sort key in a cursor; BAD_USER_INPUT for anything this service did not issue. */
export function decodeCursor(cursor: string | null | undefined, argument = 'after'): string | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'v' in parsed && 'k' in parsed) {
      const { v, k } = parsed as { v: unknown; k: unknown };
      if (v === 1 && typeof k === 'string') return k;
    }
  } catch {
    // Falls through to the error below: a cursor that is not ours is bad input, whatever broke.
  }
  throw new BadInputError(
    `\`${argument}\` is not a valid cursor. Pass the \`endCursor\` of a previous page unchanged.`,
    argument,
  );
}
