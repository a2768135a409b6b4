import neo4j, { Record } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import * as statements from '../../../../src/store/neo4j/cypher/index.js';
import {
  entityFrom,
  relationshipBetween,
  relationshipFrom,
} from '../../../../src/store/neo4j/cypher/decode/records.js';
import { ENTITY_ATTRIBUTE_KEYS } from '../../../../src/model/index.js';

// The decoders on driver Records built by hand: rows that do not fit fail with an error that says
// where. (Every decoder also reads real rows: read-statements.test.ts, write-statements.writes.test.ts.)
describe('row decoders', () => {
  const city = {
    id: 'city:x',
    kind: 'CITY',
    name: 'X',
    aliases: null,
    description: null,
    status: null,
    year: neo4j.int(2020),
    latitude: 30.5,
    evidenceKinds: ['CITED'],
    evidenceSources: ['s'],
    evidenceSections: [''],
    evidenceNotes: ['n'],
  };

  it('read the columns a statement returns, taking driver Integers as numbers', () => {
    const [decoded] = [statements.getEntitiesQuery(['city:x']).decode(new Record(['entity'], [city]))];
    expect(decoded).toEqual({
      id: 'city:x',
      kind: 'CITY',
      name: 'X',
      aliases: [],
      description: null,
      attributes: { year: 2020, latitude: 30.5 },
      evidence: [{ kind: 'CITED', source: 's', section: null, note: 'n' }],
    });
    expect(statements.countEntitiesQuery({ kinds: null }).decode(new Record(['count'], [neo4j.int(7)]))).toBe(
      7,
    );
  });

  it('name a missing column and the columns there are', () => {
    expect(() => statements.countEntitiesQuery({ kinds: null }).decode(new Record(['total'], [1]))).toThrow(
      'Neo4j row has no column "count" (it has total)',
    );
  });

  it('say which value does not fit, and how', () => {
    expect(() => entityFrom({ ...city, kind: 'TOWN' })).toThrow(
      /^Neo4j row: entity\.kind is not one of PLAN, /,
    );
    expect(() => entityFrom({ ...city, name: 3 })).toThrow(
      'Neo4j row: entity.name is not a string (got number)',
    );
    expect(() => entityFrom({ ...city, year: 2020.5 })).toThrow(
      'Neo4j row: entity.year is not a whole number (got number)',
    );
    expect(() => entityFrom({ ...city, year: neo4j.int('9007199254740993') })).toThrow(
      'entity.year is not a whole number',
    );
    expect(() => entityFrom({ ...city, evidenceSources: 's' })).toThrow(
      'Neo4j row: entity.evidenceSources is not a list (got string)',
    );
    expect(() => entityFrom({ ...city, evidenceNotes: [null] })).toThrow(
      'Neo4j row: entity.evidenceNotes[] is not a string (got null)',
    );
    expect(() => entityFrom([city])).toThrow('Neo4j row: entity is not a map (got a list)');
    const summary = statements.summaryQuery();
    expect(() =>
      summary.decode(
        new Record(
          ['entityCount', 'relationshipCount', 'entitiesByKind', 'relationshipsByType'],
          [1, 1, {}, {}],
        ),
      ),
    ).toThrow('Neo4j row: entitiesByKind.PLAN is not a whole number (got undefined)');
  });

  it('read a page and its total count from one row', () => {
    const list = statements.listEntitiesQuery({ kinds: null }, { first: 1, after: null });
    const counted = statements.withTotalCount(
      list,
      statements.countEntitiesQuery({ kinds: null }),
      'entity',
      entityFrom,
    );
    expect(counted.decode(new Record(['items', 'count'], [[city], 12]))).toEqual({
      items: [entityFrom(city)],
      count: 12,
    });
  });

  // A change's `before` is the record as JSON, so both stores must build it with the same key order.
  it('read attributes in the order the model declares them, whatever order the row has', () => {
    const { year, latitude, ...rest } = city;
    const decoded = entityFrom({ latitude, ...rest, province: 'Zhejiang', year, longitude: 120.7 });
    const declared = ENTITY_ATTRIBUTE_KEYS.filter((key) => key in decoded.attributes);
    expect(Object.keys(decoded.attributes)).toEqual(declared);
    expect(declared).toEqual(expect.arrayContaining(['province', 'latitude', 'longitude', 'year']));
    expect(entityFrom({ ...rest }).attributes).toEqual({});
  });

  it('read a relationship matched with a direction with the ends the caller gives, as one with its ends', () => {
    const row = {
      id: 'r1',
      type: 'HOSTS',
      year: 2021,
      evidenceKinds: ['CITED'],
      evidenceSources: ['s'],
      evidenceNotes: ['n'],
    };
    const between = relationshipBetween(row, 'city:x', 'park:y', 'pages[]', 'relationships', true);
    expect(between).toEqual(relationshipFrom({ ...row, from: 'city:x', to: 'park:y' }));
    expect(between.properties).toEqual({ year: 2021 });
    expect(() =>
      relationshipBetween({ ...row, type: 'NEAR' }, 'a', 'b', 'pages[]', 'relationships', true),
    ).toThrow(/^Neo4j row: pages\[\]\.relationships\[\]\.type is not one of /);
  });
});
