import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { beforeAll, describe, expect, it } from 'vitest';
import { possibleTypes, typePolicies } from '@yrd-graph/client';
import { serviceForTheseTests } from '../support/service-over-http.js';
import { withoutTypenames } from '../support/without-typenames.js';

// Apollo Client's InMemoryCache, as front ends set it up (docs/front-end.md), keeps one copy of each
// object under `__typename:id` and answers later queries from that copy. That is only sound when a
// field's value depends on the object and the field's own arguments: a value that changed with an
// argument of some parent field would overwrite the copy another query reads.

const service = serviceForTheseTests();
let url: string;

beforeAll(() => {
  url = service.url;
});

const newApollo = () =>
  new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache({ possibleTypes }) });

// Shanghai's influence on Wenzhou rests on a quote and on a curator's inference.
const MIXED = 'city:shanghai-[INFLUENCES]->city:wenzhou';

describe('relationships read with an evidence filter, in a normalised cache', () => {
  const everything = `{ neighborhood(id: "city:wenzhou") {
      relationships { id evidence { kind quote rationale } } } }`;
  const quotedOnly = `{ neighborhood(id: "city:wenzhou", evidenceKinds: [QUOTED]) {
      relationships { id evidence(kinds: [QUOTED]) { kind quote rationale } } } }`;

  it('the dataset has a relationship whose evidence is of two kinds (else nothing here could fail)', async () => {
    const data = (await service.serverData(`{ relationship(id: "${MIXED}") { evidence { kind } } }`)) as {
      relationship: { evidence: { kind: string }[] };
    };
    expect(new Set(data.relationship.evidence.map((item) => item.kind))).toEqual(
      new Set(['QUOTED', 'INFERRED']),
    );
  });

  it('a quoted-only read does not change what the cache answers for an unfiltered one', async () => {
    const apollo = newApollo();
    const expected = await service.serverData(everything);
    expect(withoutTypenames((await apollo.query({ query: gql(everything) })).data)).toEqual(expected);
    await apollo.query({ query: gql(quotedOnly) });
    // Cache-first, Apollo's default: answered from the cache without a request.
    expect(withoutTypenames((await apollo.query({ query: gql(everything) })).data)).toEqual(expected);
  });

  it('gives both reads in one response what the server sent', async () => {
    const both = `{
      all: neighborhood(id: "city:wenzhou") { relationships { id evidence { kind } } }
      quoted: neighborhood(id: "city:wenzhou", evidenceKinds: [QUOTED]) {
        relationships { id evidence(kinds: [QUOTED]) { kind } } } }`;
    const apollo = newApollo();
    const result = await apollo.query({ query: gql(both) });
    expect(withoutTypenames(result.data)).toEqual(await service.serverData(both));
  });

  it("keeps an entity's filtered relationships and its unfiltered ones apart", async () => {
    const query = `{ entity(id: "city:wenzhou") { id
        quoted: relationships(evidenceKinds: [QUOTED], first: 100) {
          edges { node { id evidence(kinds: [QUOTED]) { kind } } } }
        all: relationships(first: 100) { edges { node { id evidence { kind } } } } } }`;
    const apollo = newApollo();
    const result = await apollo.query({ query: gql(query) });
    expect(withoutTypenames(result.data)).toEqual(await service.serverData(query));
  });
});

describe("Apollo's relayStylePagination", () => {
  const newPagingApollo = () =>
    new ApolloClient({
      link: new HttpLink({ uri: url }),
      cache: new InMemoryCache({
        possibleTypes,
        typePolicies: {
          Query: { fields: { entities: relayStylePagination(['kinds']) } },
          // On the interface: possibleTypes carries the policy to City and every other entity type.
          Entity: {
            fields: { relationships: relayStylePagination(['types', 'direction', 'evidenceKinds']) },
          },
        },
      }),
    });

  interface Page {
    totalCount?: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { id: string } }[];
  }

  /** What the server lists on one page of `field`, read by a plain POST. */
  async function idsOf(query: string, pick: (data: never) => { edges: { node: { id: string } }[] }) {
    return pick((await service.serverData(query)) as never).edges.map((edge) => edge.node.id);
  }

  it('merges two pages of entities into the two server pages, in order, keeping totalCount', async () => {
    const query = gql`
      query Cities($after: String) {
        entities(kinds: [CITY], first: 4, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              name
            }
          }
        }
      }
    `;
    const apollo = newPagingApollo();
    const observable = apollo.watchQuery<{ entities: Page }>({ query, variables: {} });
    const subscription = observable.subscribe(() => {});
    const first = await observable.refetch();
    const { endCursor, hasNextPage } = first.data!.entities.pageInfo;
    expect(hasNextPage).toBe(true);
    await observable.fetchMore({ variables: { after: endCursor } });
    // The merged list, as the cache now holds it for the query's first variables.
    const merged = apollo.readQuery<{ entities: Page }>({ query, variables: {} })!.entities;
    subscription.unsubscribe();
    const page = (after: string | null) =>
      idsOf(
        `{ entities(kinds: [CITY], first: 4${after ? `, after: "${after}"` : ''}) { edges { node { id } } } }`,
        (data: { entities: { edges: { node: { id: string } }[] } }) => data.entities,
      );
    const expected = [...(await page(null)), ...(await page(endCursor))];
    expect(expected).toHaveLength(8);
    expect(merged.edges.map((edge) => edge.node.id)).toEqual(expected);
    expect(merged.totalCount).toBe(first.data!.entities.totalCount);
  });

  it("merges two pages of an entity's relationships, by a policy on the Entity interface", async () => {
    const query = gql`
      query Relationships($after: String) {
        entity(id: "city:wenzhou") {
          id
          relationships(first: 3, after: $after) {
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              cursor
              direction
              node {
                id
              }
              other {
                id
              }
            }
          }
        }
      }
    `;
    const apollo = newPagingApollo();
    const observable = apollo.watchQuery<{ entity: { relationships: Page } }>({
      query,
      variables: {},
    });
    const subscription = observable.subscribe(() => {});
    const first = await observable.refetch();
    const { endCursor } = first.data!.entity.relationships.pageInfo;
    await observable.fetchMore({ variables: { after: endCursor } });
    const merged = apollo.readQuery<{ entity: { relationships: Page } }>({ query, variables: {} })!.entity
      .relationships;
    subscription.unsubscribe();
    const page = (after: string | null) =>
      idsOf(
        `{ entity(id: "city:wenzhou") { relationships(first: 3${after ? `, after: "${after}"` : ''}) {
            edges { node { id } } } } }`,
        (data: { entity: { relationships: { edges: { node: { id: string } }[] } } }) =>
          data.entity.relationships,
      );
    const expected = [...(await page(null)), ...(await page(endCursor))];
    expect(expected).toHaveLength(6);
    expect(merged.edges.map((edge) => edge.node.id)).toEqual(expected);
  });
});

describe('objects without an id, read with different fields by two queries', () => {
  const page = `{ entity(id: "city:wenzhou") { id name evidence { kind quote section rationale }
      ... on Place { location { latitude longitude } } } }`;
  // The card asks for a field the page does not (aliases), so it goes to the server and writes its
  // smaller evidence and location over the page's.
  const card = `{ entity(id: "city:wenzhou") { id aliases evidence { kind } ... on Place { location { latitude } } } }`;

  it("keeps what both read with the client package's typePolicies, so neither asks again", async () => {
    const apollo = new ApolloClient({
      link: new HttpLink({ uri: url }),
      cache: new InMemoryCache({ possibleTypes, typePolicies }),
    });
    const expected = await service.serverData(page);
    await apollo.query({ query: gql(page) });
    await apollo.query({ query: gql(card) });
    // Answered from the cache alone: the card's read did not take the page's fields away.
    const again = await apollo.query({ query: gql(page), fetchPolicy: 'cache-only' });
    expect(withoutTypenames(again.data)).toEqual(expected);
  });

  it("loses the first read's fields without them (else the policies would guard nothing)", async () => {
    const apollo = newApollo();
    await apollo.query({ query: gql(page) });
    await apollo.query({ query: gql(card) });
    const again = await apollo.query({ query: gql(page), fetchPolicy: 'cache-only' });
    expect(again.data).toBeUndefined();
  });

  it('takes the newer read whole when the records differ (a list that changed between reads)', () => {
    const merged = (existing: object[], incoming: object[]) =>
      typePolicies.Entity.fields.evidence.merge(existing, incoming, {
        mergeObjects: (a: object, b: object) => ({ ...a, ...b }),
      });
    const quoted = { kind: 'QUOTED', quote: 'Wenzhou will build' };
    expect(merged([quoted], [{ kind: 'QUOTED' }])).toEqual([quoted]);
    expect(merged([quoted], [{ kind: 'CITED' }])).toEqual([{ kind: 'CITED' }]);
    expect(merged([quoted], [{ kind: 'QUOTED' }, { kind: 'CITED' }])).toHaveLength(2);
  });
});
