import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { printSchema } from 'graphql';
import {
  createOperationDescriptor,
  Environment,
  fetchQuery,
  getSelector,
  Network,
  RecordSource,
  Store,
  type ConcreteRequest,
  type ReaderFragment,
} from 'relay-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/graphql/schema.js';
import { serviceForTheseTests } from '../support/service-over-http.js';
import { withoutTypenames } from '../support/without-typenames.js';

// Relay as a front end runs it: relay-compiler (its own binary, from npm) compiles the page's GraphQL
// against the schema, and relay-runtime's default store keeps one record per `id`, which Relay takes to
// be unique across every type (the schema's `Node` promises it). A `@refetchable` fragment is fetched
// again through `Query.node`.

const service = serviceForTheseTests();

/** Wenzhou and five of its relationships: the page's query, and what the server is asked directly. */
const WENZHOU_SELECTION = `{
    entity(id: $id) {
      id
      name
      kind
      ... on Place { province }
      relationships(first: 5) {
        edges { cursor node { id type evidence { kind quote } } other { id name } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`;

/** What the entity card shows, refetched by id. */
const CARD_SELECTION = '{ id name description }';

/** The page's GraphQL, as a Relay project writes it: graphql tags in a source file. */
const PAGE_SOURCE = `
graphql\`
  query RelayWenzhouQuery($id: ID!) ${WENZHOU_SELECTION}
\`;
graphql\`
  fragment RelayEntityCard_entity on Entity @refetchable(queryName: "RelayEntityCardRefetchQuery") ${CARD_SELECTION}
\`;
`;

/** What relay-compiler wrote, by artifact name (`RelayWenzhouQuery` …). */
const artifacts = new Map<string, unknown>();
let workDirectory: string;

beforeAll(async () => {
  workDirectory = mkdtempSync(path.join(os.tmpdir(), 'yrd-relay-'));
  mkdirSync(path.join(workDirectory, 'src'));
  writeFileSync(path.join(workDirectory, 'schema.graphql'), printSchema(createSchema()));
  writeFileSync(path.join(workDirectory, 'src', 'page.js'), PAGE_SOURCE);
  // JavaScript artifacts import nothing, so they load from a folder with no node_modules.
  writeFileSync(
    path.join(workDirectory, 'relay.config.json'),
    JSON.stringify({
      src: './src',
      schema: './schema.graphql',
      language: 'javascript',
      eagerEsModules: true,
    }),
  );
  const compiler = createRequire(import.meta.url).resolve('relay-compiler/cli.js');
  execFileSync(process.execPath, [compiler], { cwd: workDirectory, stdio: 'pipe', timeout: 120_000 });
  const generated = path.join(workDirectory, 'src', '__generated__');
  for (const file of readdirSync(generated)) {
    const module = (await import(pathToFileURL(path.join(generated, file)).href)) as { default: unknown };
    artifacts.set(file.replace(/\.graphql\.js$/, ''), module.default);
  }
}, 180_000);

afterAll(() => {
  rmSync(workDirectory, { recursive: true, force: true });
});

/** A Relay environment with the default store, fetching from the service as Relay's docs show. */
function relayEnvironment(): Environment {
  return new Environment({
    network: Network.create(async (params, variables) => {
      const response = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: params.text, variables }),
      });
      return (await response.json()) as never;
    }),
    store: new Store(new RecordSource()),
  });
}

describe('Relay (relay-compiler and relay-runtime, their defaults)', () => {
  it('compiles the page against the schema, with the refetch query through node(id:)', () => {
    expect([...artifacts.keys()].sort()).toEqual([
      'RelayEntityCardRefetchQuery',
      'RelayEntityCard_entity',
      'RelayWenzhouQuery',
    ]);
    const refetch = artifacts.get('RelayEntityCardRefetchQuery') as ConcreteRequest;
    expect(refetch.params.text).toMatch(/node\(id: \$id\)/);
  });

  it('fetches a query, and the store holds every object of it under its id, whole', async () => {
    const query = artifacts.get('RelayWenzhouQuery') as ConcreteRequest;
    const environment = relayEnvironment();
    const variables = { id: 'city:wenzhou' };
    const data = await fetchQuery(environment, query, variables).toPromise();
    expect(withoutTypenames(data)).toEqual(
      await service.serverData(`query ($id: ID!) ${WENZHOU_SELECTION}`, variables),
    );

    // Read back from the store alone, nothing missing.
    const snapshot = environment.lookup(createOperationDescriptor(query, variables).fragment);
    expect(snapshot.isMissingData).toBe(false);
    expect(withoutTypenames(snapshot.data)).toEqual(withoutTypenames(data));
    // One record per id, with the type the server gave it: entities and relationships share the store.
    const records = environment.getStore().getSource();
    expect(records.get('city:wenzhou')?.['__typename']).toBe('City');
    const relationships = (data as { entity: { relationships: { edges: { node: { id: string } }[] } } })
      .entity.relationships.edges;
    expect(relationships).toHaveLength(5);
    for (const { node } of relationships) expect(records.get(node.id)?.['__typename']).toBe('Relationship');
  });

  it('refetches an entity card through node(id:) and reads the fragment from the store', async () => {
    const refetch = artifacts.get('RelayEntityCardRefetchQuery') as ConcreteRequest;
    const fragment = artifacts.get('RelayEntityCard_entity') as ReaderFragment;
    const environment = relayEnvironment();
    const variables = { id: 'district:jiading' };
    const data = (await fetchQuery(environment, refetch, variables).toPromise()) as { node: object | null };
    expect(data.node).not.toBeNull();
    const selector = getSelector(fragment, data.node);
    expect(selector).not.toBeNull();
    const card = environment.lookup(selector as never);
    expect(card.isMissingData).toBe(false);
    expect(card.data).toEqual(
      (
        (await service.serverData(`query ($id: ID!) { entity(id: $id) ${CARD_SELECTION} }`, variables)) as {
          entity: unknown;
        }
      ).entity,
    );
  });
});
