import type { Logger } from '../logger.js';
import { UnwantedWorkError } from '../turns/index.js';
import type { GraphQLContext } from './context.js';
import { isMaskedError } from './format-error.js';
import type { RequestHooks, RequestPlugin } from './request-plugins.js';

/**
 * Logs every error that `formatError` will mask, with its stack, under the request id; and adds that
 * request id to every error the client receives, so a user's report can be matched to the log line.
 */
export function errorReportingPlugin(logger: Logger): RequestPlugin<GraphQLContext> {
  // Nothing of its own per request: the same hooks serve every one.
  const hooks: RequestHooks<GraphQLContext> = {
    didEncounterErrors({ errors, contextValue, operationName }) {
      for (const error of errors) {
        if (!isMaskedError(error)) continue;
        // Work dropped because its client had gone (WorkTurns): routine, and the answer goes nowhere.
        if (error.originalError instanceof UnwantedWorkError) continue;
        logger.error(
          {
            requestId: contextValue.requestId,
            operationName,
            err: error.originalError ?? error,
            path: error.path,
          },
          'internal error while executing a GraphQL request',
        );
      }
    },
    willSendResponse({ response, contextValue }) {
      if (response.body.kind !== 'single') return;
      for (const error of response.body.singleResult.errors ?? []) {
        (error as { extensions?: Record<string, unknown> }).extensions = {
          ...error.extensions,
          requestId: contextValue.requestId,
        };
      }
    },
  };
  return { requestDidStart: () => hooks };
}
