import neo4j from 'neo4j-driver';
import type { EntityKind, EntityRecord } from '../../../../model/index.js';
import { codePointLength, type PreparedQuery } from '../../../../search/index.js';
import { ENTITY_PROJECTION } from '../../neo4j-records.js';
import { entityFrom } from '../decode/records.js';
import { asNumber, readColumn } from '../decode/row-values.js';
import { escapeLucene } from '../parts/escape-lucene.js';
import type { Statement } from '../statement.js';

/** Full-text candidates a search scores; more than any page, fewer than a scan. */
export const SEARCH_CANDIDATES = 1000;

export interface SearchHitRow {
  entity: EntityRecord;
  score: number;
}

/**
 * A search in one statement: the full-text index finds candidates (every query token begins some
 * indexed token, `tok*` ANDed; each token escaped, so Lucene syntax a user typed is searched for, never
 * run), and the statement scores them with the rules of src/search/score-entity.ts, reading the
 * normalised text stored on each node (searchName, searchAliases, searchDescription), and returns only
 * the best `first`, whole.
 *
 * Why here and not in the service: a common prefix fills the candidate cap at 1M entities, and
 * shipping a thousand candidate rows to score them in JavaScript and keep ten, then reading the ten
 * again, was most of a search. The two scorers must agree: test/store/cross-store.test.ts compares
 * every score and order with the embedded store's.
 */
export function searchQuery(
  query: PreparedQuery,
  kinds: readonly EntityKind[] | null,
  first: number,
): Statement<SearchHitRow> {
  const lucene = query.tokens.map((token) => `${escapeLucene(token)}*`).join(' AND ');
  // Each CASE arm is one rule of scoreEntity, in its order; `round(x * 10000) / 10000.0` is its
  // round() (both round half up), and lengths are code points on both sides (see codePointLength).
  return {
    text: `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node AS n
WHERE $kinds IS NULL OR n.kind IN $kinds
WITH n, n.searchName AS name, coalesce(n.searchAliases, []) AS aliases, split(n.searchName, ' ') AS nameTokens
WITH n, name, aliases, nameTokens, reduce(acc = [], alias IN aliases | acc + split(alias, ' ')) AS aliasTokens
WITH n, name, aliases, nameTokens, aliasTokens,
  size([q IN $tokens WHERE any(t IN nameTokens WHERE t STARTS WITH q)]) AS inName,
  size([q IN $tokens WHERE NOT any(t IN nameTokens WHERE t STARTS WITH q) AND any(t IN aliasTokens WHERE t STARTS WITH q)]) AS inAliasesOnly
WITH n, CASE
  WHEN name = $phrase THEN 1.0
  WHEN $phrase IN aliases THEN 0.95
  WHEN name STARTS WITH $phrase THEN round((0.8 + 0.1 * ($phraseLength / toFloat(size(name)))) * 10000) / 10000.0
  WHEN any(alias IN aliases WHERE alias STARTS WITH $phrase) THEN 0.78
  WHEN inName = size($tokens) THEN round((0.5 + 0.25 * (toFloat(size($tokens)) / size(nameTokens))) * 10000) / 10000.0
  WHEN inName + inAliasesOnly = size($tokens) THEN round((0.45 + 0.05 * (toFloat(inName) / size($tokens))) * 10000) / 10000.0
  WHEN all(q IN $tokens WHERE any(t IN nameTokens + aliasTokens + split(n.searchDescription, ' ') WHERE t STARTS WITH q))
    THEN round((0.2 + 0.2 * (toFloat(inName + inAliasesOnly) / size($tokens))) * 10000) / 10000.0
  ELSE 0.0
END AS score
WHERE score > 0
WITH n, score ORDER BY score DESC, n.name, n.id LIMIT $first
RETURN ${ENTITY_PROJECTION} AS entity, score`,
    parameters: {
      lucene,
      kinds,
      tokens: query.tokens,
      phrase: query.phrase,
      phraseLength: codePointLength(query.phrase),
      candidates: neo4j.int(SEARCH_CANDIDATES),
      first: neo4j.int(first),
    },
    decode: (record) => ({
      entity: entityFrom(readColumn(record, 'entity')),
      score: asNumber(readColumn(record, 'score'), 'search hit', 'score'),
    }),
  };
}
