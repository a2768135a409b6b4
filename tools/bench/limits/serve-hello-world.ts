/**
 * Apollo Server 5's standalone hello-world in its own process: what a trivial operation costs in Apollo
 * with nothing of ours around it (no Express app, guards, metrics or logging). The bench sends it the
 * same `{ __typename }` it sends our service. `node dist/tools/bench/limits/serve-hello-world.js`
 * (see buildBenchChildren); `ready` over IPC.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const started = performance.now();
const server = new ApolloServer({
  typeDefs: 'type Query { hello: String }',
  resolvers: { Query: { hello: () => 'world' } },
});
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
const memory = () => ({ rssMb: Math.round(process.memoryUsage().rss / 1048576) });
process.send!({
  type: 'ready',
  url,
  pid: process.pid,
  startMs: Math.round(performance.now() - started),
  ...memory(),
});
process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') process.send!({ type: 'stats', storeCalls: 0, ...memory() });
  if (message.type === 'stop') void server.stop().then(() => process.exit(0));
});
