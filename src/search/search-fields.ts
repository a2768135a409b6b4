import type { EntityRecord } from '../model/index.js';
import { normalizePhrase } from './tokenize.js';

/**
 * An entity's text as the scorer compares it: name, aliases and description, each normalised to its
 * tokens joined by single spaces. The embedded store computes these once per record; Neo4j stores
 * them on the node (searchName, searchAliases, searchDescription), so its search statement can score
 * candidates with the same rules without the service reading them all.
 */
export interface SearchFields {
  name: string;
  aliases: string[];
  description: string;
}

export function searchFieldsOf(entity: Pick<EntityRecord, 'name' | 'aliases' | 'description'>): SearchFields {
  return {
    name: normalizePhrase(entity.name),
    aliases: entity.aliases.map(normalizePhrase),
    description: normalizePhrase(entity.description ?? ''),
  };
}

/**
 * A string's length in Unicode code points, which is what Cypher's `size()` counts, so a score that
 * uses a length is the same in both stores (JavaScript's `length` counts UTF-16 units, and a Han
 * character outside the Basic Multilingual Plane is two of them).
 */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
