import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  countEntitiesQuery,
  countRelationshipsQuery,
  escapeLucene,
  getRelationshipsQuery,
  listEntitiesQuery,
  graphQuery,
  neighborhoodQuery,
  relationshipTypeAlternation,
  relationshipsOfQuery,
  groupRelationshipsOfRequests,
  searchQuery,
  allShortestPathsQuery,
  kShortestPathsQuery,
  relationshipPredicate,
} from '../../../src/store/neo4j/cypher/index.js';
import type { RelationshipType } from '../../../src/model/index.js';
import { prepareQuery } from '../../../src/search/index.js';
import { NESTED_TYPES } from '../../../tools/bench/queries.js';

// Pure builders, no database: a change to any statement shows up here in review.
describe('Cypher builders', () => {
  it('pages entities by id with every request value as a parameter', () => {
    const query = listEntitiesQuery({ kinds: ['CITY', 'PARK', 'CITY'] }, { first: 20, after: 'city:m' });
    expect(query.text).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (n:Entity:City) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $limit
        UNION ALL
        MATCH (n:Entity:Park) WHERE n.id > $after RETURN n ORDER BY n.id LIMIT $limit
      }
      WITH n ORDER BY n.id LIMIT $limit
      RETURN n {.id, .kind, .name, .aliases, .description, .status, .province, .latitude, .longitude, .number, .year, .title, .date, .eventType, .areaSquareMetres, .lengthKm, .amountYuan, .firms, .projects, .evidenceKinds, .evidenceSources, .evidenceSections, .evidenceQuotes, .evidenceStarts, .evidenceEnds, .evidenceMentions, .evidenceNotes, .evidenceRationales, .evidenceBasis} AS entity"
    `);
    expect(query.parameters).toEqual({ after: 'city:m', limit: expect.objectContaining({ low: 21 }) });
    expect(() =>
      listEntitiesQuery({ kinds: ['CITY) DETACH DELETE (n' as never] }, { first: 1, after: null }),
    ).toThrow('Not an entity kind');
  });

  it('starts the first page after the empty string so the id index serves range and order', () => {
    expect(listEntitiesQuery({ kinds: null }, { first: 5, after: null }).parameters['after']).toBe('');
  });

  it('looks relationships up from the start entity named in their id', () => {
    const query = getRelationshipsQuery([{ id: 'city:a-[HOSTS]->park:b', from: 'city:a' }]);
    expect(query.text).toContain('MATCH (:Entity {id: key.from})-[r]->()');
    expect(query.parameters).toEqual({ keys: [{ id: 'city:a-[HOSTS]->park:b', from: 'city:a' }] });
  });

  it('batches relationship pages into one statement, naming direction and types in the pattern', () => {
    const query = relationshipsOfQuery(
      { direction: 'OUTGOING', types: ['COOPERATES_WITH', 'HOSTS'], next: null },
      [
        {
          entityId: 'city:wenzhou',
          types: ['COOPERATES_WITH', 'HOSTS'],
          direction: 'OUTGOING',
          first: 5,
          after: null,
        },
        {
          entityId: 'city:taizhou',
          types: ['HOSTS', 'COOPERATES_WITH'],
          direction: 'OUTGOING',
          first: 2,
          after: 'x',
        },
      ],
    );
    expect(query.text).toMatchInlineSnapshot(`
      "UNWIND $requests AS req
      CALL (req) {
      OPTIONAL MATCH (:Entity {id: req.entityId})-[r:COOPERATES_WITH|HOSTS]->(n)
      WHERE r.id > req.after
      WITH DISTINCT r, n
      ORDER BY r.id
      WITH req, collect(r)[0..req.limit] AS page, collect(n)[0..req.limit] AS ends
      WITH req, page, ends, [] AS nexts
      RETURN [p IN [{page: page, ends: ends}] + nexts | {entityId: p.entityId, relationships: [r IN p.page | r {.*, contentHash: null, type: type(r)}], others: [n IN p.ends | n {.*, searchText: null, searchForms: null, searchName: null, searchNameLength: null, searchAliases: null, contentHash: null}]}] AS pages
      }
      RETURN req.index AS index, pages"
    `);
    const requests = query.parameters['requests'] as Record<string, unknown>[];
    expect(requests.map((request) => request['entityId'])).toEqual(['city:wenzhou', 'city:taizhou']);
    expect(requests[1]).toMatchObject({ after: 'x', limit: expect.objectContaining({ low: 3 }) });
    const withEntity = relationshipsOfQuery(
      { direction: 'BOTH', types: null, next: null, withEntity: true },
      [],
    );
    expect(withEntity.text).toContain('OPTIONAL MATCH (n:Entity {id: req.entityId})');
    expect(withEntity.text).toMatch(/AS index, pages, entity$/);
    expect(relationshipsOfQuery({ direction: 'INCOMING', types: null, next: null }, []).text).toContain(
      'OPTIONAL MATCH (:Entity {id: req.entityId})<-[r]-(n)',
    );
  });

  it('groups relationship requests by direction, types and evidence kinds, whatever their order', () => {
    const groups = groupRelationshipsOfRequests([
      { entityId: 'a:1', types: ['HOSTS', 'FUNDS'], direction: 'OUTGOING', first: 5, after: null },
      { entityId: 'a:2', types: null, direction: 'BOTH', first: 5, after: null },
      { entityId: 'a:3', types: ['FUNDS', 'HOSTS'], direction: 'OUTGOING', first: 9, after: null },
      {
        entityId: 'a:4',
        types: ['FUNDS', 'HOSTS'],
        direction: 'OUTGOING',
        first: 9,
        after: null,
        next: { types: ['HOSTS', 'FUNDS'], direction: 'BOTH', first: 3 },
      },
      {
        entityId: 'a:5',
        types: null,
        evidenceKinds: ['QUOTED', 'CITED'],
        direction: 'BOTH',
        first: 5,
        after: null,
      },
      {
        entityId: 'a:6',
        types: null,
        evidenceKinds: ['CITED', 'QUOTED', 'CITED'],
        direction: 'BOTH',
        first: 5,
        after: null,
      },
    ]);
    expect(groups).toEqual([
      {
        direction: 'OUTGOING',
        types: ['FUNDS', 'HOSTS'],
        evidenceKinds: null,
        next: null,
        withEntity: false,
        fields: null,
        positions: [0, 2],
      },
      {
        direction: 'BOTH',
        types: null,
        evidenceKinds: null,
        next: null,
        withEntity: false,
        fields: null,
        positions: [1],
      },
      {
        direction: 'OUTGOING',
        types: ['FUNDS', 'HOSTS'],
        evidenceKinds: null,
        next: { types: ['FUNDS', 'HOSTS'], direction: 'BOTH', first: 3, evidenceKinds: null },
        withEntity: false,
        fields: null,
        positions: [3],
      },
      {
        direction: 'BOTH',
        types: null,
        evidenceKinds: ['CITED', 'QUOTED'],
        next: null,
        withEntity: false,
        fields: null,
        positions: [4, 5],
      },
    ]);
  });

  it('fetches the next level in the same statement, its page size a parameter', () => {
    const query = relationshipsOfQuery(
      { direction: 'OUTGOING', types: null, next: { types: ['HOSTS'], direction: 'INCOMING', first: 4 } },
      [{ entityId: 'city:wenzhou', types: null, direction: 'OUTGOING', first: 5, after: null }],
    );
    expect(query.text).toContain('OPTIONAL MATCH (e)<-[r:HOSTS]-(n)');
    expect(query.parameters['nextLimit']).toEqual(expect.objectContaining({ low: 5 }));
  });

  it('reads only the record parts asked for, the ends from the pattern, in a text that depends on the shape alone', () => {
    const fields = {
      entity: ['evidence'],
      relationship: ['evidence'],
      evidence: ['quote', 'section'],
    } as const;
    const group = {
      direction: 'OUTGOING' as const,
      types: null,
      next: { types: null, direction: 'OUTGOING' as const, first: 4 },
      withEntity: true,
      fields,
    };
    const request = (entityId: string) => ({
      entityId,
      types: null,
      direction: 'OUTGOING' as const,
      first: 5,
      after: null,
    });
    const query = relationshipsOfQuery(group, [request('city:wenzhou')]);
    expect(query.text).not.toContain('.*');
    expect(query.text).not.toContain('startNode');
    expect(query.text).toContain(
      'r {.id, .evidenceKinds, .evidenceQuotes, .evidenceSections, type: type(r)}',
    );
    expect(query.text).toContain('n {.id, .kind, .name, .evidenceKinds, .evidenceQuotes, .evidenceSections}');
    expect(relationshipsOfQuery(group, [request('city:taizhou'), request('x:y')]).text).toBe(query.text);
    // Attributes or relationship properties: every property, as for whole records.
    const wide = relationshipsOfQuery(
      {
        ...group,
        direction: 'BOTH',
        fields: { ...fields, entity: ['attributes'], relationship: ['properties'] },
      },
      [],
    );
    expect(wide.text).toContain(
      'n {.*, searchText: null, searchForms: null, searchName: null, searchNameLength: null, searchAliases: null, contentHash: null}',
    );
    expect(wide.text).toContain(
      'r {.*, contentHash: null, type: type(r), from: startNode(r).id, to: endNode(r).id}',
    );
  });

  it('writes an evidence-kind filter, and its parameter, only for a level that has one', () => {
    const filtered = relationshipsOfQuery(
      {
        direction: 'OUTGOING',
        types: null,
        evidenceKinds: ['QUOTED'],
        next: { types: null, direction: 'OUTGOING', first: 4, evidenceKinds: ['CITED'] },
      },
      [],
    );
    expect(filtered.text).toContain(
      'WHERE r.id > req.after AND any(kind IN r.evidenceKinds WHERE kind IN $evidenceKinds)',
    );
    expect(filtered.text).toContain('WHERE any(kind IN r.evidenceKinds WHERE kind IN $nextEvidenceKinds)');
    expect(filtered.parameters).toMatchObject({ evidenceKinds: ['QUOTED'], nextEvidenceKinds: ['CITED'] });
    const unfiltered = relationshipsOfQuery(
      { direction: 'OUTGOING', types: null, next: { types: null, direction: 'OUTGOING', first: 4 } },
      [],
    );
    expect(unfiltered.text).not.toContain('evidenceKinds');
    expect(Object.keys(unfiltered.parameters).sort()).toEqual(['nextLimit', 'requests']);
  });

  it('keeps the nested-entity statement short: the driver writes it in 1,400-byte chunks', () => {
    // The bench's entity-nested-2 shape: six types at both levels, with the entity, reading ids, names,
    // kinds and evidence quotes and sections. Listing every key in each of the five records made it
    // 2.9 kB, three socket writes per request. At 1,092 bytes it goes with its parameters, metadata and
    // the PULL in one write (1,336 bytes a request, counted on the service's socket).
    const types: RelationshipType[] = [...NESTED_TYPES];
    const query = relationshipsOfQuery(
      {
        direction: 'OUTGOING',
        types,
        withEntity: true,
        next: { types, direction: 'OUTGOING', first: 10 },
        fields: { entity: ['evidence'], relationship: ['evidence'], evidence: ['quote', 'section'] },
      },
      [{ entityId: 'task:t1', types, direction: 'OUTGOING', first: 10, after: null }],
    );
    expect(Buffer.byteLength(query.text)).toBeLessThan(1100);
  });

  it('builds a neighbourhood on the server with the depth as a checked literal', () => {
    const request = {
      ids: ['city:wenzhou'],
      depth: 2,
      relationshipTypes: null,
      direction: 'OUTGOING' as const,
      limit: 50,
      kinds: ['CITY' as const],
      time: { asOf: '2022-01-01', from: null, to: null },
      perNodeLimit: null,
    };
    const query = neighborhoodQuery(request);
    // One subquery per level, each expanding the kept frontier by the relationship predicate.
    expect(query.text.match(/CALL \(kept, frontier, truncated\)/g)).toHaveLength(2);
    expect(query.text).toContain('MATCH (u)-[r WHERE ($types IS NULL OR type(r) IN $types) AND');
    expect(query.text).toContain(
      ']->(v:Entity)\n  WHERE ($kinds IS NULL OR v.kind IN $kinds) AND NOT v IN kept',
    );
    expect(query.parameters).toMatchObject({
      ids: ['city:wenzhou'],
      kinds: ['CITY'],
      types: null,
      timeAsOf: '2022-01-01',
      timeFrom: null,
    });
    expect(() => neighborhoodQuery({ ...request, depth: 2.5 })).toThrow('Not a hop count: 2.5');
  });

  it('writes the relationship predicate into a subgraph only for a request that filters relationships', () => {
    const unfiltered = {
      ids: ['city:wenzhou'],
      depth: 2,
      relationshipTypes: null,
      direction: 'BOTH' as const,
      limit: 50,
      kinds: null,
      time: null,
      perNodeLimit: null,
    };
    const predicate = 'r WHERE ($types IS NULL OR type(r) IN $types) AND';
    expect(neighborhoodQuery(unfiltered).text).toContain('MATCH (u)-[r]-(v:Entity)');
    expect(neighborhoodQuery(unfiltered).text).not.toContain('$types');
    // A time filter without a bound filters nothing.
    const noBound = { ...unfiltered, time: { asOf: null, from: null, to: null } };
    expect(neighborhoodQuery(noBound).text).not.toContain('$types');
    expect(graphQuery({ kinds: null, relationshipTypes: null, time: null, limit: 50 }).text).not.toContain(
      '$types',
    );
    for (const filtered of [
      { ...unfiltered, relationshipTypes: ['HOSTS' as const] },
      { ...unfiltered, evidenceKinds: ['QUOTED' as const] },
      { ...unfiltered, time: { asOf: null, from: '2020', to: null } },
    ]) {
      const text = neighborhoodQuery(filtered).text;
      expect(text).toContain(`MATCH (u)-[${predicate}`);
      // Once in each level's step (2) and in each of the three routes to the relationships among the kept.
      expect(text.split('($types IS NULL OR type(r) IN $types)')).toHaveLength(1 + 2 + 3);
    }
    expect(graphQuery({ kinds: null, relationshipTypes: ['HOSTS'], time: null, limit: 50 }).text).toContain(
      '$types',
    );
    // Shortest paths follow the same rule.
    const path = {
      from: 'city:taizhou',
      to: 'district:jiading',
      maxHops: 4,
      relationshipTypes: null,
      throughKinds: null,
      first: 1,
      mode: 'ALL_SHORTEST' as const,
    };
    expect(allShortestPathsQuery({ ...path, time: { asOf: null, from: null, to: null } }).text).not.toContain(
      '$types',
    );
    expect(allShortestPathsQuery({ ...path, time: { asOf: '2022', from: null, to: null } }).text).toContain(
      'WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types) AND',
    );
  });

  it('states the time rule on relationships as parameters', () => {
    expect(relationshipPredicate('r')).toMatchInlineSnapshot(
      `"($types IS NULL OR type(r) IN $types) AND ($evidenceKinds IS NULL OR any(kind IN r.evidenceKinds WHERE kind IN $evidenceKinds)) AND ($timeAsOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= substring($timeAsOf, 0, size(r.validFrom))) AND (r.validTo IS NULL OR r.validTo >= substring($timeAsOf, 0, size(r.validTo))))) AND ($timeFrom IS NULL OR r.validTo IS NULL OR r.validTo >= substring($timeFrom, 0, size(r.validTo))) AND ($timeTo IS NULL OR r.validFrom IS NULL OR r.validFrom <= substring($timeTo, 0, size(r.validFrom)))"`,
    );
  });

  it('asks for all shortest paths, or the k shortest groups, ignoring direction', () => {
    const request = {
      from: 'city:taizhou',
      to: 'district:jiading',
      relationshipTypes: ['COOPERATES_WITH' as const],
      maxHops: 4,
      time: null,
      throughKinds: ['CITY' as const],
      first: 3,
    };
    expect(allShortestPathsQuery({ ...request, mode: 'ALL_SHORTEST' }).text).toContain(
      'MATCH p = allShortestPaths((a)-[rs*..4]-(b))',
    );
    const kShortest = kShortestPathsQuery({ ...request, mode: 'K_SHORTEST' }, 3);
    expect(kShortest.text).toContain('MATCH p = SHORTEST 3 GROUPS (a)((x)-[r WHERE');
    expect(kShortest.text).toContain(
      '-(y WHERE y = b OR $throughKinds IS NULL OR y.kind IN $throughKinds)){1,4}(b)',
    );
    expect(kShortest.parameters).toMatchObject({
      from: 'city:taizhou',
      to: 'district:jiading',
      types: ['COOPERATES_WITH'],
      throughKinds: ['CITY'],
    });
  });

  it('searches with escaped prefix terms joined by AND', () => {
    const query = searchQuery(prepareQuery('wenzhou and a+b'), null, 10);
    expect(query.parameters['lucene']).toBe('wenzhou* AND and* AND a* AND b*');
    expect(query.text).toContain("db.index.fulltext.queryNodes('entity_search', $lucene");
  });

  it('scores candidates in the statement and reads only the best `first`, whole', () => {
    const query = searchQuery(prepareQuery('Wenzhou City'), ['CITY'], 3);
    expect(query.parameters).toMatchObject({
      phrase: 'wenzhou city',
      spacedTokens: [' wenzhou', ' city'],
      kinds: ['CITY'],
      // One term of the keyword-analysed alias index: the whole phrase.
      alias: '"wenzhou city"',
    });
    expect(query.parameters['first']).toEqual(neo4j.int(3));
    expect(query.text).toContain('WHERE n.kind IN $kinds');
    expect(query.text).toMatch(/ORDER BY score DESC, n\.name, n\.id LIMIT \$first\nRETURN n \{/);
  });

  it('reads only the parts of the winners the operation shows', () => {
    const narrow = searchQuery(prepareQuery('Wenzhou City'), null, 3, {
      entity: [],
      relationship: [],
      evidence: [],
    });
    expect(narrow.text).toMatch(/RETURN n \{\.id, \.kind, \.name\} AS entity, score$/);
    const withDescription = searchQuery(prepareQuery('Wenzhou City'), null, 3, {
      entity: ['description'],
      relationship: [],
      evidence: [],
    });
    expect(withDescription.text).toMatch(
      /RETURN n \{\.id, \.kind, \.name, \.description\} AS entity, score$/,
    );
  });

  it('writes the kind filter only when kinds are given, so the text depends only on the shape', () => {
    const any = searchQuery(prepareQuery('Wenzhou City'), null, 3);
    expect(any.text).not.toContain('$kinds');
    expect(any.parameters).not.toHaveProperty('kinds');
    expect(searchQuery(prepareQuery('jiading'), null, 10).text).toBe(any.text);
    expect(searchQuery(prepareQuery('jiading'), ['PARK'], 10).text).toBe(
      searchQuery(prepareQuery('Wenzhou City'), ['CITY'], 3).text,
    );
  });

  it('passes the phrase length in code points, as Cypher counts a string', () => {
    // U+20000 is one Han character and two UTF-16 units.
    const query = searchQuery(prepareQuery('\u{20000}a'), null, 1);
    expect(query.parameters['phraseLength']).toBe(3);
  });

  it('escapes every Lucene operator character and keyword', () => {
    expect(escapeLucene('"a" (b) ~c^2 d:e f/g [h] {i} j&&k||l !m -n +o ?p *q \\r')).toBe(
      '\\"a\\" \\(b\\) \\~c\\^2 d\\:e f\\/g \\[h\\] \\{i\\} j\\&\\&k\\|\\|l \\!m \\-n \\+o \\?p \\*q \\\\r',
    );
    expect(escapeLucene('AND')).toBe('and');
    expect(escapeLucene('NOT')).toBe('not');
  });

  it('writes relationship types only from the closed vocabulary', () => {
    expect(relationshipTypeAlternation(['COOPERATES_WITH', 'HOSTS'])).toBe(':COOPERATES_WITH|HOSTS');
    expect(relationshipTypeAlternation(null)).toBe('');
    expect(relationshipTypeAlternation([])).toBe(':`__NO_TYPE__`');
    expect(() => relationshipTypeAlternation(['HOSTS]->() DETACH DELETE (x' as RelationshipType])).toThrow(
      'Not a relationship type',
    );
  });

  it('counts entities of chosen kinds from the count store', () => {
    expect(countEntitiesQuery({ kinds: ['CITY', 'PARK'] }).text).toBe(
      'RETURN COUNT { (:City) } + COUNT { (:Park) } AS count',
    );
    expect(countEntitiesQuery({ kinds: [] }).text).toBe('RETURN 0 AS count');
  });

  it('counts relationships of chosen types from the count store', () => {
    expect(countRelationshipsQuery({ types: ['HOSTS', 'FUNDS'] }).text).toBe(
      'RETURN COUNT { ()-[:HOSTS]->() } + COUNT { ()-[:FUNDS]->() } AS count',
    );
  });
});
