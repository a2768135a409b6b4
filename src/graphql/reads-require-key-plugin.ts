import type { ApolloServerPlugin } from '@apollo/server';
import { requireRole } from '../auth/index.js';
import type { GraphQLContext } from './context.js';

/**
 * Closes reads to anonymous callers: every operation needs a valid key (a reader's or a curator's),
 * checked once the operation is known and before anything runs.
 */
export function readsRequireKeyPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          requireRole(contextValue.authentication, 'reader', 'Reading this graph');
        },
      };
    },
  };
}
