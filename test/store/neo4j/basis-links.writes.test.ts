import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset, EntityRecord, RelationshipRecord } from '../../../src/model/index.js';
import * as statements from '../../../src/store/neo4j/cypher/index.js';
import { entityRow, relationshipRow } from '../../../src/store/neo4j/import-dataset.js';
import type { Neo4jStore } from '../../../src/store/neo4j/index.js';
import type { QueryRunner, RunStatement } from '../../../src/store/neo4j/query-runner.js';
import { bundledDataset } from '../../support/bundled-dataset.js';
import { openTestNeo4jStore, resetToBundledDataset } from '../../support/neo4j-test-database.js';
import { openStatementRunner, rolledBack } from './statements/statement-runner.js';

/** Every basis link as `dependent basis`, sorted. */
const allLinks: statements.Statement<string> = {
  text: 'MATCH (link:BasisLink) RETURN link.dependent + " " + link.basis AS pair ORDER BY pair',
  parameters: {},
  decode: (record) => record.get('pair') as string,
};

/** The (dependent, basis) pairs the dataset's records state, worked out from the records alone. */
function pairsOf(dataset: Dataset): string[] {
  const pairs = new Set<string>();
  for (const record of [...dataset.entities, ...dataset.relationships]) {
    for (const item of record.evidence) {
      for (const basisId of item.basis ?? []) pairs.add(`${record.id} ${basisId}`);
    }
  }
  return [...pairs].sort();
}

// The links a retraction's check reads (src/store/neo4j/cypher/parts/basis-links.ts): kept by every
// write statement, found by an index seek, and backfilled on start for a database written before them.
describe('basis links on Neo4j', () => {
  let runner: QueryRunner;
  let close: () => Promise<void>;
  let store: Neo4jStore;
  let driver: Driver;
  let dataset: Dataset;

  beforeAll(async () => {
    const connection = inject('neo4j');
    ({ runner, close } = openStatementRunner(connection));
    store = openTestNeo4jStore(connection);
    driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
    dataset = await bundledDataset();
  });

  afterAll(async () => {
    await resetToBundledDataset(store);
    await store.close();
    await driver.close();
    await close();
  });

  it('holds one link per record and id it rests on after an import', async () => {
    await resetToBundledDataset(store);
    const expected = pairsOf(dataset);
    expect(expected.length).toBeGreaterThan(100);
    expect(await runner.read('test', allLinks)).toEqual(expected);
  });

  it('replaces a record’s links when it is upserted or imported, and deletes them when it goes', async () => {
    const inferred = (basis: string[]) => ({
      kind: 'INFERRED' as const,
      source: null,
      section: null,
      rationale: 'For the test.',
      basis,
    });
    const entity: EntityRecord = {
      id: 'park:links-test',
      kind: 'PARK',
      name: 'Links Test',
      aliases: [],
      description: null,
      attributes: {},
      evidence: [inferred(['city:wenzhou', 'city:hangzhou']), inferred(['city:wenzhou'])],
    };
    const relationship: RelationshipRecord = {
      id: 'park:links-test-[LOCATED_IN]->city:wenzhou',
      type: 'LOCATED_IN',
      from: entity.id,
      to: 'city:wenzhou',
      properties: {},
      evidence: [inferred([entity.id])],
    };
    const linksOf = async (run: RunStatement, id: string) =>
      (await run(allLinks)).filter((pair) => pair.startsWith(`${id} `));
    await rolledBack(runner, async (run) => {
      await run(statements.upsertEntitiesQuery([entityRow(entity)]));
      expect(await linksOf(run, entity.id)).toEqual([
        `${entity.id} city:hangzhou`,
        `${entity.id} city:wenzhou`,
      ]);
      await run(
        statements.importEntitiesQuery([entityRow({ ...entity, evidence: [inferred(['city:jiaxing'])] })]),
      );
      expect(await linksOf(run, entity.id)).toEqual([`${entity.id} city:jiaxing`]);
      await run(statements.upsertRelationshipsQuery('LOCATED_IN', [relationshipRow(relationship)]));
      expect(await linksOf(run, relationship.id)).toEqual([`${relationship.id} ${entity.id}`]);
      await run(statements.deleteRelationshipQuery(relationship));
      expect(await linksOf(run, relationship.id)).toEqual([]);
      await run(statements.importRelationshipsQuery('LOCATED_IN', [relationshipRow(relationship)]));
      expect(await linksOf(run, relationship.id)).toEqual([`${relationship.id} ${entity.id}`]);
      await run(statements.retractEntityQuery(entity.id));
      expect(await linksOf(run, entity.id)).toEqual([]);
      expect(await linksOf(run, relationship.id)).toEqual([]);
    });
  });

  it('finds the records resting on an id by an index seek on the links, not a scan', async () => {
    const query = statements.basisDependentsQuery(['city:wenzhou'], [], 1000);
    const session = driver.session();
    try {
      // Planned afresh from the statistics of now, not a plan cached by an earlier test: without its
      // index hint the planner chose a NodeIndexScan here, and the test must see the statement's own plan.
      const result = await session.run(`CYPHER replan=force PROFILE ${query.text}`, query.parameters);
      const operators: string[] = [];
      const details: string[] = [];
      const walk = (plan: {
        operatorType: string;
        arguments: Record<string, unknown>;
        children: unknown[];
      }) => {
        operators.push(plan.operatorType.split('@')[0]!);
        details.push(String(plan.arguments['Details'] ?? ''));
        for (const child of plan.children) walk(child as typeof plan);
      };
      const profile = result.summary.profile;
      if (!profile) throw new Error('PROFILE gave no plan');
      walk(profile);
      expect(operators, operators.join(' < ')).toContain('NodeIndexSeek');
      expect(details.find((detail) => detail.includes('BasisLink'))).toMatch(
        /RANGE INDEX link:BasisLink\(basis\) WHERE basis = basisId/,
      );
      expect(operators.filter((operator) => /Scan/.test(operator))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('backfills on start the links of a database written before them, and a retraction then sees them', async () => {
    await resetToBundledDataset(store);
    // A database as an earlier version left it: the records, and neither links nor the marker.
    const session = driver.session();
    try {
      await session.run('MATCH (n) WHERE n:BasisLink OR n:Backfill DETACH DELETE n');
    } finally {
      await session.close();
    }
    expect(await runner.read('test', allLinks)).toEqual([]);

    await store.ensureSchema();
    expect(await runner.read('test', allLinks)).toEqual(pairsOf(dataset));

    // The relationship of the dataset the most records rest on, and exactly those records.
    const dependents = new Map<string, Set<string>>();
    for (const pair of pairsOf(dataset)) {
      const [dependentId, basisId] = pair.split(' ') as [string, string];
      if (dependentId === basisId || !basisId.includes('-[')) continue;
      dependents.set(basisId, (dependents.get(basisId) ?? new Set()).add(dependentId));
    }
    const [basisId, resting] = [...dependents].sort(([, a], [, b]) => b.size - a.size)[0]!;
    expect(resting.size).toBeGreaterThan(1);
    const at = new Date().toISOString();
    const retraction = { action: 'RETRACT_RELATIONSHIP' as const, id: basisId, reason: 'test' };
    const refusal = await store
      .write({ id: `${at}-backfill`, at, actor: 'test', operations: [retraction] })
      .then(
        () => null,
        (error: unknown) => error as { extensions: Record<string, unknown> },
      );
    expect(refusal?.extensions).toMatchObject({
      code: 'CONFLICT',
      dependents: [...resting].sort().slice(0, 5),
      dependentCount: resting.size,
    });
  });
});
