import neo4j from 'neo4j-driver';
import type { EntityKind, EntityRecord } from '../../../../model/index.js';
import { codePointLength, type PreparedQuery } from '../../../../search/index.js';
import type { RecordFields } from '../../../record-fields.js';
import { entityProjectionOf } from '../../neo4j-records.js';
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
 * normalised text stored on each node (`searchForms`: name, description, aliases), and returns only
 * the best `first`, with the parts of them the caller reads (`fields`; whole when null).
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
  fields: RecordFields | null = null,
): Statement<SearchHitRow> {
  const lucene = query.tokens.map((token) => `${escapeLucene(token)}*`).join(' AND ');
  // Each CASE arm is one rule of scoreEntity, in its order; `round(x * 10000) / 10000.0` is its
  // round() (both round half up), and lengths are code points on both sides (see codePointLength).
  //
  // Why it reads as it does (measured at 1M entities, where a common prefix fills the candidate cap):
  // - "a query token begins some token of the text" is `(' ' + text) CONTAINS (' ' + token)`: the
  //   stored text is its tokens joined by single spaces, so this is exact, and it splits no string
  //   and builds no list per candidate. The counts a score needs are only taken in the arm that
  //   uses them, so a candidate that an earlier arm scores never pays for them.
  // - Ordering a thousand candidates by (score, name, id) reads two properties of each; ordering by
  //   score alone first and keeping those that tie with or beat the `first`-th best score leaves the
  //   full order to the few that can still be returned, with the same result.
  // - The kind filter is written only when kinds are given (the text still depends only on shape).
  // - Each string a rule reads is made inside the rule (`' ' + name`, the aliases, the description):
  //   a candidate that an earlier rule scores never builds them (7% of the statement's time at 1M).
  const inName = (q: string) => `(' ' + name) CONTAINS ${q}`;
  const inAliases = (q: string) => `any(alias IN forms[2..] WHERE (' ' + alias) CONTAINS ${q})`;
  return {
    text: `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node AS n
${kinds === null ? '' : 'WHERE n.kind IN $kinds\n'}WITH n, n.searchForms AS forms
WITH n, forms, forms[0] AS name
WITH n, CASE
  WHEN name = $phrase THEN 1.0
  WHEN $phrase IN forms[2..] THEN 0.95
  WHEN name STARTS WITH $phrase THEN round((0.8 + 0.1 * ($phraseLength / toFloat(size(name)))) * 10000) / 10000.0
  WHEN any(alias IN forms[2..] WHERE alias STARTS WITH $phrase) THEN 0.78
  WHEN all(q IN $spacedTokens WHERE ${inName('q')})
    THEN round((0.5 + 0.25 * (toFloat(size($spacedTokens)) / size(split(name, ' ')))) * 10000) / 10000.0
  WHEN all(q IN $spacedTokens WHERE ${inName('q')} OR ${inAliases('q')})
    THEN round((0.45 + 0.05 * (toFloat(size([q IN $spacedTokens WHERE ${inName('q')}])) / size($spacedTokens))) * 10000) / 10000.0
  WHEN all(q IN $spacedTokens WHERE ${inName('q')} OR ${inAliases('q')} OR (' ' + forms[1]) CONTAINS q)
    THEN round((0.2 + 0.2 * (toFloat(size([q IN $spacedTokens WHERE ${inName('q')} OR ${inAliases('q')}])) / size($spacedTokens))) * 10000) / 10000.0
  ELSE 0.0
END AS score
WHERE score > 0
WITH n, score ORDER BY score DESC
WITH collect(n) AS ranked, collect(score) AS scores
UNWIND range(0, size(ranked) - 1) AS rank
WITH ranked[rank] AS n, scores[rank] AS score, coalesce(scores[$first - 1], 0.0) AS floor
WHERE score >= floor
WITH n, score ORDER BY score DESC, n.name, n.id LIMIT $first
RETURN ${entityProjectionOf(fields)} AS entity, score`,
    parameters: {
      lucene,
      ...(kinds === null ? {} : { kinds }),
      phrase: query.phrase,
      spacedTokens: query.tokens.map((token) => ` ${token}`),
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
