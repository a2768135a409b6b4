import type { BaseContext } from '@apollo/server';
import type { RequestHooks, RequestPlugin } from './request-plugins.js';

/** graphql-js's suggestion at the end of a validation message, as Apollo 5's plugin matches it. */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/**
 * Apollo's DisableSuggestions plugin (what its `hideSchemaDetailsFromClientErrors` installs): takes
 * graphql-js's "Did you mean …?" off validation errors, which would reveal field, argument and type
 * names of a schema that is not public. Ours, so that it is one more part of the service's single
 * request listener (`mergeRequestPlugins`): Apollo's is a listener of its own on every request, while
 * it has work only when a document is first validated.
 */
export function hideSuggestionsPlugin<TContext extends BaseContext>(): RequestPlugin<TContext> {
  const hooks: RequestHooks<TContext> = { validationDidStart: () => hideSuggestions };
  return { requestDidStart: () => hooks };
}

function hideSuggestions(validationErrors?: readonly Error[]): void {
  for (const error of validationErrors ?? []) error.message = error.message.replace(SUGGESTION, '');
}
