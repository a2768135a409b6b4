import type { ApolloServerPlugin } from '@apollo/server';
import { refuseInvalidCredential, requireRole } from '../auth/index.js';
import type { GraphQLContext } from './context.js';

export interface CredentialsPluginOptions {
  /** Every read needs a valid credential (a reader's or a curator's). @default false */
  readsRequireKey?: boolean;
}

/**
 * Checks the caller's credential once the operation is known and before anything runs. A credential
 * that was sent but does not hold (wrong key, expired or foreign token) is refused for every read;
 * with `readsRequireKey`, every operation needs a reader's credential at least. Mutations are otherwise
 * left to their resolvers, which name the write and the role it needs.
 */
export function credentialsPlugin(
  options: CredentialsPluginOptions = {},
): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (options.readsRequireKey)
            requireRole(contextValue.authentication, 'reader', 'Reading this graph');
          else if (operation?.operation !== 'mutation') {
            refuseInvalidCredential(contextValue.authentication, 'Reading this graph');
          }
        },
      };
    },
  };
}
