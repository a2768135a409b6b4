/**
 * The key or token the analyst entered, kept in `sessionStorage`: it lasts while the tab is open and is
 * never written to disk-backed storage or the URL.
 */
export interface Credential {
  /** `api-key` is sent as `X-API-Key`, `bearer` as `Authorization: Bearer`. */
  scheme: 'api-key' | 'bearer';
  secret: string;
}

const STORAGE_KEY = 'yrd-graph.explorer.credential';

export function readCredential(): Credential | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Credential> | null;
    if (!stored || typeof stored.secret !== 'string' || stored.secret === '') return null;
    return { scheme: stored.scheme === 'bearer' ? 'bearer' : 'api-key', secret: stored.secret };
  } catch {
    return null;
  }
}

/** Stores the credential for this tab; null forgets it. */
export function writeCredential(credential: Credential | null): void {
  if (credential) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(credential));
  else sessionStorage.removeItem(STORAGE_KEY);
}

/** The request headers that carry the credential (none without one). */
export function credentialHeaders(credential: Credential | null): Record<string, string> {
  if (!credential) return {};
  return credential.scheme === 'bearer'
    ? { authorization: `Bearer ${credential.secret}` }
    : { 'x-api-key': credential.secret };
}
