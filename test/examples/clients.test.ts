import { readdir } from 'node:fs/promises';
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { BatchHttpLink } from '@apollo/client/link/batch-http';
import { Client as UrqlClient, cacheExchange, fetchExchange } from '@urql/core';
import { parse, type DocumentNode } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';
import { beforeAll, describe, expect, it } from 'vitest';
import { DashboardDocument, possibleTypes, SearchDocument } from '@yrd-graph/client';
import { BATCHING_NOT_SUPPORTED_MESSAGE } from '../../src/server/refuse-batched-requests.js';
import { serviceForTheseTests } from '../support/service-over-http.js';
import { withoutTypenames } from '../support/without-typenames.js';
import { EXAMPLE_RUNS, type ExampleRun } from './example-runs.js';

// Every example operation through the GraphQL clients front ends use, each with its defaults, over real
// HTTP: Apollo Client (a normalised InMemoryCache that knows the schema's possibleTypes), urql and
// graphql-request. What each client hands back must be exactly what the server sent, and what the server
// sent must be the answer to the document as written (clients add `__typename` where they need it).

/** One response a client received: the method it used and the JSON body the server sent. */
interface Received {
  method: string;
  body: { data?: unknown; errors?: unknown[] };
}

/** A fetch that records every response before handing it to the client unread. */
function recordingFetch(received: Received[]): typeof fetch {
  return async (input, init) => {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const response = await fetch(input, init);
    received.push({ method, body: (await response.clone().json()) as Received['body'] });
    return response;
  };
}

const label = (run: ExampleRun) => `${run.file} ${JSON.stringify(run.variables)}`;

const service = serviceForTheseTests();
let url: string;

beforeAll(() => {
  url = service.url;
});

/**
 * Runs `run` (and its next page, when it has one) through `send`, checking each answer against the
 * response it came from and against the server's answer to the document as written.
 */
async function checkRun(
  run: ExampleRun,
  received: Received[],
  send: (document: DocumentNode, variables: Record<string, unknown>) => Promise<unknown>,
): Promise<void> {
  const pages = [run.variables];
  for (let index = 0; index < pages.length; index++) {
    const variables = pages[index]!;
    const data = await send(run.document, variables);
    const response = received.at(-1)!;
    expect(response.body.errors).toBeUndefined();
    expect(data).toEqual(response.body.data);
    expect(withoutTypenames(data)).toEqual(
      withoutTypenames(await service.serverData(run.document, variables)),
    );
    if (run.nextPage && index === 0) pages.push(run.nextPage(data));
  }
}

it('runs every example file (22 operations in all)', async () => {
  const files = (await readdir(new URL('../../examples/', import.meta.url))).filter((name) =>
    name.endsWith('.graphql'),
  );
  expect(new Set(EXAMPLE_RUNS.map((run) => run.file))).toEqual(new Set(files));
  expect(EXAMPLE_RUNS.length + EXAMPLE_RUNS.filter((run) => run.nextPage).length).toBe(22);
});

describe('Apollo Client with InMemoryCache({ possibleTypes })', () => {
  const received: Received[] = [];
  let apollo: ApolloClient;

  beforeAll(() => {
    apollo = new ApolloClient({
      link: new HttpLink({ uri: url, fetch: recordingFetch(received) }),
      cache: new InMemoryCache({ possibleTypes }),
    });
  });

  it.each(EXAMPLE_RUNS.map((run) => [label(run), run] as const))(
    '%s: the network result is the response, and a cache-only re-read equals it',
    async (_label, run) => {
      await checkRun(run, received, async (query, variables) => {
        const network = await apollo.query({ query, variables, fetchPolicy: 'network-only' });
        const sent = received.length;
        const cached = await apollo.query({ query, variables, fetchPolicy: 'cache-only' });
        expect(received.length, 'a cache-only read sends nothing').toBe(sent);
        expect(cached.data).toEqual(network.data);
        return network.data;
      });
    },
  );
});

describe('urql with its defaults', () => {
  const received: Received[] = [];
  let urql: UrqlClient;

  beforeAll(() => {
    urql = new UrqlClient({
      url,
      exchanges: [cacheExchange, fetchExchange],
      fetch: recordingFetch(received),
    });
  });

  it.each(EXAMPLE_RUNS.map((run) => [label(run), run] as const))(
    '%s: the result is the response',
    async (_label, run) => {
      await checkRun(run, received, async (query, variables) => {
        const result = await urql.query(query, variables).toPromise();
        expect(result.error).toBeUndefined();
        return result.data;
      });
    },
  );

  it('sends queries that fit in a URL as GETs', async () => {
    const before = received.length;
    const result = await urql.query(SearchDocument, { query: 'wenzhou', first: 1 }).toPromise();
    expect(result.error).toBeUndefined();
    expect(received.slice(before).map((response) => response.method)).toEqual(['GET']);
  });
});

describe('graphql-request', () => {
  const received: Received[] = [];
  let client: GraphQLClient;

  beforeAll(() => {
    client = new GraphQLClient(url, { fetch: recordingFetch(received) });
  });

  it.each(EXAMPLE_RUNS.map((run) => [label(run), run] as const))(
    '%s: the result is the response',
    async (_label, run) => {
      await checkRun(run, received, (document, variables) => client.request(document, variables));
    },
  );
});

describe("Apollo Client's BatchHttpLink", () => {
  it('tells each batched operation that batching is not supported, and what to use instead', async () => {
    const received: Received[] = [];
    const apollo = new ApolloClient({
      link: new BatchHttpLink({ uri: url, fetch: recordingFetch(received) }),
      cache: new InMemoryCache({ possibleTypes }),
    });
    const results = await Promise.allSettled([
      apollo.query({ query: DashboardDocument, variables: { mostConnected: 1 } }),
      apollo.query({ query: SearchDocument, variables: { query: 'wenzhou' } }),
    ]);
    // One POST carried both operations, and each operation got the refusal as its own GraphQL error.
    expect(received).toHaveLength(1);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const error = (result as PromiseRejectedResult).reason as unknown;
      expect(CombinedGraphQLErrors.is(error)).toBe(true);
      const { errors } = error as CombinedGraphQLErrors;
      expect(errors.map((graphQLError) => graphQLError.message)).toEqual([BATCHING_NOT_SUPPORTED_MESSAGE]);
      expect(errors[0]?.extensions?.['code']).toBe('BAD_REQUEST');
    }
    expect(BATCHING_NOT_SUPPORTED_MESSAGE).toBe(
      'Batched requests (a JSON array of operations in one POST) are not supported: send each operation ' +
        'in its own request. With Apollo Client, use HttpLink instead of BatchHttpLink.',
    );
  });
});

describe('a result with data and an error beside it (a field that failed), with each client', () => {
  // Wenzhou is found; the path to an unknown id fails with NOT_FOUND, so `path` is null beside it.
  const PARTIAL = parse(`query Partial {
    wenzhou: entity(id: "city:wenzhou") { id name }
    path: shortestPath(from: "city:wenzhou", to: "city:no-such-city") { length }
  }`);
  const partialData = { wenzhou: { id: 'city:wenzhou', name: 'Wenzhou' }, path: null };
  const notFound = (errors: readonly { extensions?: Record<string, unknown> }[]) =>
    errors.map((error) => error.extensions?.['code']);

  it("Apollo Client's default errorPolicy drops the data; errorPolicy 'all' keeps it", async () => {
    const apollo = new ApolloClient({
      link: new HttpLink({ uri: url }),
      cache: new InMemoryCache({ possibleTypes }),
    });
    const refused = await apollo.query({ query: PARTIAL }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(CombinedGraphQLErrors.is(refused)).toBe(true);
    expect(notFound((refused as CombinedGraphQLErrors).errors)).toEqual(['NOT_FOUND']);
    const kept = await apollo.query({ query: PARTIAL, errorPolicy: 'all', fetchPolicy: 'network-only' });
    expect(withoutTypenames(kept.data)).toEqual(partialData);
    expect(notFound((kept.error as CombinedGraphQLErrors).errors)).toEqual(['NOT_FOUND']);
  });

  it('urql hands over the data and the error together', async () => {
    const urql = new UrqlClient({ url, exchanges: [cacheExchange, fetchExchange] });
    const result = await urql.query(PARTIAL, {}).toPromise();
    expect(withoutTypenames(result.data)).toEqual(partialData);
    expect(notFound(result.error!.graphQLErrors)).toEqual(['NOT_FOUND']);
  });

  it('graphql-request throws a ClientError that holds the data', async () => {
    const error = await new GraphQLClient(url).request(PARTIAL).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).response.data).toEqual(partialData);
    expect(notFound((error as ClientError).response.errors ?? [])).toEqual(['NOT_FOUND']);
  });
});
