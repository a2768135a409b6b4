import type { Role } from './authentication.js';

/** Which value of the token's role claim grants which of this service's roles. */
export type RoleMap = ReadonlyMap<string, Role>;

/** The provider's role names are the service's own: `reader` and `curator`. */
export const DEFAULT_ROLE_MAP: RoleMap = new Map<string, Role>([
  ['reader', 'reader'],
  ['curator', 'curator'],
]);

/**
 * Parses OIDC_ROLE_MAP: comma-separated `claimValue:role` entries, for example
 * `kg-editor:curator,kg-viewer:reader`. Throws with the bad entry named.
 */
export function parseRoleMap(text: string): RoleMap {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return DEFAULT_ROLE_MAP;
  return new Map(
    entries.map((entry) => {
      // The claim value may itself contain colons (URN-style roles), so the role is after the last one.
      const split = entry.lastIndexOf(':');
      const value = entry.slice(0, split);
      const role = entry.slice(split + 1);
      if (split <= 0 || (role !== 'reader' && role !== 'curator')) {
        throw new Error(`entry "${entry.slice(0, 60)}" must be <claim value>:reader|curator`);
      }
      return [value, role] as const;
    }),
  );
}

/**
 * The strongest role the claim grants. A claim may be a string (space-separated values, as OAuth's
 * `scope` is) or an array of strings; values the map does not name are ignored.
 */
export function roleFromClaim(claim: unknown, roles: RoleMap): Role | null {
  const values = Array.isArray(claim)
    ? claim.filter((value): value is string => typeof value === 'string')
    : typeof claim === 'string'
      ? claim.split(/\s+/)
      : [];
  const granted = values.map((value) => roles.get(value));
  if (granted.includes('curator')) return 'curator';
  if (granted.includes('reader')) return 'reader';
  return null;
}

/** The value at a dotted path such as `realm_access.roles`; a claim whose own name has a dot wins. */
export function claimAt(payload: Record<string, unknown>, path: string): unknown {
  if (path in payload) return payload[path];
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
