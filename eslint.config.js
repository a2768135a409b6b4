// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'tools/neo4j/target/',
      'src/graphql/generated/',
      'packages/client/generated/',
      'apps/explorer/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The store port is the boundary: only the Neo4j adapter (and the tools that start or load Neo4j)
    // may speak Bolt. Resolvers and the embedded store never see Cypher or driver types.
    files: ['src/**/*.ts'],
    ignores: ['src/store/neo4j/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only src/store/neo4j may import neo4j-driver.' }] },
      ],
    },
  },
);
