import neo4j from 'neo4j-driver';
import type { EntityKind } from '../../../model/index.js';
import { ENTITY_PROJECTION } from '../neo4j-records.js';
import type { CypherQuery } from './cypher-query.js';
import { escapeLucene } from './escape-lucene.js';

/** Full-text candidates the shared scorer then ranks; more than any page, fewer than a scan. */
export const SEARCH_CANDIDATES = 1000;

/**
 * Candidate entities for a search: every query token must begin some indexed token (`tok*`, ANDed).
 * The tokens come from the shared tokenizer, and each is escaped, so Lucene syntax a user typed is
 * searched for, never run.
 */
export function searchQuery(tokens: readonly string[], kinds: readonly EntityKind[] | null): CypherQuery {
  const lucene = tokens.map((token) => `${escapeLucene(token)}*`).join(' AND ');
  return {
    cypher: `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node AS n
WHERE $kinds IS NULL OR n.kind IN $kinds
RETURN ${ENTITY_PROJECTION} AS entity`,
    params: { lucene, kinds, candidates: neo4j.int(SEARCH_CANDIDATES) },
  };
}
