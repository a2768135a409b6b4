import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The projects share one real Neo4j (started once by the global setup): first every test that only
// reads the bundled dataset, in parallel; then the few that write to Neo4j, one file at a time, each
// restoring the bundled dataset when it is done.
const projectOptions = { testTimeout: 30_000, hookTimeout: 240_000, env: { LOG_LEVEL: 'silent' } };

// Node loads graphql's CommonJS build for every importer (graphql 16 has no "exports" map), while
// Vite would hand our ESM sources its .mjs build and Apollo the .js one: two GraphQLError classes.
// Resolving every import to the CommonJS file makes the tests run what production runs.
const graphqlAlias = { graphql: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)) };

export default defineConfig({
  test: {
    globalSetup: ['test/support/neo4j-global-setup.ts'],
    // Options of the projects themselves: a project does not inherit the root's (which would also
    // run the global setup once per project).
    projects: [
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: 'main',
          ...projectOptions,
          include: ['test/**/*.test.ts'],
          // Writes to the shared Neo4j wait for the readers (project neo4j-writes); writes to the
          // embedded store are private to each test file and run here.
          exclude: ['test/store/**/*.writes.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The GraphQL suites again, on Neo4j: one API behaviour on both stores.
        resolve: { alias: graphqlAlias },
        test: {
          name: 'graphql-neo4j',
          ...projectOptions,
          env: { ...projectOptions.env, TEST_STORE: 'neo4j' },
          include: [
            'test/graphql/*.test.ts',
            'test/examples/examples.test.ts',
            'test/analytics/analytics-resolvers.test.ts',
          ],
          exclude: ['test/graphql/schema.test.ts', 'test/**/*.writes.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: 'neo4j-writes',
          ...projectOptions,
          env: { ...projectOptions.env, TEST_STORE: 'neo4j' },
          include: ['test/**/*.writes.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
