import type { GraphQLFormattedError } from 'graphql';

/**
 * A request the server answered with errors (or without a GraphQL result at all). `errors` is the
 * response's `errors` array as sent, each with its `extensions.code` (`NOT_FOUND`, `BAD_USER_INPUT`,
 * `LIMIT_EXCEEDED` …); the message is the first error's.
 */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    /** The errors of the response, in the server's order; never empty. */
    readonly errors: readonly GraphQLFormattedError[],
    /** The HTTP status of the response (200 for most execution errors, 400 for invalid requests). */
    readonly status: number,
    /** The response's partial `data`, when the server sent any. */
    readonly data?: unknown,
  ) {
    super(errors[0]?.message ?? `The GraphQL request failed with HTTP ${status}.`);
  }

  /** The first error's `extensions.code`, if it has one. */
  get code(): string | undefined {
    const code = this.errors[0]?.extensions?.['code'];
    return typeof code === 'string' ? code : undefined;
  }
}
