import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Kind, visit, type DocumentNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { possibleTypes } from '@yrd-graph/client';
import { serviceForTheseTests } from '../support/service-over-http.js';
import { withoutTypenames } from '../support/without-typenames.js';
import { EXAMPLE_RUNS } from '../examples/example-runs.js';

// Apollo Client with automatic persisted queries, as a front end set up for a CDN runs it: each query
// goes first as a GET carrying only its SHA-256; the first time, the service does not know the hash and
// says so, and the link sends the text once by POST. After that, the hash alone is enough.

const service = serviceForTheseTests();
let url: string;

beforeAll(() => {
  url = service.url;
});

interface Sent {
  method: string;
  /** Whether the request carried the query's text. */
  withText: boolean;
}

/** A new Apollo Client (empty cache) with the persisted-query link, recording what each request carried. */
function persistedQueryClient(sent: Sent[]): ApolloClient {
  const recordingFetch: typeof fetch = async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const requestUrl = new URL(String(input));
    const withText =
      method === 'GET'
        ? requestUrl.searchParams.has('query')
        : typeof (JSON.parse(String(init?.body)) as { query?: unknown }).query === 'string';
    sent.push({ method, withText });
    return fetch(input, init);
  };
  const persisted = new PersistedQueryLink({
    sha256: (text: string) => createHash('sha256').update(text).digest('hex'),
    useGETForHashedQueries: true,
  });
  return new ApolloClient({
    link: persisted.concat(new HttpLink({ uri: url, fetch: recordingFetch })),
    cache: new InMemoryCache({ possibleTypes }),
  });
}

let documents = 0;

/**
 * `document` with one more root field, an alias of `__typename` of its own: a text the service has never
 * seen, so each test registers its own hash and none depends on what another registered.
 */
function unseen(document: DocumentNode): DocumentNode {
  const alias = `persistedRun${++documents}`;
  return visit(document, {
    OperationDefinition: (operation) => ({
      ...operation,
      selectionSet: {
        ...operation.selectionSet,
        selections: [
          ...operation.selectionSet.selections,
          {
            kind: Kind.FIELD,
            alias: { kind: Kind.NAME, value: alias },
            name: { kind: Kind.NAME, value: '__typename' },
          },
        ],
      },
    }),
  });
}

describe("Apollo Client's PersistedQueryLink, hashed queries by GET", () => {
  it.each(EXAMPLE_RUNS.map((run) => [`${run.file} ${JSON.stringify(run.variables)}`, run] as const))(
    '%s: registered once by POST, then answered from its hash alone',
    async (_label, run) => {
      const query = unseen(run.document);
      const expected = withoutTypenames(await service.serverData(query, run.variables));

      const first: Sent[] = [];
      const registered = await persistedQueryClient(first).query({ query, variables: run.variables });
      expect(withoutTypenames(registered.data)).toEqual(expected);
      // A GET with the hash alone, which the service did not know, then the text by POST.
      expect(first).toEqual([
        { method: 'GET', withText: false },
        { method: 'POST', withText: true },
      ]);

      // A new client (an empty cache): the hash alone, by GET, is answered.
      const again: Sent[] = [];
      const fromHash = await persistedQueryClient(again).query({ query, variables: run.variables });
      expect(withoutTypenames(fromHash.data)).toEqual(expected);
      expect(again).toEqual([{ method: 'GET', withText: false }]);
    },
  );
});
