/**
 * Run by new-relationship-type.test.ts inside a copy of the project whose schema and rules table
 * have gained a type (argv[2]) and whose codegen has run: uses the type on every path a relationship
 * takes and prints what came back as JSON. Written against strings, not the RelationshipType union,
 * so that it also compiles in the real project, which lacks the type.
 */
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadDataset } from '../../../src/dataset/index.js';
import { derivedColor } from '../../../apps/explorer/palette.js';
import { relationshipStyle } from '../../../apps/explorer/relationship-style.js';
import { buildGraph } from '../../../tools/generate/index.js';
import { createContext } from '../../../src/graphql/context.js';
import { createApolloServer } from '../../../src/graphql/create-apollo-server.js';
import { createLogger } from '../../../src/logger.js';
import { RELATIONSHIP_TYPES } from '../../../src/model/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';

const type = process.argv[2]!;
const root = path.resolve(import.meta.dirname, '../../..');

/** The bundled dataset plus one relationship of the new type, from `from` to `to`. */
async function datasetWith(from: string, to: string): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'yrd-new-type-dataset-'));
  await cp(path.join(root, 'seed/wenzhou-yrd'), directory, { recursive: true });
  await appendFile(
    path.join(directory, 'relationships.yaml'),
    [
      `  - type: ${type}`,
      `    from: ${from}`,
      `    to: ${to}`,
      '    properties:',
      '      status: PROPOSED',
      '    evidence:',
      '      - kind: INFERRED',
      '        rationale: "Test only: a type declared in one SDL line and one table row."',
      '        basis: [city:wenzhou, city:taizhou]',
      '',
    ].join('\n'),
  );
  return directory;
}

const accepted = await datasetWith('city:wenzhou', 'city:taizhou');
const refused = await datasetWith('city:wenzhou', 'park:national-independent-innovation-demonstration-zone');
try {
  const refusal = await loadDataset(refused).then(
    () => 'loaded',
    (error: unknown) => (error instanceof Error ? error.message.replaceAll(refused, '<dir>') : String(error)),
  );

  const dataset = await loadDataset(accepted);
  const store = await createEmbeddedStore({ dataset });
  const server = createApolloServer({ logger: createLogger({ level: 'silent' }), introspection: true });
  await server.start();
  const response = await server.executeOperation(
    {
      query: `query ($types: [RelationshipType!]) {
        relationships(types: $types) { edges { node { id type status from { id } to { id } } } }
        summary { relationshipsByType { type count } }
        neighborhood(id: "city:wenzhou", relationshipTypes: $types) {
          relationships { id type }
          csv: export(format: CSV_EDGES) { content }
          gexf: export(format: GEXF) { content }
        }
      }`,
      variables: { types: [type] },
    },
    { contextValue: createContext({ store, requestId: 'new-type' }) },
  );
  await server.stop();
  await store.close();
  if (response.body.kind !== 'single') throw new Error('expected a single result');

  const graph = buildGraph({ entities: 3000, seed: 1 });
  const typeIndex = (RELATIONSHIP_TYPES as readonly string[]).indexOf(type);
  const generated = graph.types.filter((index) => index === typeIndex).length;

  const doc = await readFile(path.join(root, 'docs/dataset-format.md'), 'utf8');
  console.log(
    JSON.stringify({
      types: RELATIONSHIP_TYPES,
      refusal,
      graphql: response.body.singleResult,
      generated,
      style: relationshipStyle(type),
      derivedColor: derivedColor(type),
      docRow: doc.split('\n').find((line) => line.startsWith(`| \`${type}\``)) ?? null,
    }),
  );
} finally {
  await rm(accepted, { recursive: true, force: true });
  await rm(refused, { recursive: true, force: true });
}
