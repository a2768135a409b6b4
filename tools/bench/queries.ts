import neo4j from 'neo4j-driver';
import { prepareQuery } from '../../src/search/index.js';
import { searchQuery } from '../../src/store/neo4j/cypher/read/search.js';
import { ENTITY_PROJECTION, RELATIONSHIP_PROJECTION } from '../../src/store/neo4j/neo4j-records.js';
import type { RecordFields } from '../../src/store/record-fields.js';

/**
 * The fixed query mix: per query, our GraphQL operation, the hand-written Cypher the plain driver runs
 * for the same answer (THE LIMIT), and the Neo4j GraphQL Library's operation where it can express it
 * (THE PEER). Each draws its arguments from the same deterministic samples.
 */

export interface Samples {
  /** Typical entities (uniform over the graph), in a fixed order. */
  ids: string[];
  /** Pairs of sample ids for paths. */
  pairs: [string, string][];
  /** Words the search looks for (name stems of sample entities). */
  terms: string[];
}

export interface BenchQuery {
  name: string;
  /** How deep the operation nests store reads (what round trips are held to). */
  nesting: number;
  ours: (samples: Samples, i: number) => { query: string; variables: Record<string, unknown> };
  driver: (samples: Samples, i: number) => { cypher: string; params: Record<string, unknown> };
  /** Null when the library cannot express it; `why` says so. */
  peer: ((samples: Samples, i: number) => { query: string; variables: Record<string, unknown> }) | null;
  why?: string;
}

/** An entity's id, name and kind: what the search operation asks of each hit. */
const NAME_AND_KIND: RecordFields = { entity: [], relationship: [], evidence: [] };

export const NESTED_TYPES = [
  'PART_OF_TASK',
  'LOCATED_IN',
  'PART_OF',
  'MEMBER_OF',
  'COOPERATES_WITH',
  'HOSTS',
] as const;
const T = `[${NESTED_TYPES.join(', ')}]`;
const CYPHER_TYPES = NESTED_TYPES.join('|');
const LISTING_KINDS = [['CITY'], ['PARK'], ['CITY', 'PARK'], ['UNIVERSITY']];
const LIMIT = 200;

const at = <T>(items: readonly T[], i: number): T => items[i % items.length]!;

const NESTED = `query Nested($id: ID!) {
  entity(id: $id) {
    id name kind evidence { quote section }
    relationships(types: ${T}, direction: OUTGOING, first: 10) {
      edges {
        node { id type evidence { quote section } }
        other {
          id name kind
          relationships(types: ${T}, direction: OUTGOING, first: 10) {
            edges { node { id type evidence { quote section } } other { id name kind } }
          }
        }
      }
    }
  }
}`;

const peerField = (type: string) =>
  type.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const peerLevel = (inner: string) =>
  NESTED_TYPES.map(
    (type) =>
      `${peerField(type)}Connection(first: 10) { edges { properties { id evidenceQuotes evidenceSections } node { id name kind ${inner} } } }`,
  ).join('\n      ');
const PEER_NESTED = `query Nested($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    id name kind evidenceQuotes evidenceSections
    ${peerLevel(peerLevel(''))}
  }
}`;

const LISTING = `query Listing($kinds: [EntityKind!]) {
  entities(kinds: $kinds, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name kind } }
  }
}`;
const PEER_LISTING = `query Listing($kinds: [String!]) {
  entitiesConnection(first: 20, where: { kind: { in: $kinds } }, sort: [{ id: ASC }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name kind } }
  }
}`;

const neighborhood = (depth: number) => `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: ${depth}, limit: ${LIMIT}) {
    truncated
    nodes { id name kind }
    relationships { id type from { id } to { id } }
  }
}`;

/**
 * The induced subgraph among `kept`, as the hand-written Cypher's tail, its records projected by
 * `entity` (a node `n`) and `relationship` (`r`). The neighbourhood queries show ids, names, kinds and
 * types, and since 4 December 2026 our store reads only those (RecordFields), so their limit reads only
 * those too: the cheapest statement with the same answer. The export writes whole records.
 */
const induced = (entity: string, relationship: string) => `CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b) WHERE b IN kept
  WITH r ORDER BY r.id
  RETURN collect(${relationship}) AS relationships
}
RETURN [n IN kept | ${entity}] AS nodes, relationships, truncated`;
const INDUCED_SHOWN = induced(
  'n {.id, .name, .kind}',
  '{id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id}',
);
const INDUCED_WHOLE = induced(ENTITY_PROJECTION, RELATIONSHIP_PROJECTION);

const neighborhood1 = (tail: string) => `MATCH (c:Entity {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)--(m:Entity) WHERE m <> c
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m) AS l1
}
WITH [c] + l1 AS reached
WITH reached[0..$limit] AS kept, size(reached) > $limit AS truncated
${tail}`;
const DRIVER_NEIGHBORHOOD_1 = neighborhood1(INDUCED_SHOWN);
const DRIVER_EXPORT = neighborhood1(INDUCED_WHOLE);

const DRIVER_NEIGHBORHOOD_2 = `MATCH (c:Entity {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)--(m:Entity) WHERE m <> c
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m) AS l1
}
CALL (c, l1) {
  UNWIND (CASE WHEN size(l1) + 1 >= $limit THEN [] ELSE l1 END) AS m1
  MATCH (m1)--(m2:Entity) WHERE m2 <> c
  WITH DISTINCT m2 WHERE NOT m2 IN l1
  WITH m2 ORDER BY m2.id LIMIT $limit
  RETURN collect(m2) AS l2
}
WITH [c] + l1 + l2 AS reached
WITH reached[0..$limit] AS kept, size(reached) > $limit AS truncated
${INDUCED_SHOWN}`;

export const QUERIES: BenchQuery[] = [
  {
    name: 'entity-nested-2',
    nesting: 5,
    ours: (s, i) => ({ query: NESTED, variables: { id: at(s.ids, i) } }),
    driver: (s, i) => ({
      cypher: `MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[r:${CYPHER_TYPES}]->(o:Entity)
  WITH r, o ORDER BY r.id LIMIT 10
  CALL (o) {
    OPTIONAL MATCH (o)-[r2:${CYPHER_TYPES}]->(o2:Entity)
    WITH r2, o2 ORDER BY r2.id LIMIT 10
    RETURN collect(CASE WHEN r2 IS NULL THEN null ELSE {id: r2.id, type: type(r2), quotes: r2.evidenceQuotes, sections: r2.evidenceSections, other: o2 {.id, .name, .kind}} END) AS next
  }
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {id: r.id, type: type(r), quotes: r.evidenceQuotes, sections: r.evidenceSections, other: o {.id, .name, .kind}, next: next} END) AS relationships
}
RETURN e {.id, .name, .kind, .evidenceQuotes, .evidenceSections} AS entity, relationships`,
      params: { id: at(s.ids, i) },
    }),
    peer: (s, i) => ({ query: PEER_NESTED, variables: { id: at(s.ids, i) } }),
  },
  {
    name: 'search',
    nesting: 1,
    ours: (s, i) => ({
      query: 'query Search($q: String!) { search(query: $q, first: 10) { score entity { id name kind } } }',
      variables: { q: at(s.terms, i) },
    }),
    // The statement our store sends, since it is the cheapest we know that answers the same. Why not
    // the full-text index alone (the limit until 4 December 2026): Lucene scores every `term*` match
    // alike, so its first 10 were other entities than the search's best 10; on the 1M graph no word of
    // the 64 got the same hits, and 0.23 of 10 on average were among ours. The simplest statement with
    // our hits for these words (names beginning with the word, and aliases equal to it, ranked) gave
    // them all, in p50 25 ms against ours' 15 and p90 244 against 31 (3 rounds, 1M, a busy machine).
    driver: (s, i) => {
      const statement = searchQuery(prepareQuery(at(s.terms, i)), null, 10, NAME_AND_KIND);
      return { cypher: statement.text, params: statement.parameters };
    },
    peer: null,
    why: 'no forgiving search; @fulltext exposes raw Lucene scoring only (different semantics), not benchmarked',
  },
  {
    name: 'neighborhood-1',
    nesting: 2,
    ours: (s, i) => ({ query: neighborhood(1), variables: { id: at(s.ids, i) } }),
    driver: (s, i) => ({
      cypher: DRIVER_NEIGHBORHOOD_1,
      params: { id: at(s.ids, i), limit: neo4j.int(LIMIT) },
    }),
    peer: null,
    why: 'no k-hop neighbourhood: @relationship fields are one fixed hop of one type',
  },
  {
    name: 'neighborhood-2',
    nesting: 2,
    ours: (s, i) => ({ query: neighborhood(2), variables: { id: at(s.ids, i) } }),
    driver: (s, i) => ({
      cypher: DRIVER_NEIGHBORHOOD_2,
      params: { id: at(s.ids, i), limit: neo4j.int(LIMIT) },
    }),
    peer: null,
    why: 'no k-hop neighbourhood (variable-length traversal is an open feature request, #596)',
  },
  {
    name: 'shortest-path',
    nesting: 2,
    ours: (s, i) => {
      const [from, to] = at(s.pairs, i);
      return {
        query:
          'query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 6) { length nodes { id name kind } relationships { id type } } }',
        variables: { from, to },
      };
    },
    driver: (s, i) => {
      const [from, to] = at(s.pairs, i);
      return {
        cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WITH p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.id] LIMIT 1
RETURN [n IN nodes(p) | n {.id, .name, .kind}] AS nodes, [r IN relationships(p) | {id: r.id, type: type(r)}] AS relationships`,
        params: { from, to },
      };
    },
    peer: null,
    why: 'no shortest path (only by hand-written @cypher)',
  },
  {
    name: 'listing-filtered',
    nesting: 2,
    ours: (_s, i) => ({ query: LISTING, variables: { kinds: at(LISTING_KINDS, i) } }),
    driver: (_s, i) => ({
      cypher: `CALL () {
  MATCH (n:Entity) WHERE n.id > '' AND n.kind IN $kinds
  WITH n ORDER BY n.id LIMIT 21
  RETURN collect(n {.id, .name, .kind}) AS page
}
CALL () { MATCH (n:Entity) WHERE n.kind IN $kinds RETURN count(n) AS totalCount }
RETURN page[0..20] AS page, size(page) > 20 AS hasNextPage, totalCount`,
      params: { kinds: at(LISTING_KINDS, i) },
    }),
    peer: (_s, i) => ({ query: PEER_LISTING, variables: { kinds: at(LISTING_KINDS, i) } }),
  },
  {
    name: 'export-gexf',
    nesting: 2,
    ours: (s, i) => ({
      query: `query Export($id: ID!) { neighborhood(id: $id, depth: 1, limit: ${LIMIT}) { export(format: GEXF) { contentType content } } }`,
      variables: { id: at(s.ids, i) },
    }),
    driver: (s, i) => ({
      cypher: DRIVER_EXPORT,
      params: { id: at(s.ids, i), limit: neo4j.int(LIMIT) },
    }),
    peer: null,
    why: 'no export formats',
  },
];
