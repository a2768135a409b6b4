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
 * A search in one statement: it finds candidates, scores them with the rules of
 * src/search/score-entity.ts, reading the normalised text stored on each node (`searchForms`: name,
 * description, aliases), and returns only the best `first`, with the parts of them the caller reads
 * (`fields`; whole when null). The two scorers must agree: test/store/cross-store.test.ts compares
 * every score and order with the embedded store's, and test/store/search-at-scale.writes.test.ts does
 * where more than SEARCH_CANDIDATES entities match.
 *
 * The candidates come one of two ways:
 * - By name, when at least `first` names begin with the phrase. Every such name scores at least 0.8,
 *   above anything else a query can match (an alias that begins with it scores 0.78), so the best
 *   `first` are among those names and the aliases equal to the phrase (0.95). A leading match scores
 *   more the shorter the name, so the candidates are the names as short as the `first`-th shortest
 *   (and as long as still scores the same after rounding), found by a range index on the normalised
 *   name, and the aliases, found by a keyword full-text index in which each alias is one term. This
 *   is exact however many entities match, and at 1M entities it reads a few hundred index entries
 *   where the other way reads a thousand nodes.
 * - Otherwise (or when more than SEARCH_CANDIDATES aliases equal the phrase) by the full-text index of
 *   every word: every query token begins some indexed token (`tok*` ANDed; each token escaped, so
 *   Lucene syntax a user typed is searched for, never run), at most SEARCH_CANDIDATES of them. Exact
 *   while at most that many entities match; beyond it the hits are the best of those Lucene hands over
 *   (docs/limits.md).
 *
 * Why in the statement and not in the service: a common prefix fills the candidate cap at 1M entities,
 * and shipping a thousand candidate rows to score them in JavaScript and keep ten, then reading the ten
 * again, was most of a search.
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
  const ofKinds = kinds === null ? '' : '\n  WHERE n.kind IN $kinds';
  const andOfKinds = kinds === null ? '' : ' AND n.kind IN $kinds';
  // A leading match's score by the length of the name (`round` as above). At the phrase's own length
  // the name equals the phrase and scores 1; 0.9 there is only compared with longer names' scores.
  const leadingScore = (length: string) =>
    `round((0.8 + 0.1 * ($phraseLength / toFloat(${length}))) * 10000) / 10000.0`;
  // The names of one length that begin with the phrase: one seek of the (length, name) index.
  // (Hinted, here and below: with kinds the planner could otherwise start from the kind index.)
  const namesOfLength = `MATCH (n:Entity) USING INDEX n:Entity(searchNameLength, searchName)
    WHERE n.searchNameLength = length AND n.searchName STARTS WITH $phrase${andOfKinds}`;
  // Candidates by name (see above) when `leadingFloor` is set, or else by the full-text index:
  // - `enough`: whether `first` names begin with the phrase, from at most `first` entries of the index
  //   of names (without it, finding that too few do took a seek for every length, 0.5 to 1 ms);
  // - `longest`: the longest name, the last length worth a seek (one index entry, read backwards; it
  //   is read whatever `enough` says, as a conditional read lost the index order and read them all),
  //   or 0 when there are not enough names, which skips the seeks;
  // - `leadingFloor`: the leading score of the `first`-th shortest name that begins with the phrase,
  //   or null when fewer than `first` do. Seeks go one length at a time, shortest first, and stop at
  //   the `first`-th name;
  // - `named`: every such name whose leading score reaches the floor;
  // - `aliased`: the entities with an alias equal to the phrase (at most SEARCH_CANDIDATES + 1 read).
  // Found by name, a candidate's score needs no rule but these three, so its text is not read.
  return {
    text: `CALL () {
  MATCH (n:Entity) USING INDEX n:Entity(searchName)
  WHERE n.searchName STARTS WITH $phrase${andOfKinds}
  WITH n LIMIT $first
  RETURN count(n) = $first AS enough
}
CALL () {
  MATCH (m:Entity) WHERE m.searchNameLength >= $phraseLength AND m.searchName IS NOT NULL
  WITH m.searchNameLength AS length ORDER BY length DESC LIMIT 1
  RETURN coalesce(collect(length)[0], 0) AS longest
}
WITH enough, CASE WHEN enough THEN longest ELSE 0 END AS longest
CALL (longest) {
  UNWIND range($phraseLength, longest) AS length
  CALL (length) {
    ${namesOfLength}
    RETURN length AS found
  }
  WITH found LIMIT $first
  RETURN CASE WHEN count(found) < $first THEN null ELSE ${leadingScore('max(found)')} END AS leadingFloor
}
CALL (leadingFloor, longest) {
  WITH leadingFloor, longest WHERE leadingFloor IS NOT NULL
  UNWIND [length IN range($phraseLength, longest) WHERE ${leadingScore('length')} >= leadingFloor] AS length
  CALL (length) {
    ${namesOfLength}
    RETURN n
  }
  RETURN collect(n) AS named
}
CALL (leadingFloor) {
  WITH leadingFloor WHERE leadingFloor IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search_aliases', $alias, {limit: $aliasesRead}) YIELD node AS n${ofKinds}
  RETURN collect(n) AS aliased
}
CALL (leadingFloor, named, aliased) {
  WITH leadingFloor, aliased WHERE leadingFloor IS NULL OR size(aliased) > $candidates
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node AS n${ofKinds}
  WITH n, n.searchForms AS forms
  WITH n, forms, forms[0] AS name
  RETURN n, CASE
    WHEN name = $phrase THEN 1.0
    WHEN $phrase IN forms[2..] THEN 0.95
    WHEN name STARTS WITH $phrase THEN ${leadingScore('size(name)')}
    WHEN any(alias IN forms[2..] WHERE alias STARTS WITH $phrase) THEN 0.78
    WHEN all(q IN $spacedTokens WHERE ${inName('q')})
      THEN round((0.5 + 0.25 * (toFloat(size($spacedTokens)) / size(split(name, ' ')))) * 10000) / 10000.0
    WHEN all(q IN $spacedTokens WHERE ${inName('q')} OR ${inAliases('q')})
      THEN round((0.45 + 0.05 * (toFloat(size([q IN $spacedTokens WHERE ${inName('q')}])) / size($spacedTokens))) * 10000) / 10000.0
    WHEN all(q IN $spacedTokens WHERE ${inName('q')} OR ${inAliases('q')} OR (' ' + forms[1]) CONTAINS q)
      THEN round((0.2 + 0.2 * (toFloat(size([q IN $spacedTokens WHERE ${inName('q')} OR ${inAliases('q')}])) / size($spacedTokens))) * 10000) / 10000.0
    ELSE 0.0
  END AS score
  UNION ALL
  WITH leadingFloor, named, aliased WHERE leadingFloor IS NOT NULL AND size(aliased) <= $candidates
  UNWIND named AS n
  RETURN n, CASE
    WHEN n.searchNameLength = $phraseLength THEN 1.0
    WHEN n IN aliased THEN 0.95
    ELSE ${leadingScore('n.searchNameLength')}
  END AS score
  UNION ALL
  WITH leadingFloor, named, aliased WHERE leadingFloor IS NOT NULL AND size(aliased) <= $candidates
  UNWIND aliased AS n
  WITH n WHERE NOT n IN named
  RETURN n, CASE WHEN n.searchName = $phrase THEN 1.0 ELSE 0.95 END AS score
}
WITH n, score WHERE score > 0
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
      // One term of the keyword index: the whole normalised phrase (letters, digits and single spaces).
      alias: `"${query.phrase}"`,
      aliasesRead: neo4j.int(SEARCH_CANDIDATES + 1),
      candidates: neo4j.int(SEARCH_CANDIDATES),
      first: neo4j.int(first),
    },
    decode: (record) => ({
      entity: entityFrom(readColumn(record, 'entity')),
      score: asNumber(readColumn(record, 'score'), 'search hit', 'score'),
    }),
  };
}
