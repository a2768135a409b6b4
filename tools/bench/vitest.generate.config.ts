import { defineConfig } from 'vitest/config';

// The generator's tests alone, without the global Neo4j setup (they need no database).
export default defineConfig({ test: { include: ['test/generate/**/*.test.ts'], testTimeout: 60_000 } });
