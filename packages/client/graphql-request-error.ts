import type { GraphQLFormattedError } from 'graphql';

/** Options of a GraphQLRequestError beyond the errors and the status. */
export interface GraphQLRequestErrorOptions {
  /** The response's partial `data`, when the server sent any. */
  data?: unknown;
  /** The error's message, when it should not be the first error's (a page's words for a person). */
  message?: string;
}

/**
 * A request the server answered with errors, or without a GraphQL result at all, or that no server
 * answered. `errors` is the response's `errors` array as sent, each with its `extensions.code`
 * (`NOT_FOUND`, `BAD_USER_INPUT`, `LIMIT_EXCEEDED` …; docs/api.md lists them with their HTTP
 * statuses); the message is the first error's unless the thrower gave another. The one error class
 * of the client library and of the pages built on it (the explorer).
 */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  /** The response's partial `data`, when the server sent any. */
  readonly data: unknown;

  constructor(
    /** The errors of the response, in the server's order; never empty. */
    readonly errors: readonly GraphQLFormattedError[],
    /**
     * The HTTP status of the response: 200 for errors raised while the operation ran, the status of
     * the code for a refused request (400, 401, 403 …), 0 when nothing answered.
     */
    readonly status: number,
    options: GraphQLRequestErrorOptions = {},
  ) {
    super(options.message ?? errors[0]?.message ?? `The GraphQL request failed with HTTP ${status}.`);
    this.data = options.data;
  }

  /** The first error's `extensions.code`, if it has one. */
  get code(): string | undefined {
    const code = this.errors[0]?.extensions?.['code'];
    return typeof code === 'string' ? code : undefined;
  }
}
