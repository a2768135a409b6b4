import { describe, expect, it } from 'vitest';
import { importEntitiesQuery, importRelationshipsQuery } from '../../../src/store/neo4j/cypher/index.js';

// The bulk-load statements, pure: a change to either shows up here in review.
describe('the import statements', () => {
  it('creates a missing entity and overwrites and relabels a changed one, in one pass', () => {
    const rows = [{ props: { id: 'city:wenzhou', contentHash: 'h' }, label: 'City', basis: [] }];
    const query = importEntitiesQuery(rows);
    expect(query.text).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      OPTIONAL MATCH (existing:Entity {id: row.props.id})
      WITH row, existing
      WHERE existing IS NULL OR existing.contentHash <> row.props.contentHash
      FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
        CREATE (n:Entity) SET n = row.props SET n:$(row.label))
      SET existing = row.props
      REMOVE existing:Plan:Task:Goal:Milestone:City:District:Region:Park:Fund:University:Initiative:Industry:Infrastructure:Organization:Person:Event
      SET existing:$(row.label)
      WITH *
      CALL (row) {
        MATCH (old:BasisLink {dependent: row.props.id})
        DELETE old
      }
      FOREACH (basisId IN row.basis | CREATE (:BasisLink {dependent: row.props.id, basis: basisId}))
      RETURN count(existing) AS updated, count(*) - count(existing) AS created"
    `);
    expect(query.parameters).toEqual({ rows });
    expect(() => importEntitiesQuery([{ props: {}, label: 'City) DETACH DELETE (n', basis: [] }])).toThrow(
      'Not a kind label',
    );
  });

  it('finds an existing relationship by its id in the type index, and creates a missing one', () => {
    const rows = [
      { from: 'city:a', to: 'park:b', props: { id: 'city:a-[HOSTS]->park:b', contentHash: 'h' }, basis: [] },
    ];
    const query = importRelationshipsQuery('HOSTS', rows);
    expect(query.text).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      OPTIONAL MATCH ()-[existing:HOSTS {id: row.props.id}]->()
      WITH row, existing
      WHERE existing IS NULL OR existing.contentHash <> row.props.contentHash
      MATCH (a:Entity {id: row.from})
      MATCH (b:Entity {id: row.to})
      FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
        CREATE (a)-[r:HOSTS]->(b) SET r = row.props)
      SET existing = row.props
      WITH *
      CALL (row) {
        MATCH (old:BasisLink {dependent: row.props.id})
        DELETE old
      }
      FOREACH (basisId IN row.basis | CREATE (:BasisLink {dependent: row.props.id, basis: basisId}))
      RETURN count(existing) AS updated, count(*) - count(existing) AS created"
    `);
    expect(query.parameters).toEqual({ rows });
    expect(() => importRelationshipsQuery('LIKES' as never, rows)).toThrow('Not a relationship type');
  });
});
