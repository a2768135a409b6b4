import type { Authentication } from '../auth/index.js';
import { processWorkTurns, type WorkTurns } from '../turns/index.js';
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
   * Set once the answer is sent (markAnsweredPlugin); the request's exports and analyses still waiting
   * for their turn are then dropped (WorkOwner).
   */
  answered: boolean;
}

export interface ContextOptions {
  store: KnowledgeGraphStore;
  requestId: string;
  /** @default no credential */
  authentication?: Authentication;
  /** @default the process's (`processWorkTurns`) */
  workTurns?: WorkTurns;
}

export function createContext(options: ContextOptions): GraphQLContext {
  return {
    store: options.store,
    loaders: createLoaders(options.store),
    requestId: options.requestId,
    authentication: options.authentication ?? { principal: null, problem: 'missing' },
    workTurns: options.workTurns ?? processWorkTurns,
    answered: false,
  };
}
