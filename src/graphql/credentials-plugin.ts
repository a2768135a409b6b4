import { Kind, type OperationDefinitionNode } from 'graphql';
import { refuseInvalidCredential, requireRole } from '../auth/index.js';
import type { GraphQLContext } from './context.js';
import type { RequestHooks, RequestPlugin } from './request-plugins.js';
import { writeNameOf } from './resolvers/write-names.js';

export interface CredentialsPluginOptions {
  /** Every read needs a valid credential (a reader's or a curator's). @default false */
  readsRequireKey?: boolean;
}

/**
 * Checks the caller's credential once the operation is known and before anything runs. A credential
 * that was sent but does not hold (wrong key, expired or foreign token) is refused for every read;
 * with `readsRequireKey`, every operation needs a reader's credential at least; a mutation needs a
 * curator's, refused in the name of its first write ("Writing an entity needs the curator role …").
 *
 * Why before execution: a refusal here is a request error, with no `data`, so the response can carry
 * 401 or 403 (GraphQL over HTTP gives a response with `data`, even `data: null`, a 2xx status). The
 * resolvers check the role again, for callers that run operations without this plugin.
 */
export function credentialsPlugin(options: CredentialsPluginOptions = {}): RequestPlugin<GraphQLContext> {
  // Nothing of its own per request: the same hooks serve every one.
  const hooks: RequestHooks<GraphQLContext> = {
    didResolveOperation({ contextValue, operation }) {
      if (options.readsRequireKey) requireRole(contextValue.authentication, 'reader', 'Reading this graph');
      if (operation?.operation === 'mutation') {
        requireRole(contextValue.authentication, 'curator', writeNameOf(firstFieldOf(operation)));
      } else if (!options.readsRequireKey) {
        refuseInvalidCredential(contextValue.authentication, 'Reading this graph');
      }
    },
  };
  return { requestDidStart: () => hooks };
}

/** The name of the operation's first top-level field, as written (fragments are not followed). */
function firstFieldOf(operation: OperationDefinitionNode): string | undefined {
  const selection = operation.selectionSet.selections[0];
  return selection?.kind === Kind.FIELD ? selection.name.value : undefined;
}
