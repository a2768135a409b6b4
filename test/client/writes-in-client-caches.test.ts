import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Client as UrqlClient, cacheExchange, fetchExchange } from '@urql/core';
import { cacheExchange as graphcacheExchange } from '@urql/exchange-graphcache';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphcacheKeys, graphcacheSchema, possibleTypes } from '@yrd-graph/client';
import { hashApiKey, parseApiKeys } from '../../src/auth/index.js';
import type { RunningService } from '../../src/server/start-service.js';
import { startTestService } from '../support/graphql-harness.js';

// A curator's page edits an entity and shows it again, through each client's cache: Apollo Client's
// normalised InMemoryCache, urql's default document cache and urql's normalised graphcache. Each takes
// a write's new values only from the mutation's own result (Apollo and graphcache merge the objects
// they hold by id; the document cache drops the cached results that hold a __typename the result
// holds), so the result must be able to hold the object.

const CURATOR = { authorization: 'Bearer curator-key' };
const ENTITY = 'district:jiading';
const READ = gql`
  query Jiading {
    entity(id: "district:jiading") {
      id
      name
      description
    }
  }
`;
const UPSERT = gql`
  mutation Describe($entity: EntityInput!) {
    upsertEntity(entity: $entity) {
      changed
      nodes {
        id
        ... on Entity {
          name
          description
        }
      }
    }
  }
`;

let service: RunningService;
let url: string;

beforeAll(async () => {
  // A store of its own: the writes here change nothing another test file reads.
  service = await startTestService({
    security: {
      apiKeys: parseApiKeys(`curie:curator:${hashApiKey('curator-key')}`),
      corsOrigins: [],
      landingPage: false,
    },
  });
  url = `${service.url}/graphql`;
});

afterAll(async () => {
  await service.stop();
});

/** The entity as an EntityInput with a new description, its evidence sent back as it is. */
async function describedAs(description: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ entity(id: "${ENTITY}") { id kind name aliases status
        evidence { kind quote start end section source { id } note rationale basis } } }`,
    }),
  });
  const { data } = (await response.json()) as {
    data: { entity: Record<string, unknown> & { evidence: Record<string, unknown>[] } };
  };
  const { entity } = data;
  return {
    ...entity,
    description,
    evidence: entity.evidence.map(({ source, ...record }) =>
      Object.fromEntries(
        Object.entries({ ...record, source: (source as { id: string } | null)?.id ?? null }).filter(
          ([, value]) => value !== null && !(Array.isArray(value) && value.length === 0),
        ),
      ),
    ),
  };
}

describe('an upsert, read again through a default client cache', () => {
  it('Apollo Client shows the new description from its cache', async () => {
    const apollo = new ApolloClient({
      link: new HttpLink({ uri: url, headers: CURATOR }),
      cache: new InMemoryCache({ possibleTypes }),
    });
    await apollo.query({ query: READ });
    const description = 'Described through Apollo Client.';
    const written = await apollo.mutate({
      mutation: UPSERT,
      variables: { entity: await describedAs(description) },
    });
    expect(written.data).toMatchObject({ upsertEntity: { changed: true } });
    // Cache-first, Apollo's default: answered from the cache.
    const again = await apollo.query({ query: READ });
    expect(again.data).toMatchObject({ entity: { id: ENTITY, description } });
  });

  it("urql's document cache drops the stale result, so the next read shows the new description", async () => {
    const urql = new UrqlClient({
      url,
      exchanges: [cacheExchange, fetchExchange],
      fetchOptions: { headers: CURATOR },
    });
    expect((await urql.query(READ, {}).toPromise()).error).toBeUndefined();
    const description = 'Described through urql.';
    const written = await urql.mutation(UPSERT, { entity: await describedAs(description) }).toPromise();
    expect(written.error).toBeUndefined();
    const again = await urql.query(READ, {}).toPromise();
    expect(again.data).toMatchObject({ entity: { id: ENTITY, description } });
  });

  it("urql's graphcache, with the client package's schema and keys, shows the new description from its store", async () => {
    const sent: string[] = [];
    const urql = new UrqlClient({
      url,
      exchanges: [graphcacheExchange({ schema: graphcacheSchema, keys: graphcacheKeys }), fetchExchange],
      fetchOptions: { headers: CURATOR },
      fetch: (input, init) => {
        sent.push(init?.method ?? 'GET');
        return fetch(input, init);
      },
    });
    expect((await urql.query(READ, {}).toPromise()).error).toBeUndefined();
    const description = 'Described through graphcache.';
    const written = await urql.mutation(UPSERT, { entity: await describedAs(description) }).toPromise();
    expect(written.error).toBeUndefined();
    const requests = sent.length;
    // Cache-first, urql's default: answered from the store the mutation's result updated.
    const again = await urql.query(READ, {}).toPromise();
    expect(sent.length, 'the read is answered from the store').toBe(requests);
    expect(again.data).toMatchObject({ entity: { id: ENTITY, description } });
  });
});
