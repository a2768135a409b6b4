import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.js';

/** The SDL folder, found from this file so it works from src/ (tsx) and dist/src/ (node) alike. */
const schemaDirectory = [
  fileURLToPath(new URL('../../schema', import.meta.url)),
  fileURLToPath(new URL('../../../schema', import.meta.url)),
].find((candidate) => {
  try {
    return readdirSync(candidate).some((file) => file.endsWith('.graphql'));
  } catch {
    return false;
  }
});

/** The SDL of the API: every schema/*.graphql file, in name order. */
export function loadTypeDefs(): string[] {
  if (!schemaDirectory) throw new Error('Cannot find the schema/ folder next to src/.');
  return readdirSync(schemaDirectory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(schemaDirectory, file), 'utf8'));
}

/** The executable schema: SDL from schema/ with the resolvers attached. */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers,
    resolverValidationOptions: {
      requireResolversToMatchSchema: 'error',
      requireResolversForResolveType: 'error',
    },
  });
}
