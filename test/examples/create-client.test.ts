import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConnectionPathDocument,
  createClient,
  DashboardDocument,
  GraphQLRequestError,
  NeighborhoodDocument,
  WenzhouPartnersDocument,
  type Client,
} from '@yrd-graph/client';
import type { RunningService } from '../../src/server/start-service.js';
import { startTestService } from '../support/graphql-harness.js';

// The typed client over real HTTP, against the service on the embedded store.
describe('createClient', () => {
  let service: RunningService;
  let client: Client;
  const sent: { url: string; init: RequestInit }[] = [];

  beforeAll(async () => {
    service = await startTestService();
    client = createClient({
      url: `${service.url}/graphql`,
      fetch: (input, init) => {
        sent.push({ url: String(input), init: init ?? {} });
        return fetch(input, init);
      },
    });
  });

  afterAll(async () => {
    await service.stop();
  });

  it('POSTs the printed document as JSON and resolves with typed data', async () => {
    const data = await client.request(ConnectionPathDocument, {
      from: 'city:taizhou',
      to: 'district:jiading',
    });
    expect(data.shortestPath?.nodes.map((node) => node.id)).toEqual([
      'city:taizhou',
      'city:wenzhou',
      'district:jiading',
    ]);
    const request = sent.at(-1)!;
    expect(request.init.method).toBe('POST');
    expect(new Headers(request.init.headers).get('content-type')).toBe('application/json');
    const body = JSON.parse(String(request.init.body)) as Record<string, unknown>;
    expect(body['operationName']).toBe('ConnectionPath');
    expect(body['query']).toContain('query ConnectionPath(');
    expect(body['query']).toContain('fragment EntitySummary on Entity');
    expect(body['variables']).toEqual({ from: 'city:taizhou', to: 'district:jiading' });
  });

  it('lets variables be left out when the operation requires none', async () => {
    const partners = await client.request(WenzhouPartnersDocument);
    expect(partners.entity?.relationships.edges.map((edge) => edge.other.id)).toEqual(
      expect.arrayContaining(['city:shanghai', 'city:taizhou', 'district:jiading']),
    );
    const dashboard = await client.request(DashboardDocument, { mostConnected: 1 });
    expect(dashboard.summary.mostConnected).toHaveLength(1);
  });

  it('rejects with a GraphQLRequestError carrying NOT_FOUND for an unknown neighbourhood centre', async () => {
    const error = await client.request(NeighborhoodDocument, { id: 'city:nowhere' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    const requestError = error as GraphQLRequestError;
    expect(requestError.code).toBe('NOT_FOUND');
    expect(requestError.message).toBe(
      'No entity has the id "city:nowhere". Use `search` to find ids by name.',
    );
    expect(requestError.errors).toHaveLength(1);
    expect(requestError.errors[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(requestError.errors[0]?.path).toEqual(['neighborhood']);
    expect(requestError.status).toBe(200);
  });

  it('rejects with the validation error and HTTP status of a document the schema refuses', async () => {
    const invalid: TypedDocumentNode<unknown, Record<string, never>> = parse('query Invalid { nope }');
    const error = await client.request(invalid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((error as GraphQLRequestError).status).toBe(400);
  });

  it('rejects with the NOT_FOUND error and status 404 of a URL the service does not serve', async () => {
    const lost = createClient({ url: `${service.url}/no-such-endpoint` });
    const error = await lost.request(DashboardDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).status).toBe(404);
    expect((error as GraphQLRequestError).code).toBe('NOT_FOUND');
    expect((error as GraphQLRequestError).message).toBe('Not found. The API is at /graphql.');
  });

  it('rejects with a GraphQLRequestError when the answer is not a GraphQL result', async () => {
    // The liveness probe answers JSON, but neither data nor errors (as a proxy in the way might).
    const lost = createClient({ url: `${service.url}/graphql`, fetch: () => fetch(`${service.url}/live`) });
    const error = await lost.request(DashboardDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).status).toBe(200);
    expect((error as GraphQLRequestError).message).toBe(
      'The server answered HTTP 200 without a GraphQL result (no data and no errors).',
    );
  });

  it('requires the variables an operation requires (a type-level check)', () => {
    // Never called: the compiler checks these lines.
    const _typeChecks = (typed: Client) => [
      // @ts-expect-error ConnectionPath requires $from and $to.
      typed.request(ConnectionPathDocument),
      // @ts-expect-error $id must be a string.
      typed.request(NeighborhoodDocument, { id: 1 }),
      // @ts-expect-error RelationshipType is a closed set.
      typed.request(NeighborhoodDocument, { id: 'city:wenzhou', relationshipTypes: ['FRIENDS_WITH'] }),
    ];
    expect(_typeChecks).toBeTypeOf('function');
  });
});
