import { createHash, timingSafeEqual } from 'node:crypto';
import type { Authentication, Role } from './authentication.js';

/** A configured credential: its name (recorded as the actor of writes), role and key hash. */
export interface ApiKey {
  name: string;
  role: Role;
  /** SHA-256 of the key, hex. Keys themselves are never stored. */
  sha256: Buffer;
}

/** The hex SHA-256 of a key, as API_KEYS stores it (`npm run hash-key -- <key>`). */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * Parses API_KEYS: comma-separated `name:role:sha256hex` entries, for example
 * `alice:curator:5e8848…,dashboard:reader:9f86d0…`. Throws with the bad entry named.
 */
export function parseApiKeys(text: string): ApiKey[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [name, role, hash, ...rest] = entry.split(':');
      if (
        !name ||
        (role !== 'reader' && role !== 'curator') ||
        !hash ||
        !/^[0-9a-f]{64}$/i.test(hash) ||
        rest.length > 0
      ) {
        throw new Error(
          `API_KEYS entry "${entry.slice(0, 40)}" must be name:reader|curator:<sha256 hex of the key>`,
        );
      }
      return { name, role, sha256: Buffer.from(hash, 'hex') };
    });
}

/** Matches a presented key against the configured hashes, in constant time per key. */
export function matchApiKey(given: string, keys: readonly ApiKey[]): Authentication {
  const digest = createHash('sha256').update(given.trim(), 'utf8').digest();
  for (const key of keys) {
    if (timingSafeEqual(digest, key.sha256)) {
      return { principal: { name: key.name, role: key.role, via: 'API key' } };
    }
  }
  return { principal: null, problem: 'invalid', credential: 'API key', reason: 'The API key is not valid.' };
}
