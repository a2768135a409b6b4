import type { Authentication } from '../auth/index.js';
import { processWorkTurns, RequestOwner, type Connection, type WorkTurns } from '../turns/index.js';
import type { KnowledgeGraphStore } from '../store/index.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives. Built anew for every request. */
export interface GraphQLContext {
  store: KnowledgeGraphStore;
  /** Per-request DataLoaders: batch and de-duplicate store calls within this request only. */
  loaders: Loaders;
  /** Correlates log lines and error responses. */
  requestId: string;
  /** Who is calling (from the request's API key), or why nobody is. */
  authentication: Authentication;
  /** Where `export` fields wait for their turn, with the downloads (see WorkTurns). */
  workTurns: WorkTurns;
  /**
   * The request as the owner of its exports and analyses: answered once its answer is sent
   * (markAnsweredPlugin) or its client has gone, and what still waits for a turn is then dropped.
   */
  owner: RequestOwner;
}

export interface ContextOptions {
  store: KnowledgeGraphStore;
  requestId: string;
  /** @default no credential */
  authentication?: Authentication;
  /** @default the process's (`processWorkTurns`) */
  workTurns?: WorkTurns;
  /** The request's socket, when it came over HTTP: its work is dropped if the client goes. */
  connection?: Connection;
}

export function createContext(options: ContextOptions): GraphQLContext {
  return {
    store: options.store,
    loaders: createLoaders(options.store),
    requestId: options.requestId,
    authentication: options.authentication ?? { principal: null, problem: 'missing' },
    workTurns: options.workTurns ?? processWorkTurns,
    owner: new RequestOwner(options.connection),
  };
}
