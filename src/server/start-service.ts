import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Logger } from '../logger.js';
import type { KnowledgeGraphStore } from '../store/index.js';
import { createApolloServer } from '../graphql/create-apollo-server.js';
import { createApp } from './create-app.js';

export interface ServiceOptions {
  store: KnowledgeGraphStore;
  logger: Logger;
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  introspection: boolean;
}

export interface RunningService {
  /** Base URL, for example `http://127.0.0.1:4000`. */
  url: string;
  /** Stops taking requests, lets in-flight ones finish, then closes the store. */
  stop(): Promise<void>;
}

/** Starts the HTTP service on an already-open store. */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const httpServer = http.createServer();
  const apollo = createApolloServer({
    logger: options.logger,
    introspection: options.introspection,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  httpServer.on('request', createApp({ apollo, store: options.store, logger: options.logger }));
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen({ host: options.host, port: options.port }, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    async stop() {
      await apollo.stop();
      await options.store.close();
    },
  };
}
