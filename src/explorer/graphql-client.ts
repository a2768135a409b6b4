/** A GraphQL error the server answered with, keeping its `extensions.code`. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    /** `extensions.code`, for example `BAD_USER_INPUT` or `GRAPHQL_VALIDATION_FAILED`. */
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Sends one operation to this origin's `/graphql` as a JSON POST and resolves with its `data`. Rejects
 * with a GraphQLRequestError carrying the first error when the answer has any (partial data is not
 * used: the page would draw half a result).
 */
export async function requestGraphQL<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query, variables }),
    signal: signal ?? null,
  });
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status} without JSON.`, undefined);
  }
  const first = body.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code);
  if (!body.data)
    throw new GraphQLRequestError(`The server answered ${response.status} without data.`, undefined);
  return body.data;
}
