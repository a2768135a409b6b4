/**
 * PROFILE of our store's Cypher (the builders in src/store/neo4j/cypher) and the hand-written
 * equivalents on a seeded Neo4j: `tsx tools/bench/profile-plans.ts URI SIZE [SEED]`. Prints db hits, rows
 * and time per statement, and the operators with the most db hits.
 */
import neo4j from 'neo4j-driver';
import * as queries from '../../src/store/neo4j/cypher/index.js';
import { prepareQuery } from '../../src/search/index.js';
import { parseSize } from '../generate/index.js';
import { QUERIES, NESTED_TYPES } from './queries.js';
import { graphFor, samplesOf } from './samples.js';

const [uri, sizeText, seedText] = process.argv.slice(2) as [string, string, string | undefined];
const seed = Number(seedText ?? 42);
const samples = samplesOf(graphFor(parseSize(sizeText), seed), seed);
const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'bench'));
const id = samples.ids[0]!;
const hub = (
  await driver.executeQuery('MATCH (t:Task) RETURN t.id AS id ORDER BY COUNT { (t)--() } DESC LIMIT 1')
).records[0]!.get('id') as string;

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: Plan[];
  arguments: Record<string, unknown>;
}
const flatten = (plan: Plan): Plan[] => [plan, ...plan.children.flatMap(flatten)];
/** A store Statement in the shape the hand-written ones share. */
const plain = (statement: queries.Statement<unknown>) => ({
  cypher: statement.text,
  params: statement.parameters,
});
const statements: [string, { cypher: string; params: Record<string, unknown> }][] = [
  [
    'relationshipsOf OUTGOING typed (typical entity)',
    plain(
      queries.relationshipsOfQuery({ direction: 'OUTGOING', types: [...NESTED_TYPES], next: null }, [
        { entityId: id, types: [...NESTED_TYPES], direction: 'OUTGOING', first: 10, after: null },
      ]),
    ),
  ],
  [
    'relationshipsOf OUTGOING typed (hub task)',
    plain(
      queries.relationshipsOfQuery({ direction: 'OUTGOING', types: [...NESTED_TYPES], next: null }, [
        { entityId: hub, types: [...NESTED_TYPES], direction: 'OUTGOING', first: 10, after: null },
      ]),
    ),
  ],
  [
    'neighborhood depth 2',
    plain(
      queries.neighborhoodQuery({
        ids: [id],
        depth: 2,
        relationshipTypes: null,
        direction: 'BOTH',
        limit: 200,
        kinds: null,
        time: null,
        perNodeLimit: null,
      }),
    ),
  ],
  [
    'paths ALL_SHORTEST',
    plain(
      queries.allShortestPathsQuery({
        from: samples.pairs[0]![0],
        to: samples.pairs[0]![1],
        relationshipTypes: null,
        maxHops: 6,
        time: null,
        mode: 'ALL_SHORTEST',
        throughKinds: null,
        first: 1,
      }),
    ),
  ],
  [
    'listEntities kinds [CITY]',
    plain(queries.listEntitiesQuery({ kinds: ['CITY'] }, { first: 20, after: null })),
  ],
  ['countEntities kinds [CITY]', plain(queries.countEntitiesQuery({ kinds: ['CITY'] }))],
  ['search', plain(queries.searchQuery(prepareQuery(samples.terms[0]!), null, 10))],
  ['driver: nested (hand-written)', QUERIES[0]!.driver(samples, 0)],
  ['driver: neighborhood-2 (hand-written)', QUERIES[3]!.driver(samples, 0)],
];
for (const [name, statement] of statements) {
  try {
    await driver.executeQuery(statement.cypher, statement.params);
    const started = performance.now();
    const result = await driver.executeQuery(`PROFILE ${statement.cypher}`, statement.params);
    const ms = performance.now() - started;
    const plan = result.summary.profile as unknown as Plan;
    const operators = flatten(plan);
    const total = operators.reduce((sum, op) => sum + op.dbHits, 0);
    const top = [...operators].sort((a, b) => b.dbHits - a.dbHits).slice(0, 3);
    console.log(
      `${name}: ${total} db hits, ${result.records.length} rows, ${ms.toFixed(1)} ms; top: ${top.map((op) => `${op.operatorType} ${op.dbHits} hits/${op.rows} rows ${String(op.arguments['Details'] ?? '').slice(0, 120)}`).join(' | ')}`,
    );
  } catch (error) {
    console.log(`${name}: ERROR ${(error as Error).message.slice(0, 300)}`);
  }
}
console.log(`(typical id ${id}, hub ${hub})`);
await driver.close();
