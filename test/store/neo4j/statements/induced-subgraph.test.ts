import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../../../src/model/index.js';
import { createEmbeddedStore } from '../../../../src/store/embedded/index.js';
import type { KnowledgeGraphStore, NeighborhoodRequest } from '../../../../src/store/index.js';
import * as statements from '../../../../src/store/neo4j/cypher/index.js';
import { DENSE_DEGREE } from '../../../../src/store/neo4j/cypher/parts/subgraph.js';
import type { Statement } from '../../../../src/store/neo4j/cypher/statement.js';
import type { QueryRunner } from '../../../../src/store/neo4j/query-runner.js';
import { bundledDataset } from '../../../support/bundled-dataset.js';
import { openStatementRunner, rolledBack } from './statement-runner.js';

/** The same statement with the hub threshold of inducedSubgraph moved. */
const withDenseDegree = <Row>(statement: Statement<Row>, degree: number): Statement<Row> => ({
  ...statement,
  parameters: { ...statement.parameters, denseDegree: neo4j.int(degree) },
});

// The relationships among a subgraph's entities are found by three routes (an entity's outgoing list,
// the other end's incoming list, or the id when both ends are hubs; see inducedSubgraph). On the
// bundled dataset no entity passes the production threshold, so the threshold is moved down until
// every relationship goes by its id, and the answer must stay the embedded store's at every step.
describe('the relationships among kept entities, by every route', () => {
  let runner: QueryRunner;
  let close: () => Promise<void>;
  let dataset: Dataset;
  let embedded: KnowledgeGraphStore;
  // 0: every relationship found by its id. 1 and 5: a mix. DENSE_DEGREE: every one from a list.
  const degrees = [0, 1, 5, DENSE_DEGREE];
  const wenzhou: NeighborhoodRequest = {
    ids: ['city:wenzhou'],
    depth: 2,
    relationshipTypes: null,
    direction: 'BOTH',
    limit: 200,
    kinds: null,
    time: null,
    perNodeLimit: null,
  };

  beforeAll(async () => {
    ({ runner, close } = openStatementRunner(inject('neo4j')));
    dataset = await bundledDataset();
    embedded = createEmbeddedStore({ dataset });
  });

  afterAll(async () => {
    await close();
  });

  it('gives a neighbourhood the embedded store’s relationships, ids that share a prefix told apart', async () => {
    const expected = await embedded.neighborhood(wenzhou);
    const keptIds = expected!.nodes.map((node) => node.id);
    // An id seek for region:shanghai-metropolitan-area also finds the relationship to
    // region:shanghai-metropolitan-area-key-cities: both are kept, so the ends must be checked.
    expect(keptIds).toEqual(
      expect.arrayContaining([
        'region:shanghai-metropolitan-area',
        'region:shanghai-metropolitan-area-key-cities',
        'initiative:all-in-one-net',
        'initiative:all-in-one-net-offline-window',
      ]),
    );
    expect(expected!.relationships.length).toBeGreaterThan(60);
    for (const degree of degrees) {
      const [subgraph] = await runner.read(
        'test',
        withDenseDegree(statements.neighborhoodQuery(wenzhou), degree),
      );
      expect({ degree, subgraph: { ...subgraph!, omitted: [] } }).toEqual({ degree, subgraph: expected });
    }
  });

  it('filters the relationships found by id as those found from a list', async () => {
    const filtered: NeighborhoodRequest = {
      ...wenzhou,
      relationshipTypes: ['COOPERATES_WITH', 'HOSTS', 'LOCATED_IN'],
      time: { asOf: '2021-06-30', from: null, to: null },
    };
    const expected = await embedded.neighborhood(filtered);
    expect(expected!.relationships.length).toBeGreaterThan(20);
    for (const degree of degrees) {
      const [subgraph] = await runner.read(
        'test',
        withDenseDegree(statements.neighborhoodQuery(filtered), degree),
      );
      expect({ degree, subgraph: { ...subgraph!, omitted: [] } }).toEqual({ degree, subgraph: expected });
    }
    const graph = { kinds: null, relationshipTypes: null, limit: 150, time: null };
    const whole = await embedded.graph(graph);
    for (const degree of degrees) {
      const [subgraph] = await runner.read('test', withDenseDegree(statements.graphQuery(graph), degree));
      expect({ degree, subgraph: { ...subgraph!, omitted: [] } }).toEqual({ degree, subgraph: whole });
    }
  });

  it('finds a second relationship of the same type between the same ends (an id with #2)', async () => {
    const narrow = { ...wenzhou, depth: 1, fields: { entity: [], relationship: [], evidence: [] } };
    const first = dataset.relationships.find(
      (r) => r.from === 'city:wenzhou' && r.type === 'COOPERATES_WITH',
    )!;
    const second = `${first.id}#2`;
    await rolledBack(runner, async (run) => {
      await run({
        text: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CREATE (a)-[:COOPERATES_WITH {id: $id, evidenceKinds: ['QUOTED']}]->(b)`,
        parameters: { from: first.from, to: first.to, id: second },
        decode: () => undefined,
      });
      for (const degree of degrees) {
        const [subgraph] = await run(withDenseDegree(statements.neighborhoodQuery(narrow), degree));
        const ids = subgraph!.relationships.map((relationship) => relationship.id);
        expect({ degree, both: ids.filter((id) => id.startsWith(first.id)) }).toEqual({
          degree,
          both: [first.id, second],
        });
      }
    });
  });
});
