import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { GraphQLRequestError } from './graphql-request-error.js';

export interface ClientOptions {
  /** The GraphQL endpoint, for example `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** The fetch to send requests with (a test double, or one that adds headers). @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** Variables are required when the operation declares a required one, and optional otherwise. */
export type VariablesArgument<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface Client {
  /**
   * Sends one operation as a JSON POST and resolves with its `data`. Rejects with a
   * `GraphQLRequestError` when the response carries errors (even alongside partial data) or is not
   * a GraphQL result; a network failure rejects with fetch's own error.
   */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: VariablesArgument<TVariables>
  ): Promise<TResult>;
}

interface ResponseBody {
  data?: unknown;
  errors?: GraphQLFormattedError[];
}

/** A minimal typed GraphQL client for the documents in `generated/`. */
export function createClient(options: ClientOptions): Client {
  const send = options.fetch ?? globalThis.fetch;
  // Documents are module constants, so each is printed once.
  const printed = new WeakMap<DocumentNode, string>();
  const queryOf = (document: DocumentNode): string => {
    let query = printed.get(document);
    if (query === undefined) printed.set(document, (query = print(document)));
    return query;
  };

  return {
    async request<TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      ...[variables]: VariablesArgument<TVariables>
    ): Promise<TResult> {
      const response = await send(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          query: queryOf(document),
          operationName: operationNameOf(document),
          variables,
        }),
      });
      const body = await readBody(response);
      if (body.errors !== undefined && body.errors.length > 0)
        throw new GraphQLRequestError(body.errors, response.status, { data: body.data ?? undefined });
      if (body.data === undefined || body.data === null) throw notAGraphQLResult(response);
      return body.data as TResult;
    },
  };
}

function operationNameOf(document: DocumentNode): string | undefined {
  for (const definition of document.definitions)
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  return undefined;
}

async function readBody(response: Response): Promise<ResponseBody> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's error page, say): reported below with the status.
  }
  if (typeof body !== 'object' || body === null) throw notAGraphQLResult(response);
  return body as ResponseBody;
}

function notAGraphQLResult(response: Response): GraphQLRequestError {
  const message = `The server answered HTTP ${response.status} without a GraphQL result (no data and no errors).`;
  return new GraphQLRequestError([{ message }], response.status);
}
