import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContext,
  GraphQLRequestContextDidEncounterErrors,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestContextValidationDidStart,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';

/**
 * What one of the service's request plugins does for a request: Apollo's hooks of the same names,
 * synchronous (none of ours waits for anything). A hook that throws refuses the request, as a
 * rejected Apollo hook does.
 */
export interface RequestHooks<TContext extends BaseContext> {
  /** Gives what to do when validation ends (with its errors), if anything. */
  validationDidStart?(
    requestContext: GraphQLRequestContextValidationDidStart<TContext>,
  ): ((validationErrors?: readonly Error[]) => void) | undefined;
  didResolveOperation?(requestContext: GraphQLRequestContextDidResolveOperation<TContext>): void;
  didEncounterErrors?(requestContext: GraphQLRequestContextDidEncounterErrors<TContext>): void;
  willSendResponse?(requestContext: GraphQLRequestContextWillSendResponse<TContext>): void;
}

/**
 * A plugin that only listens to requests. `requestDidStart` gives the request's hooks, or undefined
 * when it has nothing to do for this one; hooks without per-request state can be the same object
 * for every request.
 */
export interface RequestPlugin<TContext extends BaseContext> {
  requestDidStart(requestContext: GraphQLRequestContext<TContext>): RequestHooks<TContext> | undefined;
}

/**
 * The service's request plugins as one Apollo plugin, with one request listener.
 *
 * Why: Apollo calls every hook of every request listener at every step of every request, each call
 * wrapped in a promise (and `responseForOperation` one listener after another, awaiting each), so a
 * listener costs a dozen promises a request even at steps where it does nothing (issue 15). The
 * parts' hooks run as Apollo would run them: all of a step's hooks, in the order of `plugins`, each
 * to its end; when some throw, the first one's error is the step's.
 */
export function mergeRequestPlugins<TContext extends BaseContext>(
  plugins: readonly RequestPlugin<TContext>[],
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart(requestContext) {
      const parts: RequestHooks<TContext>[] = [];
      for (const plugin of plugins) {
        const hooks = plugin.requestDidStart(requestContext);
        if (hooks) parts.push(hooks);
      }
      return parts.length === 0 ? undefined : new MergedListener(parts);
    },
  };
}

class MergedListener<TContext extends BaseContext> implements GraphQLRequestListener<TContext> {
  constructor(private readonly parts: readonly RequestHooks<TContext>[]) {}

  // Apollo calls this only for a document it has not validated before (not from its cache).
  async validationDidStart(requestContext: GraphQLRequestContextValidationDidStart<TContext>) {
    const ends: ((validationErrors?: readonly Error[]) => void)[] = [];
    this.runEach((part) => {
      const end = part.validationDidStart?.(requestContext);
      if (end) ends.push(end);
    });
    if (ends.length === 0) return undefined;
    // Apollo ends its listeners' validation last first.
    ends.reverse();
    return async (validationErrors?: readonly Error[]) => {
      for (const end of ends) end(validationErrors);
    };
  }

  async didResolveOperation(requestContext: GraphQLRequestContextDidResolveOperation<TContext>) {
    this.runEach((part) => part.didResolveOperation?.(requestContext));
  }

  async didEncounterErrors(requestContext: GraphQLRequestContextDidEncounterErrors<TContext>) {
    this.runEach((part) => part.didEncounterErrors?.(requestContext));
  }

  async willSendResponse(requestContext: GraphQLRequestContextWillSendResponse<TContext>) {
    this.runEach((part) => part.willSendResponse?.(requestContext));
  }

  /** Runs a step's hook of every part, each to its end; the first error thrown is the step's. */
  private runEach(step: (part: RequestHooks<TContext>) => void): void {
    let failure: { error: unknown } | undefined;
    for (const part of this.parts) {
      try {
        step(part);
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }
}
