import { defineConfig } from 'vitest/config';

// Two groups share one real Neo4j (started once by the global setup): first every test that only
// reads the bundled dataset, in parallel; then the few that write to Neo4j, one file at a time, each
// restoring the bundled dataset when it is done.
const shared = {
  testTimeout: 30_000,
  hookTimeout: 240_000,
  env: { LOG_LEVEL: 'silent' },
  globalSetup: ['test/support/neo4j-global-setup.ts'],
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'main',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.writes.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'neo4j-writes',
          include: ['test/**/*.writes.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
