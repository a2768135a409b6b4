import type { GraphQLContext } from './context.js';
import type { RequestHooks, RequestPlugin } from './request-plugins.js';

// The same hooks for every request: they keep no state of their own.
const hooks: RequestHooks<GraphQLContext> = {
  willSendResponse({ contextValue }) {
    contextValue.owner.markAnswered();
  },
};

/**
 * Marks a request's context answered when its response is sent. graphql-js sends it as soon as a
 * non-null field fails, or at the deadline, with other fields' work still waiting for a turn: that
 * work is then dropped (WorkTurns), not run for nobody.
 */
export function markAnsweredPlugin(): RequestPlugin<GraphQLContext> {
  return { requestDidStart: () => hooks };
}
