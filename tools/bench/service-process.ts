/**
 * The service under test, in its own process (so the load generator does not share its event loop),
 * compiled as `npm start` runs it (see buildBenchChildren): `node dist/tools/bench/service-process.js
 * embedded DIR` or `… neo4j URI`. Talks to the bench over IPC: says `ready` with its URL and start
 * time, answers `stats` with store calls so far and memory.
 */
import { loadDataset } from '../../src/dataset/index.js';
import { createLogger } from '../../src/logger.js';
import { startService } from '../../src/server/start-service.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';

const [storeKind, target] = process.argv.slice(2) as ['embedded' | 'neo4j', string];
let storeCalls = 0;
const started = performance.now();

/** Counts every port call: the embedded store has no round trips, so calls are what is comparable. */
function counted(store: KnowledgeGraphStore): KnowledgeGraphStore {
  return new Proxy(store, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver) as unknown;
      if (typeof value !== 'function' || key === 'close' || key === 'ping') return value;
      return (...args: unknown[]) => {
        storeCalls++;
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}

let store: KnowledgeGraphStore;
let loadMs = 0;
if (storeKind === 'embedded') {
  const dataset = await loadDataset(target);
  const loaded = performance.now();
  store = counted(createEmbeddedStore({ dataset }));
  loadMs = Math.round(loaded - started);
} else {
  // Round trips counted by the adapter itself, one per statement sent.
  const neo4j = createNeo4jStore({
    uri: target,
    user: 'neo4j',
    password: 'bench',
    timeoutMs: 30_000,
    onRoundTrip: () => storeCalls++,
  });
  await neo4j.ensureSchema();
  store = neo4j;
}
const service = await startService({
  store,
  logger: createLogger({ level: 'silent' } as never),
  host: '127.0.0.1',
  port: 0,
  introspection: false,
});
const startMs = Math.round(performance.now() - started);
const memory = () => {
  const usage = process.memoryUsage();
  return { rssMb: Math.round(usage.rss / 1048576), heapUsedMb: Math.round(usage.heapUsed / 1048576) };
};
process.send!({ type: 'ready', url: service.url, startMs, loadMs, ...memory() });
process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') process.send!({ type: 'stats', storeCalls, ...memory() });
  if (message.type === 'stop') void service.stop().then(() => process.exit(0));
});
