import neo4j from 'neo4j-driver';
import type { EntityKind } from '../../../../model/index.js';
import { asMap, asNullableString, asOptionalList, asString, readColumn } from '../decode/row-values.js';
import { escapeLucene } from '../parts/escape-lucene.js';
import type { Statement } from '../statement.js';

/** Full-text candidates the shared scorer then ranks; more than any page, fewer than a scan. */
export const SEARCH_CANDIDATES = 1000;

/** What a search candidate row carries: the fields the shared scorer reads, and the id to fetch it by. */
export interface SearchCandidate {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
}

/**
 * Candidate entities for a search: every query token must begin some indexed token (`tok*`, ANDed).
 * The tokens come from the shared tokenizer, and each is escaped, so Lucene syntax a user typed is
 * searched for, never run. Each candidate carries only what the shared scorer reads (id, name,
 * aliases, description): a common prefix fills the candidate cap, and projecting whole entities with
 * their evidence for a thousand candidates to keep ten was most of a search on a big graph. The
 * winners are read whole afterwards, by id.
 */
export function searchQuery(
  tokens: readonly string[],
  kinds: readonly EntityKind[] | null,
): Statement<SearchCandidate> {
  const lucene = tokens.map((token) => `${escapeLucene(token)}*`).join(' AND ');
  return {
    text: `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node AS n
WHERE $kinds IS NULL OR n.kind IN $kinds
RETURN n {.id, .name, .aliases, .description} AS candidate`,
    parameters: { lucene, kinds, candidates: neo4j.int(SEARCH_CANDIDATES) },
    decode: (record) => {
      const candidate = asMap(readColumn(record, 'candidate'), 'candidate');
      return {
        id: asString(candidate['id'], 'candidate', 'id'),
        name: asString(candidate['name'], 'candidate', 'name'),
        aliases: asOptionalList(candidate['aliases'], 'candidate', asString, 'aliases'),
        description: asNullableString(candidate['description'], 'candidate', 'description'),
      };
    },
  };
}
