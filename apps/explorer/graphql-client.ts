import type { GraphQLFormattedError } from 'graphql';
import { GraphQLRequestError } from '@yrd-graph/client';
import { credentialHeaders, readCredential } from './credentials.js';
import type { TypedDocumentString } from './generated/graphql.js';

// The client library's error class: a failed request carries the response's errors, its status and
// a message in the analyst's words.
export { GraphQLRequestError };

/** The code of the error when nothing answered at all. */
const NETWORK_ERROR_CODE = 'NETWORK';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** What an analyst is told for the codes where the server's own message speaks API. */
const MESSAGES_BY_CODE: Record<string, string> = {
  UNAUTHENTICATED:
    'This server needs a key. Choose “Key” at the top and enter the key or token you were given.',
  FORBIDDEN:
    'Your key does not allow this. Ask for a key with more rights, or choose “Key” to enter another.',
  LIMIT_EXCEEDED:
    'That request asks for more than the server gives at once. Try fewer entities or one step less.',
  TIMEOUT: 'The server took too long to answer. Try a smaller request, or try again.',
  INTERNAL_SERVER_ERROR:
    'The server ran into a problem. Try again; if it keeps happening, tell whoever runs it.',
  STORE_UNAVAILABLE: 'The server cannot reach its database just now. Try again in a moment.',
};

/**
 * Sends one of the explorer's operations to this origin's `/graphql` as a JSON POST (with the session's
 * key, if any) and resolves with its `data`. Rejects with a GraphQLRequestError carrying the first error
 * (partial data is not used: the page would draw half a result).
 */
export async function requestGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...credentialHeaders(readCredential()),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    const message = 'The server could not be reached. Check the connection and try again.';
    throw new GraphQLRequestError([{ message, extensions: { code: NETWORK_ERROR_CODE } }], 0);
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    const message = `The server gave an answer the explorer cannot read (HTTP ${response.status}). Try again.`;
    throw new GraphQLRequestError([{ message }], response.status);
  }
  const errors = body.errors ?? [];
  if (errors.length > 0) {
    const code = errors[0]?.extensions?.['code'];
    const message = typeof code === 'string' ? MESSAGES_BY_CODE[code] : undefined;
    throw new GraphQLRequestError(errors, response.status, {
      data: body.data,
      ...(message ? { message } : {}),
    });
  }
  if (!body.data) {
    const message = `The server answered without a result (HTTP ${response.status}).`;
    throw new GraphQLRequestError([{ message }], response.status);
  }
  return body.data;
}
