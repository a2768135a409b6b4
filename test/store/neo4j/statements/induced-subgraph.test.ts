import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../../../src/model/index.js';
import { createEmbeddedStore } from '../../../../src/store/embedded/index.js';
import type {
  KnowledgeGraphStore,
  NeighborhoodRequest,
  SubgraphRecord,
} from '../../../../src/store/index.js';
import * as statements from '../../../../src/store/neo4j/cypher/index.js';
import { DENSE_DEGREE, HUB_PAIR_COST } from '../../../../src/store/neo4j/cypher/parts/subgraph.js';
import type { Statement } from '../../../../src/store/neo4j/cypher/statement.js';
import type { QueryRunner } from '../../../../src/store/neo4j/query-runner.js';
import { bundledDataset } from '../../../support/bundled-dataset.js';
import { openStatementRunner, rolledBack } from './statement-runner.js';

/**
 * The same statement with the hub threshold of inducedSubgraph moved, and the cost of a pair of hubs
 * (0: every pair of hubs sought by id; the production value with the production threshold).
 */
const withDenseDegree = <Row>(
  statement: Statement<Row>,
  degree: number,
  pairCost = degree === DENSE_DEGREE ? HUB_PAIR_COST : 0,
): Statement<Row> => ({
  ...statement,
  parameters: { ...statement.parameters, denseDegree: neo4j.int(degree), hubPairCost: neo4j.int(pairCost) },
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
  // 0: every relationship found by its id. 1, 5 and 20: a mix (city:wenzhou has 59 outgoing and 62
  // incoming). DENSE_DEGREE: every one from a list. A depth-2 neighbourhood (165 entities) starts at 5:
  // at 0 it makes tens of thousands of seeks, which took seconds.
  const everyRoute = [0, 1, 5, DENSE_DEGREE];
  const mixedRoutes = [5, 20, DENSE_DEGREE];
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

  /** The statement's subgraph at every threshold of `degrees` is `expected` (the embedded store's). */
  async function expectAtEveryDegree(
    statement: Statement<Omit<SubgraphRecord, 'omitted'>>,
    expected: SubgraphRecord | null,
    degrees: readonly number[] = mixedRoutes,
  ): Promise<void> {
    for (const degree of degrees) {
      const [subgraph] = await runner.read('test', withDenseDegree(statement, degree));
      expect({ degree, subgraph: { ...subgraph!, omitted: [] } }).toEqual({ degree, subgraph: expected });
    }
  }

  it('tells apart ids that share a prefix when it finds relationships by id', async () => {
    // An id seek for region:shanghai-metropolitan-area also finds city:wenzhou's relationship to
    // region:shanghai-metropolitan-area-key-cities (and likewise for the two initiatives). With these
    // five as seeds and a limit of five, they are the kept entities, so the ends must be checked.
    const prefixes: NeighborhoodRequest = {
      ...wenzhou,
      ids: [
        'city:wenzhou',
        'region:shanghai-metropolitan-area',
        'region:shanghai-metropolitan-area-key-cities',
        'initiative:all-in-one-net',
        'initiative:all-in-one-net-offline-window',
      ],
      depth: 1,
      limit: 5,
    };
    const expected = await embedded.neighborhood(prefixes);
    expect(expected!.nodes.map((node) => node.id).sort()).toEqual([...prefixes.ids].sort());
    expect(expected!.relationships.map((relationship) => relationship.id)).toEqual(
      expect.arrayContaining([
        'city:wenzhou-[COOPERATES_WITH]->region:shanghai-metropolitan-area-key-cities',
        'city:wenzhou-[HOSTS]->initiative:all-in-one-net-offline-window',
      ]),
    );
    await expectAtEveryDegree(statements.neighborhoodQuery(prefixes), expected, everyRoute);
  });

  it('gives a depth-2 neighbourhood the embedded store’s relationships', async () => {
    const expected = await embedded.neighborhood(wenzhou);
    expect(expected!.nodes.length).toBeGreaterThan(100);
    expect(expected!.relationships.length).toBeGreaterThan(60);
    await expectAtEveryDegree(statements.neighborhoodQuery(wenzhou), expected);
    // A pair cost of 1: a hub (over 5 outgoing) with no more outgoing relationships than there are kept
    // incoming hubs is read as a list, one with more is sought by id; this neighbourhood has both.
    const kept = expected!.nodes.map((node) => node.id);
    const count = (end: 'from' | 'to', id: string) =>
      dataset.relationships.filter((r) => r[end] === id).length;
    const incomingHubs = kept.filter((id) => count('to', id) > 5).length;
    const outgoingHubs = kept.map((id) => count('from', id)).filter((outgoing) => outgoing > 5);
    expect(outgoingHubs.some((outgoing) => outgoing <= incomingHubs)).toBe(true);
    expect(outgoingHubs.some((outgoing) => outgoing > incomingHubs)).toBe(true);
    const [mixed] = await runner.read('test', withDenseDegree(statements.neighborhoodQuery(wenzhou), 5, 1));
    expect({ ...mixed!, omitted: [] }).toEqual(expected);
  });

  it('filters the relationships found by id as those found from a list', async () => {
    const filtered: NeighborhoodRequest = {
      ...wenzhou,
      relationshipTypes: ['COOPERATES_WITH', 'HOSTS', 'LOCATED_IN'],
      time: { asOf: '2021-06-30', from: null, to: null },
    };
    const expected = await embedded.neighborhood(filtered);
    expect(expected!.relationships.length).toBeGreaterThan(20);
    await expectAtEveryDegree(statements.neighborhoodQuery(filtered), expected);
    const graph = { kinds: null, relationshipTypes: null, limit: 150, time: null };
    const whole = await embedded.graph(graph);
    await expectAtEveryDegree(statements.graphQuery(graph), whole);
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
      for (const degree of everyRoute) {
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
