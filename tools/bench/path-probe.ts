/**
 * Times path queries on one store, one request at a time, over the bench's sample pairs:
 * `tsx tools/bench/path-probe.ts --size 100k (--dataset DIR | --neo4j-uri URI) [--rounds 3] [--pairs 64] [--query shortest]`.
 * With --dataset it loads the dataset into an embedded store (100k needs
 * NODE_OPTIONS=--max-old-space-size=12000); with --neo4j-uri it asks a Neo4j already seeded with the
 * same generated dataset. The first round also warms up (the embedded store builds its path adjacency
 * on first use, Neo4j plans the statement); it is timed and reported apart. A script, not a test.
 */
import { parseArgs } from 'node:util';
import { loadDataset } from '../../src/dataset/index.js';
import { parseSize } from '../generate/index.js';
import type { KnowledgeGraphStore, PathsRequest } from '../../src/store/index.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { graphFor, samplesOf } from './samples.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10k' },
    seed: { type: 'string', default: '42' },
    dataset: { type: 'string' },
    'neo4j-uri': { type: 'string' },
    rounds: { type: 'string', default: '3' },
    /** Only the first N sample pairs (there are 64). */
    pairs: { type: 'string', default: '64' },
    /** shortest: shortestPath maxHops 6, as the bench asks; all: ALL_SHORTEST first 10; k: K_SHORTEST first 5 maxHops 5. */
    query: { type: 'string', default: 'shortest' },
    'timeout-ms': { type: 'string', default: '10000' },
  },
});
const seed = Number(values.seed);
const timeoutMs = Number(values['timeout-ms']);
const pairs = samplesOf(graphFor(parseSize(values.size!), seed), seed).pairs.slice(0, Number(values.pairs));
const store = await openStore();

const ask = async (from: string, to: string): Promise<number | null> => {
  const base = { from, to, relationshipTypes: null, time: null, throughKinds: null };
  if (values.query === 'shortest') {
    const path = await store.shortestPath({ ...base, maxHops: 6 });
    return path ? path.relationships.length : null;
  }
  const request: PathsRequest =
    values.query === 'all'
      ? { ...base, mode: 'ALL_SHORTEST', maxHops: 6, first: 10 }
      : { ...base, mode: 'K_SHORTEST', maxHops: 5, first: 5 };
  return (await store.paths(request)).length;
};

const timings: number[] = [];
const failures = new Map<string, number>();
let warmUp = 0;
for (let round = 0; round <= Number(values.rounds); round++) {
  for (const [from, to] of pairs) {
    const started = performance.now();
    try {
      await ask(from, to);
    } catch (error) {
      const code = String((error as { extensions?: { code?: string } }).extensions?.code ?? error);
      failures.set(code, (failures.get(code) ?? 0) + 1);
    }
    const ms = performance.now() - started;
    if (round === 0) warmUp += ms;
    else timings.push(ms);
  }
}
await store.close();

timings.sort((a, b) => a - b);
const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!.toFixed(1);
console.log(
  JSON.stringify({
    store: store.kind,
    size: values.size,
    query: values.query,
    requests: timings.length,
    sequential: true,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: timings[timings.length - 1]!.toFixed(1),
    warmUpRoundMs: Math.round(warmUp),
    failures: Object.fromEntries(failures),
  }),
);

async function openStore(): Promise<KnowledgeGraphStore> {
  if (values.dataset) {
    const started = performance.now();
    const dataset = await loadDataset(values.dataset);
    console.error(`loaded ${values.dataset} in ${Math.round(performance.now() - started)} ms`);
    return createEmbeddedStore({ dataset, timeoutMs });
  }
  if (values['neo4j-uri']) {
    return createNeo4jStore({ uri: values['neo4j-uri'], user: 'neo4j', password: 'bench', timeoutMs });
  }
  throw new Error('Give --dataset DIR (embedded store) or --neo4j-uri URI (a seeded Neo4j).');
}
