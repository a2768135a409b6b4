import { Client, fetchExchange } from '@urql/core';
import { cacheExchange, type CacheExchangeOpts } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { parse, print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphcacheKeys, graphcacheSchema, possibleTypes } from '@yrd-graph/client';
import { serviceForTheseTests } from '../support/service-over-http.js';
import { withoutTypenames } from '../support/without-typenames.js';
import { EXAMPLE_RUNS, type ExampleRun } from '../examples/example-runs.js';

// urql's normalised cache, graphcache (`@urql/exchange-graphcache`), set up as docs/front-end.md says:
// with the client package's schema and keys. It answers every result from its store, network results
// too (it writes the response, then reads the query back), so what it hands over is only right when it
// matches fragments by the schema and keys objects as the schema means.

const service = serviceForTheseTests();
let url: string;

beforeAll(() => {
  url = service.url;
});

/** A urql client with graphcache, the warnings and errors graphcache logs, and the bodies of the responses it received. */
function graphcacheClient(options: Pick<CacheExchangeOpts, 'schema' | 'keys' | 'resolvers'>) {
  const logged: string[] = [];
  const responses: unknown[] = [];
  const client = new Client({
    url,
    exchanges: [
      cacheExchange({
        ...options,
        // Warnings and errors only: a `debug` line notes each cache miss, which a first read always has.
        logger: (severity, message) => {
          if (severity !== 'debug') logged.push(`${severity}: ${message}`);
        },
      }),
      fetchExchange,
    ],
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      responses.push(await response.clone().json());
      return response;
    },
  });
  return { client, logged, responses };
}

describe('graphcache with graphcacheSchema and graphcacheKeys', () => {
  const withOptions = () => graphcacheClient({ schema: graphcacheSchema, keys: graphcacheKeys });
  const label = (run: ExampleRun, variables: Record<string, unknown>) =>
    `${run.file} ${JSON.stringify(variables)}`;

  it.each(EXAMPLE_RUNS.map((run) => [label(run, run.variables), run] as const))(
    '%s: the result is the response, a cache-only re-read equals it, and nothing is logged',
    async (_label, run) => {
      const { client, logged, responses } = withOptions();
      const pages = [run.variables];
      for (let index = 0; index < pages.length; index++) {
        const variables = pages[index]!;
        const network = await client
          .query(run.document, variables, { requestPolicy: 'network-only' })
          .toPromise();
        expect(network.error).toBeUndefined();
        // graphcache hands over the `__typename`s the document asks for, not those it added to send it.
        expect(withoutTypenames(network.data)).toEqual(
          withoutTypenames((responses.at(-1) as { data: unknown }).data),
        );
        expect(withoutTypenames(network.data)).toEqual(
          withoutTypenames(await service.serverData(run.document, variables)),
        );
        const sent = responses.length;
        const cached = await client
          .query(run.document, variables, { requestPolicy: 'cache-only' })
          .toPromise();
        expect(responses.length, 'a cache-only read sends nothing').toBe(sent);
        expect(cached.data).toEqual(network.data);
        if (run.nextPage && index === 0) pages.push(run.nextPage(network.data));
      }
      // No guessed fragment, no object without a key.
      expect(logged).toEqual([]);
    },
  );

  it('keeps every example’s answer in one store: each still reads back as it came once all are loaded', async () => {
    const { client, logged } = withOptions();
    const loaded: { run: ExampleRun; variables: Record<string, unknown>; data: unknown }[] = [];
    for (const run of EXAMPLE_RUNS) {
      const pages = [run.variables];
      for (let index = 0; index < pages.length; index++) {
        const variables = pages[index]!;
        const { data, error } = await client.query(run.document, variables).toPromise();
        expect(error, label(run, variables)).toBeUndefined();
        loaded.push({ run, variables, data });
        if (run.nextPage && index === 0) pages.push(run.nextPage(data));
      }
    }
    // What a later example wrote into the shared records must not change an earlier answer.
    for (const { run, variables, data } of loaded) {
      const cached = await client.query(run.document, variables, { requestPolicy: 'cache-only' }).toPromise();
      expect(cached.data, label(run, variables)).toEqual(data);
    }
    expect(loaded.length).toBe(22);
    expect(logged).toEqual([]);
  });
});

describe('a fragment on a type the object is not', () => {
  // Wenzhou is a City, so `... on Person` selects nothing on it. A later query caches its description.
  const THROUGH_PERSON = parse('{ entity(id: "city:wenzhou") { id ... on Person { description } } }');
  const DESCRIPTION = parse('{ entity(id: "city:wenzhou") { id description } }');

  async function afterDescriptionCached(options: Pick<CacheExchangeOpts, 'schema' | 'keys' | 'resolvers'>) {
    const { client } = graphcacheClient(options);
    expect((await client.query(DESCRIPTION, {}).toPromise()).error).toBeUndefined();
    const network = await client.query(THROUGH_PERSON, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(network.error).toBeUndefined();
    return withoutTypenames(network.data);
  }

  it('matches nothing with graphcacheSchema: the answer is the server’s', async () => {
    const answer = await service.serverData(THROUGH_PERSON);
    expect(answer).toEqual({ entity: { id: 'city:wenzhou' } });
    expect(await afterDescriptionCached({ schema: graphcacheSchema, keys: graphcacheKeys })).toEqual(answer);
  });

  it('without a schema, graphcache guesses from the cached fields and adds the description (why the schema is exported)', async () => {
    const answer = (await afterDescriptionCached({})) as { entity: Record<string, unknown> };
    expect(Object.keys(answer.entity).sort()).toEqual(['description', 'id']);
  });
});

describe('infinite scrolling with graphcache’s relayPagination', () => {
  // docs/front-end.md: one resolver per paged field; `Entity.relationships` is named on each entity type.
  const ENTITIES = parse(`query Cities($after: String) {
    entities(kinds: [CITY], first: 5, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name } }
    }
  }`);
  const RELATIONSHIPS = parse(`query WenzhouLinks($after: String) {
    entity(id: "city:wenzhou") {
      id
      relationships(first: 5, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id type } }
      }
    }
  }`);
  const ids = (connection: { edges: { node: { id: string } }[] }) =>
    connection.edges.map((edge) => edge.node.id);

  it('shows the second page after the first, as one list, in the server’s order', async () => {
    const { client } = graphcacheClient({
      schema: graphcacheSchema,
      keys: graphcacheKeys,
      resolvers: {
        Query: { entities: relayPagination() },
        ...Object.fromEntries(
          possibleTypes['Entity']!.map((type) => [type, { relationships: relayPagination() }]),
        ),
      },
    });
    const entitiesPage = async (after: string | null) =>
      (await client.query(ENTITIES, { after }).toPromise()).data as { entities: Connection };
    const first = await entitiesPage(null);
    expect(first.entities.pageInfo.hasNextPage).toBe(true);
    const both = await entitiesPage(first.entities.pageInfo.endCursor);
    const tenCities = (await service.serverData(print(ENTITIES).replace('first: 5', 'first: 10'))) as {
      entities: Connection;
    };
    expect(ids(both.entities)).toEqual(ids(tenCities.entities));
    expect(ids(both.entities)).toHaveLength(10);

    const relationshipsPage = async (after: string | null) =>
      (await client.query(RELATIONSHIPS, { after }).toPromise()).data as {
        entity: { relationships: Connection };
      };
    const firstLinks = await relationshipsPage(null);
    const bothLinks = await relationshipsPage(firstLinks.entity.relationships.pageInfo.endCursor);
    const tenLinks = (await service.serverData(print(RELATIONSHIPS).replace('first: 5', 'first: 10'))) as {
      entity: { relationships: Connection };
    };
    expect(ids(bothLinks.entity.relationships)).toEqual(ids(tenLinks.entity.relationships));
    expect(ids(bothLinks.entity.relationships)).toHaveLength(10);
  });
});

interface Connection {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}
